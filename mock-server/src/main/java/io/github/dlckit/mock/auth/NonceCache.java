package io.github.dlckit.mock.auth;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Signature nonces already used, per access key, each kept until a replay could no longer pass the freshness
 * check. Bounded in time and count: nonces leave in the order they came, once expired or once more than
 * {@value #MAX_ENTRIES} are held (nonces are at most {@value #MAX_NONCE_CHARS} characters, so the cache stays
 * under a few tens of MB whatever the request rate). O(1) per request.
 */
final class NonceCache {

    /** The longest nonce accepted (a UUID is 36). */
    static final int MAX_NONCE_CHARS = 64;
    /** The most nonces remembered at once; beyond, the oldest are forgotten first. */
    static final int MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<String, Long> expiryByNonce = new ConcurrentHashMap<>();
    private final Queue<String> arrivalOrder = new ConcurrentLinkedQueue<>();
    private final int maxEntries;

    NonceCache() {
        this(MAX_ENTRIES);
    }

    NonceCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

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
        String key = key(accessKeyId, nonce);
        Long previous = expiryByNonce.putIfAbsent(key, keepUntilMillis);
        boolean claimed = previous == null || previous <= nowMillis && expiryByNonce.replace(key, previous, keepUntilMillis);
        if (claimed) {
            arrivalOrder.add(key);
            evict(nowMillis);
        }
        return claimed;
    }

    /** @return how many nonces are remembered */
    int size() {
        return expiryByNonce.size();
    }

    /** Forgets from the oldest end: expired nonces, and any beyond the count bound. */
    private void evict(long nowMillis) {
        String oldest;
        while ((oldest = arrivalOrder.peek()) != null) {
            Long expiry = expiryByNonce.get(oldest);
            if (expiry != null && expiry > nowMillis && expiryByNonce.size() <= maxEntries) {
                return;
            }
            String polled = arrivalOrder.poll(); // under contention maybe another old one: just as good
            Long polledExpiry = polled == null ? null : expiryByNonce.get(polled);
            if (polledExpiry != null && (polledExpiry <= nowMillis || expiryByNonce.size() > maxEntries)) {
                expiryByNonce.remove(polled, polledExpiry);
            }
        }
    }

    private static String key(String accessKeyId, String nonce) {
        return accessKeyId + '\n' + nonce;
    }
}
