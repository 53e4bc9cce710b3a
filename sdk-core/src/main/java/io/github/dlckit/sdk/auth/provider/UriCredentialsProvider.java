package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.RefreshingCredentialsProvider;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Credentials served by a URI (a sidecar or a local agent): {@code GET} it and expect a 2xx JSON object with
 * {@code Code} = {@code Success}, {@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken} and
 * {@code Expiration}. Messages show the URI without its query (which may carry a secret). The credentials are cached and refreshed before they expire. Provider name {@value #NAME}.
 */
public final class UriCredentialsProvider implements CredentialsProvider {

    /** The provider name. */
    public static final String NAME = "credentials_uri";
    static final String ENV_URI = "ALIBABA_CLOUD_CREDENTIALS_URI";
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final long READ_TIMEOUT_MILLIS = 10_000;

    private final HttpUrl uri;
    private final String display;
    private final OkHttpClient http;
    private final RefreshingCredentialsProvider cache;

    private UriCredentialsProvider(CredentialsContext context, HttpUrl uri) {
        this.uri = uri;
        this.display = "credentials URI " + uri.scheme() + "://" + uri.host() + ":" + uri.port() + uri.encodedPath();
        this.http = ProviderHttp.withTimeouts(context.httpClient(), CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        this.cache = RefreshingCredentialsProvider.of(this::fetch, context.clock());
    }

    /**
     * @param context clock and HTTP client
     * @param uri an http or https URL
     * @return the provider
     * @throws IllegalArgumentException when {@code uri} is not an http(s) URL
     */
    public static UriCredentialsProvider create(CredentialsContext context, String uri) {
        HttpUrl url = HttpUrl.parse(uri);
        if (url == null) {
            throw new IllegalArgumentException("the credentials URI is not an http(s) URL");
        }
        return new UriCredentialsProvider(context, url);
    }

    /**
     * The provider of the default chain: the URI in {@code ALIBABA_CLOUD_CREDENTIALS_URI}; declines when it is not
     * set or not an http(s) URL.
     *
     * @param context environment, clock and HTTP client
     * @return the provider
     */
    public static CredentialsProvider fromEnvironment(CredentialsContext context) {
        String uri = ProviderSupport.env(context.environment(), ENV_URI);
        if (uri == null) {
            return ProviderSupport.decliningProvider("not configured (" + ENV_URI + " not set)");
        }
        if (HttpUrl.parse(uri) == null) {
            return ProviderSupport.decliningProvider(ENV_URI + " is not an http(s) URL");
        }
        return create(context, uri);
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    private Credentials fetch() {
        ProviderHttp.Reply reply = ProviderHttp.send(http, new Request.Builder().url(uri).get().build(), display);
        return CredentialsJson.fromCodeSuccess(reply.requireSuccess(display).body, display, NAME);
    }

    @Override
    public String toString() {
        return "UriCredentialsProvider{" + display + "}";
    }
}
