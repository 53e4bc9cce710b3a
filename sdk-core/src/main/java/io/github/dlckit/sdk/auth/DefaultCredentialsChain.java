package io.github.dlckit.sdk.auth;

import io.github.dlckit.sdk.exception.DlcClientException;

/**
 * The default credentials chain. Work in progress: for now only the environment variables
 * {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and optional
 * {@code ALIBABA_CLOUD_SECURITY_TOKEN}; the full vendor-order chain replaces this class.
 */
public final class DefaultCredentialsChain {

    private DefaultCredentialsChain() {
    }

    /**
     * @return the default chain
     */
    public static CredentialsProvider create() {
        return () -> {
            String id = System.getenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
            String secret = System.getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
            if (id == null || secret == null) {
                throw new DlcClientException("no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                        + "ALIBABA_CLOUD_ACCESS_KEY_SECRET", null, false);
            }
            String token = System.getenv("ALIBABA_CLOUD_SECURITY_TOKEN");
            return Credentials.from(id, secret, token, null, "default/env");
        };
    }
}
