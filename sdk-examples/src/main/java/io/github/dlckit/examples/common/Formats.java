package io.github.dlckit.examples.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How the programs write times, durations, prices and amounts for people. */
public final class Formats {

    private Formats() {
    }

    /** @return {@code 2026-11-29T00:05:30Z}: UTC, to the second */
    public static String time(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** @return {@code 14m30s}, {@code 1h05m00s} */
    public static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%dh%02dm%02ds", hours, minutes, rest)
                : String.format("%dm%02ds", minutes, rest);
    }

    /** @return a price per instance-minute with at least four decimals: {@code 0.0110}, {@code 0.003803} */
    public static String price(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.scale() < 4 ? price.setScale(4, RoundingMode.HALF_UP).toPlainString() : stripped.toPlainString();
    }

    /**
     * @param wireValue a float32 field of the API ({@code SpotPriceLimit}, {@code NonProtectSpotDiscount})
     * @return the decimal it was written as: 0.011f reads back as 0.011, not 0.010999999940395355
     */
    public static BigDecimal decimal(float wireValue) {
        return new BigDecimal(Float.toString(wireValue));
    }

    /** @return an amount of money, to four decimals: {@code 0.1425 CNY} */
    public static String cny(BigDecimal amount) {
        return money(amount).toPlainString() + " CNY";
    }

    /** @return an amount rounded to four decimals, as the JSON lines carry it */
    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
    }
}
