package io.github.dlckit.sdk.auth.signer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Hashes and MACs for the signers. {@code Mac.getInstance} and {@code MessageDigest.getInstance} look up
 * providers on every call, which is slow: each thread keeps its own instances.
 */
final class Crypto {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));

    /** SHA-256 of the empty body, sent for requests without one. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Crypto() {
    }

    static String sha256Hex(byte[] data) {
        return data.length == 0 ? EMPTY_SHA256 : hex(SHA256.get().digest(data));
    }

    static byte[] hmacSha256(String key, String data) {
        return hmac(HMAC_SHA256.get(), "HmacSHA256", key, data);
    }

    static byte[] hmacSha1(String key, String data) {
        return hmac(HMAC_SHA1.get(), "HmacSHA1", key, data);
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    private static byte[] hmac(Mac mac, String algorithm, String key, String data) {
        try {
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise " + algorithm, e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
