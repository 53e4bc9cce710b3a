package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/** Argument checks that name the offending field, so that the HTTP layer can turn them into 400s. */
final class Checks {

    private Checks() {
    }

    static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value;
    }

    static long requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }

    static int requirePositive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
        return value;
    }

    static BigDecimal requirePositive(String field, BigDecimal value) {
        requirePresent(field, value);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + Prices.format(value));
        }
        return value;
    }

    static BigDecimal requireNonNegative(String field, BigDecimal value) {
        requirePresent(field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + Prices.format(value));
        }
        return value;
    }

    /** Refuses (rather than clamps) a price outside the pool's range: a silent clamp would hide a test's mistake. */
    static BigDecimal requireWithin(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        requirePresent(field, value);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " " + Prices.format(value) + " is outside the price range ["
                    + Prices.format(min) + ", " + Prices.format(max) + "]");
        }
        return value;
    }
}
