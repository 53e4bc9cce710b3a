/** Request signing: the ACS3-HMAC-SHA256 and ROA HMAC-SHA1 schemes over a signable request. */
package io.github.dlckit.sdk.auth.signer;
