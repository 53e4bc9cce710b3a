package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How prices are rounded, clamped and printed: one place, so that every rule agrees. */
final class Prices {

    /** Computed prices (M2 moves, M3 averages) are rounded to a millionth of a CNY per minute. */
    static final int SCALE = 6;
    private static final double MILLIONTHS = 1e6;
    private static final double TIE_MARGIN = 1e-6;

    private Prices() {
    }

    static BigDecimal round(BigDecimal price) {
        return price.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * @return the double's shortest decimal form ({@link BigDecimal#valueOf(double)}) rounded half-even to
     *     {@value #SCALE} decimals — computed without going through text unless the double lies within a
     *     millionth of a millionth of a tie, where only the decimal form can tell (M2's ticks call this 288,000
     *     times a virtual day in the benchmark)
     */
    static BigDecimal round(double price) {
        double scaled = price * MILLIONTHS;
        // Below 1e9 millionths a double's error at this scale is under 2e-7, far inside the tie margin.
        if (Math.abs(scaled) < 1e9) {
            double whole = Math.floor(scaled);
            double fraction = scaled - whole;
            if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
                return BigDecimal.valueOf((long) whole + (fraction > 0.5 ? 1 : 0), SCALE);
            }
        }
        return round(BigDecimal.valueOf(price));
    }

    static BigDecimal clamp(BigDecimal price, BigDecimal min, BigDecimal max) {
        return price.max(min).min(max);
    }

    /** @return the double's shortest decimal form, so that {@code 0.011} becomes exactly 0.011 */
    static BigDecimal of(double price) {
        return BigDecimal.valueOf(price);
    }

    /** At least 4 decimals, more when the price has them, e.g. {@code 0.0110}: how M10 and M21 messages write prices. */
    static String fourDecimals(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.setScale(Math.max(4, stripped.scale())).toPlainString();
    }

    /** Plain digits without trailing zeros, e.g. {@code 0.0125}: how prices appear in messages. */
    static String format(BigDecimal price) {
        return price.signum() == 0 ? "0" : price.stripTrailingZeros().toPlainString();
    }
}
