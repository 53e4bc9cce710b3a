package io.github.dlckit.sdk.auth;

import io.github.dlckit.sdk.auth.provider.CliProfileCredentialsProvider;
import io.github.dlckit.sdk.auth.provider.EcsRamRoleCredentialsProvider;
import io.github.dlckit.sdk.auth.provider.EnvironmentVariableCredentialsProvider;
import io.github.dlckit.sdk.auth.provider.IniProfileCredentialsProvider;
import io.github.dlckit.sdk.auth.provider.OidcRoleArnCredentialsProvider;
import io.github.dlckit.sdk.auth.provider.SystemPropertiesCredentialsProvider;
import io.github.dlckit.sdk.auth.provider.UriCredentialsProvider;

import java.util.Objects;

/**
 * The vendor's default credentials chain (credentials-java 1.0.3), in its order:
 * <ol>
 * <li>Java system properties {@code alibabacloud.accessKeyId}/{@code alibabacloud.accessKeySecret}
 *     ({@link SystemPropertiesCredentialsProvider});</li>
 * <li>environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}
 *     ({@link EnvironmentVariableCredentialsProvider});</li>
 * <li>an OIDC role, when {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and
 *     {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} are set ({@link OidcRoleArnCredentialsProvider});</li>
 * <li>the CLI's {@code ~/.aliyun/config.json} ({@link CliProfileCredentialsProvider});</li>
 * <li>the shared ini file {@code ~/.alibabacloud/credentials.ini} ({@link IniProfileCredentialsProvider});</li>
 * <li>the ECS instance's RAM role ({@link EcsRamRoleCredentialsProvider});</li>
 * <li>a credentials URI, when {@code ALIBABA_CLOUD_CREDENTIALS_URI} is set ({@link UriCredentialsProvider}).</li>
 * </ol>
 * Providers that are not configured decline with a reason, so the failure message lists all seven. The first
 * that has credentials wins and is reused afterwards; its credentials carry the provider name
 * {@code default/<provider>}, e.g. {@code default/env} or {@code default/cli_profile/static_ak}.
 *
 * <p>A client builder uses the credentials it was given explicitly and {@link #create()} otherwise;
 * {@link Builder#first(CredentialsProvider)} puts an explicit provider in front of the chain instead (its
 * credentials keep their own provider name).
 */
public final class DefaultCredentialsChain implements CredentialsProvider {

    /** The prefix of the names of the credentials the chain returns. */
    public static final String NAME_PREFIX = "default/";

    private final CredentialsProviderChain chain;

    private DefaultCredentialsChain(Builder b) {
        CredentialsContext context = b.context;
        AuthEnvironment environment = context.environment();
        CredentialsProviderChain.Builder chain = CredentialsProviderChain.builder("default credentials chain")
                .reuseLastProvider(b.reuseLastProvider);
        if (b.first != null) {
            chain.add("explicit", b.first);
        }
        this.chain = chain
                .add(SystemPropertiesCredentialsProvider.NAME, NAME_PREFIX,
                        new SystemPropertiesCredentialsProvider(environment))
                .add(EnvironmentVariableCredentialsProvider.NAME, NAME_PREFIX,
                        new EnvironmentVariableCredentialsProvider(environment))
                .add(OidcRoleArnCredentialsProvider.NAME, NAME_PREFIX, OidcRoleArnCredentialsProvider.fromEnvironment(context))
                .add(CliProfileCredentialsProvider.NAME, NAME_PREFIX, CliProfileCredentialsProvider.create(context))
                .add(IniProfileCredentialsProvider.NAME, NAME_PREFIX, IniProfileCredentialsProvider.create(context))
                .add(EcsRamRoleCredentialsProvider.NAME, NAME_PREFIX, EcsRamRoleCredentialsProvider.create(context))
                .add(UriCredentialsProvider.NAME, NAME_PREFIX, UriCredentialsProvider.fromEnvironment(context))
                .build();
    }

    /**
     * The chain over the running process: its environment, system properties and home directory, the system
     * clock and the real endpoints. No file is read and no request sent until credentials are first asked for
     * (only the variables configuring OIDC, the credentials URI and the ECS role name are read now). Create the
     * chain once per client: it caches temporary credentials and remembers the provider that worked.
     *
     * @return the default chain
     */
    public static CredentialsProvider create() {
        return builder().build();
    }

    /** @return a builder, by default over {@link CredentialsContext#defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return chain.resolveCredentials();
    }

    @Override
    public String toString() {
        return "DefaultCredentialsChain" + chain.providerNames();
    }

    /** Builds a {@link DefaultCredentialsChain}. */
    public static final class Builder {
        private CredentialsContext context = CredentialsContext.defaults();
        private CredentialsProvider first;
        private boolean reuseLastProvider = true;

        private Builder() {
        }

        /**
         * @param context where settings are read, the clock, the HTTP client and endpoint overrides
         * @return this builder
         */
        public Builder context(CredentialsContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Puts a provider in front of the vendor's seven (listed as {@code explicit} in the failure message; its
         * credentials keep their provider name).
         *
         * @param provider the provider to ask first, or null for none
         * @return this builder
         */
        public Builder first(CredentialsProvider provider) {
            this.first = provider;
            return this;
        }

        /**
         * @param reuse whether the provider that worked is asked directly from then on (default true, as the
         *        vendor's {@code reuseLastProviderEnabled})
         * @return this builder
         */
        public Builder reuseLastProvider(boolean reuse) {
            this.reuseLastProvider = reuse;
            return this;
        }

        /** @return the chain */
        public DefaultCredentialsChain build() {
            return new DefaultCredentialsChain(this);
        }
    }
}
