package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;

import java.util.Locale;

/** Small helpers shared by the providers: reading settings, declining, static key pairs. */
final class ProviderSupport {

    private ProviderSupport() {
    }

    /** @return {@code value}, or null when it is null or empty */
    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** @return the environment variable, or null when unset or empty */
    static String env(AuthEnvironment environment, String name) {
        return text(environment.getenv(name));
    }

    /** @return whether the environment variable says {@code true} (case and surrounding spaces ignored) */
    static boolean envFlag(AuthEnvironment environment, String name) {
        String value = environment.getenv(name);
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    /** @return a configuration failure (not retryable) with {@code reason} as its message */
    static DlcClientException declined(String reason) {
        return new DlcClientException(reason, null, false);
    }

    /** @return a provider that always declines with {@code reason} (a source that is not configured) */
    static CredentialsProvider decliningProvider(String reason) {
        return new CredentialsProvider() {
            @Override
            public Credentials resolveCredentials() {
                throw declined(reason);
            }

            @Override
            public String toString() {
                return "not configured: " + reason;
            }
        };
    }

    /**
     * A long-lived key pair, or STS credentials when a token is present.
     *
     * @param id the key id, or null
     * @param idName where the id is read from (for the message)
     * @param secret the secret, or null
     * @param secretName where the secret is read from (for the message)
     * @param token the token, or null
     * @param providerName the provider name of the credentials
     * @return the credentials
     * @throws DlcClientException naming what is missing
     */
    static Credentials keyPair(String id, String idName, String secret, String secretName, String token,
                               String providerName) {
        if (id == null) {
            throw declined(idName + " is not set");
        }
        if (secret == null) {
            throw declined(idName + " is set but " + secretName + " is not");
        }
        return Credentials.from(id, secret, token, null, providerName);
    }
}
