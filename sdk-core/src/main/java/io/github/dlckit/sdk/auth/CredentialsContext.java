package io.github.dlckit.sdk.auth;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.util.Objects;

/**
 * What the credential providers share: the {@link AuthEnvironment} they read settings from, the clock that
 * decides when temporary credentials are refreshed, the OkHttp client for STS, the ECS metadata service and
 * credentials URIs, and endpoint overrides (for tests, proxies or private deployments). Immutable.
 */
public final class CredentialsContext {

    /** The ECS instance metadata service. */
    public static final String DEFAULT_ECS_METADATA_ENDPOINT = "http://100.100.100.200";

    private static volatile OkHttpClient sharedClient;

    private final AuthEnvironment environment;
    private final Clock clock;
    private final OkHttpClient httpClient;
    private final HttpUrl stsEndpoint;
    private final HttpUrl ecsMetadataEndpoint;

    private CredentialsContext(Builder b) {
        this.environment = b.environment;
        this.clock = b.clock;
        this.httpClient = b.httpClient != null ? b.httpClient : sharedClient();
        this.stsEndpoint = b.stsEndpoint;
        this.ecsMetadataEndpoint = b.ecsMetadataEndpoint;
    }

    /** @return the process environment, the system clock, a shared OkHttp client and the real endpoints */
    public static CredentialsContext defaults() {
        return builder().build();
    }

    /** @return a builder starting from {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return where settings are read */
    public AuthEnvironment environment() {
        return environment;
    }

    /** @return the clock deciding expiry and refresh */
    public Clock clock() {
        return clock;
    }

    /** @return the OkHttp client providers derive their own (timeouts) from */
    public OkHttpClient httpClient() {
        return httpClient;
    }

    /**
     * @return the STS base URL that replaces {@code https://sts[...].aliyuncs.com}, or null to use the resolved
     *         public/VPC/regional host
     */
    public HttpUrl stsEndpointOverride() {
        return stsEndpoint;
    }

    /** @return the ECS metadata service base URL ({@value #DEFAULT_ECS_METADATA_ENDPOINT} by default) */
    public HttpUrl ecsMetadataEndpoint() {
        return ecsMetadataEndpoint;
    }

    @Override
    public String toString() {
        return "CredentialsContext{environment=" + environment + ", clock=" + clock
                + (stsEndpoint != null ? ", stsEndpoint=" + stsEndpoint : "")
                + ", ecsMetadataEndpoint=" + ecsMetadataEndpoint + "}";
    }

    private static OkHttpClient sharedClient() {
        OkHttpClient client = sharedClient;
        if (client == null) {
            synchronized (CredentialsContext.class) {
                client = sharedClient;
                if (client == null) {
                    client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
                    sharedClient = client;
                }
            }
        }
        return client;
    }

    /** Builds a {@link CredentialsContext}; every setting has a default. */
    public static final class Builder {
        private AuthEnvironment environment = AuthEnvironment.system();
        private Clock clock = Clock.systemUTC();
        private OkHttpClient httpClient;
        private HttpUrl stsEndpoint;
        private HttpUrl ecsMetadataEndpoint = HttpUrl.get(DEFAULT_ECS_METADATA_ENDPOINT);

        private Builder() {
        }

        /**
         * @param environment where environment variables, system properties and the home directory come from
         * @return this builder
         */
        public Builder environment(AuthEnvironment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * @param clock the clock deciding when temporary credentials are stale
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param httpClient the client to derive from (its connection pool is shared); null for a shared default
         * @return this builder
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * @param baseUrl e.g. {@code http://127.0.0.1:8089}; null to resolve the STS host as the vendor does
         * @return this builder
         */
        public Builder stsEndpoint(String baseUrl) {
            this.stsEndpoint = baseUrl == null ? null : HttpUrl.get(baseUrl);
            return this;
        }

        /**
         * @param baseUrl the metadata service, e.g. {@code http://127.0.0.1:8089} in tests
         * @return this builder
         */
        public Builder ecsMetadataEndpoint(String baseUrl) {
            this.ecsMetadataEndpoint = HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl"));
            return this;
        }

        /** @return the context */
        public CredentialsContext build() {
            return new CredentialsContext(this);
        }
    }
}
