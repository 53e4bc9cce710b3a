package io.github.dlckit.sdk.auth.signer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Hashes and MACs for the signers. {@code Mac.getInstance} and {@code MessageDigest.getInstance} look up
 * providers on every call, which is slow: each thread keeps its own instances. A MAC also stays initialised with
 * the last key it was used with: initialising hashes the key into the inner and outer pads (two digest blocks
 * and a few arrays), and a client signs every request with the same secret. {@code doFinal} resets the MAC to
 * that initialised state, so reuse is exact. Texts are hashed from a {@link CharSequence} through the thread's
 * {@link Utf8Buffer}, so signing copies no canonical text into a {@code String} or a byte array of its own.
 */
final class Crypto {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));
    private static final ThreadLocal<KeyedMac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA256"));
    private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA1"));
    private static final ThreadLocal<Utf8Buffer> UTF8 = ThreadLocal.withInitial(Utf8Buffer::new);

    /** SHA-256 of the empty body, sent for requests without one. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Crypto() {
    }

    static String sha256Hex(byte[] data) {
        return data.length == 0 ? EMPTY_SHA256 : hex(SHA256.get().digest(data));
    }

    /** @return SHA-256 of the text's UTF-8 bytes */
    static byte[] sha256(CharSequence text) {
        Utf8Buffer utf8 = UTF8.get();
        utf8.encode(text);
        MessageDigest digest = SHA256.get();
        digest.update(utf8.array(), 0, utf8.length());
        return digest.digest();
    }

    /** @return HMAC-SHA256 with the secret's UTF-8 bytes as key, over the text's UTF-8 bytes */
    static byte[] hmacSha256(String key, CharSequence data) {
        return HMAC_SHA256.get().sign(key, data);
    }

    /** @return HMAC-SHA1 with the secret's UTF-8 bytes as key, over the text's UTF-8 bytes */
    static byte[] hmacSha1(String key, CharSequence data) {
        return HMAC_SHA1.get().sign(key, data);
    }

    static String hex(byte[] bytes) {
        return new String(hexDigits(bytes));
    }

    /** Appends the bytes as lower-case hex digits, in one append (a char at a time checks capacity each time). */
    static StringBuilder appendHex(StringBuilder out, byte[] bytes) {
        return out.append(hexDigits(bytes));
    }

    private static char[] hexDigits(byte[] bytes) {
        char[] digits = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            digits[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            digits[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return digits;
    }

    /** A thread's MAC of one algorithm and the key it is initialised with. */
    private static final class KeyedMac {
        private final String algorithm;
        private final Mac mac;
        private String key;

        KeyedMac(String algorithm) {
            this.algorithm = algorithm;
            this.mac = Crypto.mac(algorithm);
        }

        byte[] sign(String secret, CharSequence data) {
            if (!secret.equals(key)) {
                key = null;
                try {
                    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("cannot initialise " + algorithm, e);
                }
                key = secret;
            }
            Utf8Buffer utf8 = UTF8.get();
            utf8.encode(data);
            mac.update(utf8.array(), 0, utf8.length());
            return mac.doFinal();
        }
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
