package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * M2, R14: how an {@link PriceMode#AUTO AUTO} pool's market price moves on a tick (the formula is in
 * {@link MarketSettings}). Arithmetic is in doubles, which Java evaluates identically everywhere, then rounded
 * to 6 decimals, so the history is reproducible.
 */
final class PriceProcess {

    private PriceProcess() {
    }

    /** @return (ours + competing) / capacity, capped at 1; 1 for a pool without capacity */
    static double utilisation(int allocated, int competingDemand, int capacity) {
        if (capacity <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) (allocated + competingDemand) / capacity);
    }

    /** M2: the price the market moves toward, {@code floor + (ceiling − floor) × u²}. */
    static double m2TargetPrice(double floor, double ceiling, double utilisation) {
        return floor + (ceiling - floor) * utilisation * utilisation;
    }

    /**
     * M2: one tick's move.
     *
     * @param uniform a draw in [0, 1) from the pool's stream
     * @return the next price, rounded half-even to 6 decimals and clamped to [floor, ceiling]
     */
    static BigDecimal m2NextPrice(BigDecimal current, BigDecimal floor, BigDecimal ceiling, double utilisation,
                                  double uniform, MarketSettings settings) {
        double low = floor.doubleValue();
        double high = ceiling.doubleValue();
        double price = current.doubleValue();
        double target = m2TargetPrice(low, high, utilisation);
        double next = price + settings.smoothing() * (target - price) + settings.noise() * (high - low) * (2 * uniform - 1);
        return Prices.clamp(Prices.round(next), floor, ceiling);
    }

    /**
     * M2: each pool draws from its own stream, derived from the market seed and the pool key only, so adding a
     * pool (or ticking one more) never changes another pool's history.
     */
    static SplittableRandom m2RandomStream(long seed, PoolKey key) {
        return new SplittableRandom(mix(seed ^ fnv1a(key.toString())));
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The 64-bit finaliser of MurmurHash3: spreads nearby seeds apart. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
