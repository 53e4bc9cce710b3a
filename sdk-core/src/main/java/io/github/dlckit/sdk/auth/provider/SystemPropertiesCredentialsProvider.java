package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsProvider;

import java.util.Objects;

/**
 * The Java system properties {@code alibabacloud.accessKeyId} and {@code alibabacloud.accessKeySecret} (the
 * older spelling {@code alibabacloud.accessKeyIdSecret} is read too), with an optional
 * {@code alibabacloud.sessionToken} for STS credentials. Provider name {@value #NAME}.
 */
public final class SystemPropertiesCredentialsProvider implements CredentialsProvider {

    /** The provider name. */
    public static final String NAME = "system";
    static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
    static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
    static final String ACCESS_KEY_SECRET_OLD = "alibabacloud.accessKeyIdSecret";
    static final String SESSION_TOKEN = "alibabacloud.sessionToken";

    private final AuthEnvironment environment;

    /** @param environment where the system properties are read */
    public SystemPropertiesCredentialsProvider(AuthEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Credentials resolveCredentials() {
        String secret = property(ACCESS_KEY_SECRET);
        return ProviderSupport.keyPair(property(ACCESS_KEY_ID), "system property " + ACCESS_KEY_ID,
                secret != null ? secret : property(ACCESS_KEY_SECRET_OLD),
                ACCESS_KEY_SECRET + " (or " + ACCESS_KEY_SECRET_OLD + ")", property(SESSION_TOKEN), NAME);
    }

    private String property(String name) {
        return ProviderSupport.text(environment.getProperty(name));
    }

    @Override
    public String toString() {
        return "SystemPropertiesCredentialsProvider";
    }
}
