package io.github.dlckit.mock.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 5: the nonce cache is bounded in count and in time, and still refuses a replay it holds. */
class NonceCacheTest {

    @Test
    void countBound_forgetsTheOldestFirst() {
        NonceCache cache = new NonceCache(100);
        for (int i = 0; i < 1_000; i++) {
            assertThat(cache.claim("key", "n" + i, 60_000, 0)).isTrue();
        }
        assertThat(cache.size()).isEqualTo(100);
        assertThat(cache.isUsed("key", "n999", 1)).as("the newest is remembered").isTrue();
        assertThat(cache.isUsed("key", "n0", 1)).as("the oldest was forgotten").isFalse();
        assertThat(cache.claim("key", "n999", 60_000, 2)).as("a replay of a remembered nonce").isFalse();
    }

    @Test
    void expiredNonces_leaveAsNewOnesArrive() {
        NonceCache cache = new NonceCache(1_000);
        for (int i = 0; i < 500; i++) {
            cache.claim("key", "old" + i, 1_000, 0);
        }
        cache.claim("key", "new", 10_000, 5_000);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.claim("key", "old1", 10_000, 5_000)).as("an expired nonce counts again").isTrue();
    }
}
