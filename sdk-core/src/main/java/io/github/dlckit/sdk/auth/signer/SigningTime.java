package io.github.dlckit.sdk.auth.signer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The signing timestamps of both schemes as text: {@code 2026-11-28T23:37:25Z} ({@code x-acs-date}) and
 * {@code Sat, 28 Nov 2026 23:37:22 GMT} ({@code date}). Signatures carry whole seconds, so the text of the
 * current second is kept and reused by every request signed within it (a formatter pass per request was a
 * measurable part of signing). Thread-safe: each cached text travels with its second in one immutable holder.
 * Years outside 1-9999 are left to {@link DateTimeFormatter} with the patterns the signers used before.
 */
final class SigningTime {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** The formatters for years outside 1-9999, built only if such a year is signed (building them is slow). */
    private static final class Formatters {
        static final DateTimeFormatter ISO_SECONDS =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
        static final DateTimeFormatter RFC_1123 = DateTimeFormatter
                .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

        private Formatters() {
        }
    }

    private static final PerSecond ISO = new PerSecond(SigningTime::formatIso);
    private static final PerSecond RFC = new PerSecond(SigningTime::formatRfc1123);

    private SigningTime() {
    }

    /** @return UTC, {@code yyyy-MM-dd'T'HH:mm:ss'Z'} */
    static String iso8601(Instant time) {
        return ISO.text(time);
    }

    /** @return GMT, {@code EEE, dd MMM yyyy HH:mm:ss 'GMT'} with English names */
    static String rfc1123(Instant time) {
        return RFC.text(time);
    }

    private static String formatIso(long epochSecond, Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        if (!fourDigitYear(t)) {
            return Formatters.ISO_SECONDS.format(time);
        }
        StringBuilder out = new StringBuilder(20);
        year(out, t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('T');
        return time(out, t).append('Z').toString();
    }

    private static String formatRfc1123(long epochSecond, Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        if (!fourDigitYear(t)) {
            return Formatters.RFC_1123.format(time);
        }
        StringBuilder out = new StringBuilder(29).append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        two(out, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        year(out, t.getYear()).append(' ');
        return time(out, t).append(" GMT").toString();
    }

    private static StringBuilder time(StringBuilder out, LocalDateTime t) {
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        return two(out, t.getSecond());
    }

    /** Years 1 to 9999 are written here; the formatter's era and sign rules for the others are left to it. */
    private static boolean fourDigitYear(LocalDateTime t) {
        return t.getYear() >= 1 && t.getYear() <= 9999;
    }

    private static StringBuilder year(StringBuilder out, int year) {
        return out.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
                .append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10));
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** One format's text of the last second asked for. */
    private static final class PerSecond {
        private final BiFunction<Long, Instant, String> format;
        private volatile Second last = new Second(Long.MIN_VALUE, "");

        PerSecond(BiFunction<Long, Instant, String> format) {
            this.format = format;
        }

        String text(Instant time) {
            long second = time.getEpochSecond();
            Second cached = last;
            if (cached.epochSecond != second) {
                cached = new Second(second, format.apply(second, time));
                last = cached;
            }
            return cached.text;
        }
    }

    /** One second and its text. */
    private static final class Second {
        final long epochSecond;
        final String text;

        Second(long epochSecond, String text) {
            this.epochSecond = epochSecond;
            this.text = text;
        }
    }
}
