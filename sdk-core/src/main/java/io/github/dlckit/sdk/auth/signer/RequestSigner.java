package io.github.dlckit.sdk.auth.signer;

import io.github.dlckit.sdk.auth.Credentials;

import java.time.Instant;

/**
 * Signs a request: adds the headers its scheme needs (dates, nonce, content hash, signature method, STS token,
 * {@code x-acs-credentials-provider}) and {@code authorization}. Implementations are stateless and thread-safe;
 * every attempt of a call is signed afresh with a new timestamp and nonce.
 */
public interface RequestSigner {

    /**
     * @return the scheme this signer implements
     */
    SignatureAlgorithm algorithm();

    /**
     * Adds the signing headers and the {@code authorization} header to {@code request}.
     *
     * @param request the request to sign; its headers are changed
     * @param credentials the key (and token) to sign with
     * @param timestamp the signing time (becomes {@code x-acs-date} or {@code date})
     * @param nonce a value never used before with this key (32 lower-case hex digits)
     */
    void sign(SignableRequest request, Credentials credentials, Instant timestamp, String nonce);
}
