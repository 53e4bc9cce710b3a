package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.RefreshingCredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RAM role attached to the ECS instance, from the instance metadata service ({@code 100.100.100.200}, 1 s
 * connect and read timeouts). Each fetch first asks for a session token ({@code PUT /latest/api/token}, IMDSv2)
 * and sends it with the following GETs; when that fails it falls back to plain GETs (IMDSv1) unless
 * {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true}. The role name is the one given, else
 * {@code ALIBABA_CLOUD_ECS_METADATA}, else asked from the service once. Disabled by
 * {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}. The credentials are cached and refreshed before they expire.
 * Provider name {@value #NAME}.
 */
public final class EcsRamRoleCredentialsProvider implements CredentialsProvider {

    /** The provider name. */
    public static final String NAME = "ecs_ram_role";
    static final String ENV_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
    static final String ENV_ROLE_NAME = "ALIBABA_CLOUD_ECS_METADATA";
    static final String ENV_IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED";
    static final String TOKEN_PATH = "latest/api/token";
    static final String CREDENTIALS_PATH = "latest/meta-data/ram/security-credentials/";
    static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
    static final String TOKEN_TTL_SECONDS = "21600";
    private static final long TIMEOUT_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(EcsRamRoleCredentialsProvider.class);

    private final AuthEnvironment environment;
    private final HttpUrl metadata;
    private final OkHttpClient http;
    private final RefreshingCredentialsProvider cache;
    private volatile String roleName;

    private EcsRamRoleCredentialsProvider(CredentialsContext context, String roleName) {
        this.environment = context.environment();
        this.metadata = context.ecsMetadataEndpoint();
        this.http = ProviderHttp.withTimeouts(context.httpClient(), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        String name = ProviderSupport.text(roleName);
        this.roleName = name != null ? name : ProviderSupport.env(environment, ENV_ROLE_NAME);
        this.cache = RefreshingCredentialsProvider.of(this::fetch, context.clock());
    }

    /**
     * The role named by {@code ALIBABA_CLOUD_ECS_METADATA}, else the one the metadata service reports.
     *
     * @param context environment, clock, HTTP client and the metadata endpoint
     * @return the provider
     */
    public static EcsRamRoleCredentialsProvider create(CredentialsContext context) {
        return new EcsRamRoleCredentialsProvider(context, null);
    }

    /**
     * @param context environment, clock, HTTP client and the metadata endpoint
     * @param roleName the RAM role attached to the instance; null or empty to look it up as {@link #create} does
     * @return the provider
     */
    public static EcsRamRoleCredentialsProvider create(CredentialsContext context, String roleName) {
        return new EcsRamRoleCredentialsProvider(context, roleName);
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    private Credentials fetch() {
        if (ProviderSupport.envFlag(environment, ENV_DISABLED)) {
            throw ProviderSupport.declined("the ECS metadata service is disabled (" + ENV_DISABLED + "=true)");
        }
        String token = sessionToken();
        String role = roleName(token);
        String what = "ECS metadata credentials of RAM role '" + role + "'";
        ProviderHttp.Reply reply = get(CREDENTIALS_PATH + role, token, what);
        if (reply.status == 404) {
            throw ProviderSupport.declined(what + ": HTTP 404, the role is not attached to this instance");
        }
        return CredentialsJson.fromCodeSuccess(reply.requireSuccess(what).body, what, NAME);
    }

    /** @return the IMDSv2 token, or null to go on with plain GETs */
    private String sessionToken() {
        String failure;
        try {
            ProviderHttp.Reply reply = ProviderHttp.send(http, new Request.Builder().url(metadata.resolve(TOKEN_PATH))
                    .header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS)
                    .put(RequestBody.create(new byte[0], null)).build(), "ECS metadata token");
            if (reply.isSuccessful() && !reply.body.trim().isEmpty()) {
                return reply.body.trim();
            }
            failure = "HTTP " + reply.status;
        } catch (DlcClientException e) {
            failure = e.getMessage();
        }
        if (ProviderSupport.envFlag(environment, ENV_IMDSV1_DISABLED)) {
            throw new DlcClientException("could not get an ECS metadata token (" + failure + ") and IMDSv1 is "
                    + "disabled (" + ENV_IMDSV1_DISABLED + "=true)", null, true);
        }
        LOG.debug("No ECS metadata token ({}); falling back to IMDSv1", failure);
        return null;
    }

    private String roleName(String token) {
        String name = roleName;
        if (name != null) {
            return name;
        }
        String what = "ECS metadata RAM role name";
        ProviderHttp.Reply reply = get(CREDENTIALS_PATH, token, what);
        if (reply.status == 404) {
            throw ProviderSupport.declined(what + ": HTTP 404, no RAM role is attached to this instance");
        }
        name = reply.requireSuccess(what).body.trim();
        if (name.isEmpty()) {
            throw ProviderSupport.declined(what + ": empty, no RAM role is attached to this instance");
        }
        roleName = name;
        return name;
    }

    private ProviderHttp.Reply get(String path, String token, String what) {
        Request.Builder request = new Request.Builder().url(metadata.resolve(path)).get();
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        return ProviderHttp.send(http, request.build(), what);
    }

    @Override
    public String toString() {
        return "EcsRamRoleCredentialsProvider{metadata=" + metadata
                + (roleName != null ? ", roleName=" + roleName : "") + "}";
    }
}
