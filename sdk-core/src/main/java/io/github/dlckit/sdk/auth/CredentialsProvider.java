package io.github.dlckit.sdk.auth;

/**
 * A source of credentials. The client asks for credentials before every attempt, so providers that fetch
 * temporary credentials cache them and refresh them before they expire. Implementations are thread-safe.
 */
public interface CredentialsProvider {

    /**
     * The credentials to sign the next request with.
     *
     * @return current credentials
     * @throws io.github.dlckit.sdk.exception.DlcClientException when none can be obtained (the message says why,
     *         without secrets)
     */
    Credentials resolveCredentials();

    /**
     * A provider that always returns the same credentials.
     *
     * @param credentials the credentials
     * @return the provider
     */
    static CredentialsProvider of(Credentials credentials) {
        return () -> credentials;
    }
}
