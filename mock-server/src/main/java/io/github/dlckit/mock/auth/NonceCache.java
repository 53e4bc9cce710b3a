package io.github.dlckit.mock.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signature nonces already used, per access key, each kept until a replay could no longer pass the freshness
 * check. Expired entries are swept now and then, so memory stays bounded by the request rate.
 */
final class NonceCache {

    private static final int SWEEP_EVERY = 4096;

    private final ConcurrentHashMap<String, Long> expiryByNonce = new ConcurrentHashMap<>();
    private final AtomicInteger claimsSinceSweep = new AtomicInteger();

    /** @return true when the nonce was used with this key and still counts */
    boolean isUsed(String accessKeyId, String nonce, long nowMillis) {
        Long expiry = expiryByNonce.get(key(accessKeyId, nonce));
        return expiry != null && expiry > nowMillis;
    }

    /**
     * Records a nonce, atomically.
     *
     * @return false when it was already used (a concurrent replay)
     */
    boolean claim(String accessKeyId, String nonce, long keepUntilMillis, long nowMillis) {
        if (claimsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            claimsSinceSweep.set(0);
            expiryByNonce.values().removeIf(expiry -> expiry <= nowMillis);
        }
        String key = key(accessKeyId, nonce);
        Long previous = expiryByNonce.putIfAbsent(key, keepUntilMillis);
        return previous == null || previous <= nowMillis && expiryByNonce.replace(key, previous, keepUntilMillis);
    }

    private static String key(String accessKeyId, String nonce) {
        return accessKeyId + '\n' + nonce;
    }
}
