package io.github.dlckit.sdk.auth.signer;

/** How a request is signed. */
public enum SignatureAlgorithm {
    /** {@code ACS3-HMAC-SHA256} ("V3"): the default, used by current vendor clients. */
    ACS3_HMAC_SHA256,
    /** ROA {@code HMAC-SHA1} ("v2" in the vendor's client configuration), used by older DLC clients. */
    ROA_HMAC_SHA1
}
