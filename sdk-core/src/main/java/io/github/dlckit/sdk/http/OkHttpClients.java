package io.github.dlckit.sdk.http;

import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * The OkHttp adapter's client: derived from the caller's OkHttpClient with {@code newBuilder()} (so its
 * connection pool and dispatcher are shared, and never shut down by us), or created and owned. Either way OkHttp
 * never sends on its own: redirects (also http/https ones), authenticator follow-ups and the silent retry on a
 * failed connection are turned off, over whatever the caller's client had, and the {@link WireTracker} refuses any
 * second send of an attempt that a later OkHttp default or an interceptor of the caller's might start. The SDK's
 * retry policy is the only one that resends.
 */
public final class OkHttpClients {

    /**
     * How long an idle connection of the client's own pool is kept: 10 s, as the vendor's client does. With
     * OkHttp's own reconnect-and-resend off, a pooled connection the server has already closed fails the next
     * request on it; keeping idle connections shorter than servers' idle timeouts avoids that.
     */
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(10);

    private OkHttpClients() {
    }

    /**
     * @param userClient the caller's client, or null to create one
     * @param connectTimeout the connect timeout, or null to keep the caller's (or OkHttp's default)
     * @param readTimeout the read (and write) timeout, or null to keep the caller's
     * @param callTimeout the per-attempt call timeout (zero: none), or null to keep the caller's
     * @param proxy the proxy to use, or null to keep the caller's client's proxy settings (or OkHttp's default)
     * @param plainHttp whether the endpoint is {@code http://}: a client of our own then speaks cleartext only,
     *                  and OkHttp never loads the trust store or builds an SSL context (a third of a cold start)
     * @return the client calls use
     */
    public static OkHttpClient derive(OkHttpClient userClient, Duration connectTimeout, Duration readTimeout,
                                      Duration callTimeout, ProxySettings proxy, boolean plainHttp) {
        OkHttpClient.Builder b = userClient != null ? userClient.newBuilder() : new OkHttpClient.Builder()
                .dispatcher(ownDispatcher())
                .connectionPool(new ConnectionPool(5, KEEP_ALIVE.getSeconds(), TimeUnit.SECONDS));
        if (userClient == null && plainHttp) {
            b.connectionSpecs(Collections.singletonList(ConnectionSpec.CLEARTEXT));
        }
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            b.readTimeout(readTimeout).writeTimeout(readTimeout);
        }
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
        }
        b.proxyAuthenticator(Authenticator.NONE);
        if (proxy != null) {
            b.proxy(null).proxySelector(proxy.selector()).proxyAuthenticator(proxy.tunnelAuthenticator());
        }
        return b.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false)
                .authenticator(Authenticator.NONE)
                .addNetworkInterceptor(new WireTracker(proxy == null ? null : proxy.authorization()))
                .build();
    }

    /**
     * Releases what a client created itself: its dispatcher's threads and its pooled connections.
     *
     * @param owned a client made by {@link #derive} without a caller's client
     */
    public static void release(OkHttpClient owned) {
        owned.dispatcher().executorService().shutdown();
        owned.connectionPool().evictAll();
    }

    /** OkHttp's default allows 5 concurrent calls per host, too few for an asynchronous client talking to one. */
    private static Dispatcher ownDispatcher() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(64);
        return dispatcher;
    }
}
