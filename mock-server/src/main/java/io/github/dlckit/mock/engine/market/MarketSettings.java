package io.github.dlckit.mock.engine.market;

import java.time.Duration;

/**
 * Market-wide settings of the price process (M2) and the average price (M3).
 *
 * <p>On every tick an {@link PriceMode#AUTO AUTO} pool's market price {@code p} moves to
 * <pre>
 *   target = floor + (ceiling − floor) × u²          u = min(1, (allocated + competing demand) / capacity)
 *   p'     = p + smoothing × (target − p) + noise × (ceiling − floor) × (2r − 1)      r uniform in [0, 1)
 * </pre>
 * rounded half-even to 6 decimals and clamped to [floor, ceiling] (a pool without capacity has u = 1).
 * {@code r} comes from the pool's own seeded stream (see {@link PriceProcess}).
 *
 * @param tickInterval time between market ticks (default 60 s)
 * @param averageWindow the trailing window of the Lingjun average price (default 60 min, M3)
 * @param smoothing the fraction of the gap to the target closed per tick, in (0, 1] (default 0.25)
 * @param noise the noise bound as a fraction of the price range, in [0, 1) (default 0.02: ±2 % of range)
 */
public record MarketSettings(Duration tickInterval, Duration averageWindow, double smoothing, double noise) {

    /** Validates the fields. */
    public MarketSettings {
        Checks.requirePresent("tickInterval", tickInterval);
        Checks.requirePresent("averageWindow", averageWindow);
        if (tickInterval.isNegative() || tickInterval.isZero()) {
            throw new IllegalArgumentException("tickInterval must be positive, got " + tickInterval);
        }
        if (averageWindow.isNegative() || averageWindow.isZero()) {
            throw new IllegalArgumentException("averageWindow must be positive, got " + averageWindow);
        }
        if (!(smoothing > 0 && smoothing <= 1)) {
            throw new IllegalArgumentException("smoothing must be in (0, 1], got " + smoothing);
        }
        if (!(noise >= 0 && noise < 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1), got " + noise);
        }
    }

    /** @return the defaults: tick 60 s, window 60 min, smoothing 0.25, noise 0.02 */
    public static MarketSettings defaults() {
        return new MarketSettings(Duration.ofSeconds(60), Duration.ofMinutes(60), 0.25, 0.02);
    }

    /**
     * @param value the noise bound
     * @return a copy with that noise (0 gives a noiseless, exactly predictable process, handy in tests)
     */
    public MarketSettings withNoise(double value) {
        return new MarketSettings(tickInterval, averageWindow, smoothing, value);
    }

    /**
     * @param value the smoothing factor
     * @return a copy with that smoothing
     */
    public MarketSettings withSmoothing(double value) {
        return new MarketSettings(tickInterval, averageWindow, value, noise);
    }

    /**
     * @param value the tick interval
     * @return a copy with that tick interval
     */
    public MarketSettings withTickInterval(Duration value) {
        return new MarketSettings(value, averageWindow, smoothing, noise);
    }

    /**
     * @param value the average window
     * @return a copy with that window
     */
    public MarketSettings withAverageWindow(Duration value) {
        return new MarketSettings(tickInterval, value, smoothing, noise);
    }
}
