package io.github.dlckit.mock.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Identifiers for everything the mock creates, from a seeded random source: the same seed and the same calls give
 * the same ids (job ids like {@code dlc1a2b3c4d5e6f7}, request ids like the vendor's upper-case UUIDs).
 */
public final class Ids {

    private static final char[] ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final long seed;
    private SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    /** @param seed the seed of the id stream */
    public Ids(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * A new resource id: the prefix and 14 lower-case alphanumerics, never issued before.
     *
     * @param prefix e.g. {@code dlc} for jobs
     * @return the id
     */
    public String next(String prefix) {
        String id;
        do {
            StringBuilder out = new StringBuilder(prefix);
            for (int i = 0; i < 14; i++) {
                out.append(ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)]);
            }
            id = out.toString();
        } while (!issued.add(id));
        return id;
    }

    /** @return a new upper-case UUID-shaped id, as the vendor's RequestId */
    public String uuid() {
        String hex = String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong()).toUpperCase(Locale.ROOT);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** Starts the stream again from the seed (used by reset, so a reset mock gives the same ids again). */
    public void reset() {
        random = new SplittableRandom(seed);
        issued.clear();
    }
}
