package io.github.dlckit.sdk.auth.signer;

import io.github.dlckit.sdk.auth.Credentials;

/** Header names of the {@code x-acs-} family and the headers both schemes add the same way. */
final class AcsHeaders {

    static final String PREFIX = "x-acs-";
    static final String AUTHORIZATION = "authorization";
    static final String NONCE = "x-acs-signature-nonce";
    static final String CREDENTIALS_PROVIDER = "x-acs-credentials-provider";
    static final String SECURITY_TOKEN = "x-acs-security-token";
    static final String ACCESS_KEY_ID = "x-acs-accesskey-id";

    private AcsHeaders() {
    }

    /** The nonce, where the key came from, and for STS the token with the key id again (both schemes sign them). */
    static void addIdentity(SignableRequest request, Credentials credentials, String nonce) {
        request.header(NONCE, nonce);
        request.header(CREDENTIALS_PROVIDER, credentials.providerName());
        if (credentials.securityToken().isPresent()) {
            request.header(SECURITY_TOKEN, credentials.securityToken().get());
            request.header(ACCESS_KEY_ID, credentials.accessKeyId());
        }
    }
}
