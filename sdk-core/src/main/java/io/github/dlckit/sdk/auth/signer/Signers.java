package io.github.dlckit.sdk.auth.signer;

import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/** The signer of each algorithm, and fresh nonces. */
public final class Signers {

    private static final RequestSigner ACS3 = new Acs3HmacSha256Signer();
    private static final RequestSigner ROA = new RoaHmacSha1Signer();
    /** Mixed into every nonce so two processes started together still differ. */
    private static final long PROCESS_SALT = new SecureRandom().nextLong();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Signers() {
    }

    /**
     * The signer of an algorithm.
     *
     * @param algorithm the scheme
     * @return its (stateless, shared) signer
     */
    public static RequestSigner forAlgorithm(SignatureAlgorithm algorithm) {
        return algorithm == SignatureAlgorithm.ROA_HMAC_SHA1 ? ROA : ACS3;
    }

    /**
     * A new signature nonce: 32 lower-case hex digits, never repeated in practice (128 random bits).
     *
     * @return the nonce
     */
    public static String newNonce() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[32];
        hex16(random.nextLong() ^ PROCESS_SALT, out, 0);
        hex16(random.nextLong(), out, 16);
        return new String(out);
    }

    /** Writes a long as 16 lower-case hex digits, leading zeros included. */
    private static void hex16(long value, char[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + 15 - i] = HEX[(int) (value >>> (4 * i)) & 0xF];
        }
    }
}
