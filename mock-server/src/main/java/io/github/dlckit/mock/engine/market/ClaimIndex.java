package io.github.dlckit.mock.engine.market;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Waiting claims of one pool grouped by a number (their bid, or the instances their demand needs here), so that a
 * change of the pool's price or stock visits only the claims on the far side of the old value and the new one,
 * not every claim that waits.
 */
final class ClaimIndex<K extends Comparable<K>> {

    private final Function<PoolClaim, K> keyOf;
    private final NavigableMap<K, Set<PoolClaim>> byKey = new TreeMap<>();

    ClaimIndex(Function<PoolClaim, K> keyOf) {
        this.keyOf = keyOf;
    }

    void add(PoolClaim claim) {
        byKey.computeIfAbsent(keyOf.apply(claim), key -> new LinkedHashSet<>()).add(claim);
    }

    void remove(PoolClaim claim) {
        K key = keyOf.apply(claim);
        Set<PoolClaim> claims = byKey.get(key);
        if (claims != null && claims.remove(claim) && claims.isEmpty()) {
            byKey.remove(key);
        }
    }

    void clear() {
        byKey.clear();
    }

    /** Visits the claims whose key is at least {@code from}. */
    void forEachFrom(K from, Consumer<PoolClaim> action) {
        forEach(byKey.tailMap(from, true).values(), action);
    }

    /** Visits the claims whose key lies between two values, {@code low} included or not, {@code high} likewise. */
    void forEachBetween(K low, boolean lowIncluded, K high, boolean highIncluded, Consumer<PoolClaim> action) {
        if (low.compareTo(high) < 0 || (low.compareTo(high) == 0 && lowIncluded && highIncluded)) {
            forEach(byKey.subMap(low, lowIncluded, high, highIncluded).values(), action);
        }
    }

    private static void forEach(Collection<Set<PoolClaim>> groups, Consumer<PoolClaim> action) {
        for (Set<PoolClaim> claims : groups) {
            claims.forEach(action);
        }
    }
}
