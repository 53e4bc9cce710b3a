package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsProvider;

import java.util.Objects;

/**
 * The environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID} and {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET},
 * with an optional {@code ALIBABA_CLOUD_SECURITY_TOKEN} for STS credentials. An id without a secret is an error
 * of this provider (a chain moves on). Provider name {@value #NAME}.
 */
public final class EnvironmentVariableCredentialsProvider implements CredentialsProvider {

    /** The provider name. */
    public static final String NAME = "env";
    static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final AuthEnvironment environment;

    /** @param environment where the variables are read */
    public EnvironmentVariableCredentialsProvider(AuthEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Credentials resolveCredentials() {
        return ProviderSupport.keyPair(ProviderSupport.env(environment, ACCESS_KEY_ID),
                "environment variable " + ACCESS_KEY_ID, ProviderSupport.env(environment, ACCESS_KEY_SECRET),
                ACCESS_KEY_SECRET, ProviderSupport.env(environment, SECURITY_TOKEN), NAME);
    }

    @Override
    public String toString() {
        return "EnvironmentVariableCredentialsProvider";
    }
}
