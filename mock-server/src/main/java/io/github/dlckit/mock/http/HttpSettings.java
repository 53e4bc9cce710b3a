package io.github.dlckit.mock.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server protects itself: the largest body, deadlines for slow and idle clients, the worker threads,
 * the request journal's byte budget and whether WireMock's admin API is served. Every value has a documented
 * default (the README's limits table) and a flag of the standalone mock.
 *
 * @param maxBodyBytes the largest request body; one byte more is a 413, the rest never read ({@code --max-body-bytes})
 * @param idleTimeout a connection that sends nothing for this long is closed, also while it sends its headers
 *                    ({@code --idle-timeout-seconds})
 * @param minBodyBytesPerSecond a body arriving slower than this on average is refused with 408, so slow uploads
 *                              cannot hold worker threads ({@code --min-body-rate})
 * @param threads the most worker threads ({@code --threads})
 * @param journalBytes the byte budget of WireMock's request journal; 0 turns it off ({@code --journal-bytes})
 * @param adminApi whether {@code /__admin} is served over HTTP ({@code --admin})
 */
public record HttpSettings(int maxBodyBytes, Duration idleTimeout, int minBodyBytesPerSecond, int threads,
                           long journalBytes, boolean adminApi) {

    /** 1 MiB bodies, 30 s idle, 1 KiB/s bodies, 400 threads, an 8 MiB journal, no admin API over HTTP. */
    public static final HttpSettings DEFAULTS = new HttpSettings(1 << 20, Duration.ofSeconds(30), 1024, 400,
            8L << 20, false);

    public HttpSettings {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxBodyBytes < 0 || idleTimeout.isNegative() || idleTimeout.isZero() || minBodyBytesPerSecond < 0
                || threads < 8 || journalBytes < 0) {
            throw new IllegalArgumentException("HTTP settings out of range: maxBodyBytes >= 0, idleTimeout > 0, "
                    + "minBodyBytesPerSecond >= 0, threads >= 8, journalBytes >= 0; got " + this);
        }
    }

    /** @return these settings with another body limit */
    public HttpSettings withMaxBodyBytes(int value) {
        return new HttpSettings(value, idleTimeout, minBodyBytesPerSecond, threads, journalBytes, adminApi);
    }

    /** @return these settings with another idle timeout */
    public HttpSettings withIdleTimeout(Duration value) {
        return new HttpSettings(maxBodyBytes, value, minBodyBytesPerSecond, threads, journalBytes, adminApi);
    }

    /** @return these settings with another minimum body rate (0: none) */
    public HttpSettings withMinBodyBytesPerSecond(int value) {
        return new HttpSettings(maxBodyBytes, idleTimeout, value, threads, journalBytes, adminApi);
    }

    /** @return these settings with another thread count */
    public HttpSettings withThreads(int value) {
        return new HttpSettings(maxBodyBytes, idleTimeout, minBodyBytesPerSecond, value, journalBytes, adminApi);
    }

    /** @return these settings with another journal budget (0: off) */
    public HttpSettings withJournalBytes(long value) {
        return new HttpSettings(maxBodyBytes, idleTimeout, minBodyBytesPerSecond, threads, value, adminApi);
    }

    /** @return these settings with the admin API on or off */
    public HttpSettings withAdminApi(boolean value) {
        return new HttpSettings(maxBodyBytes, idleTimeout, minBodyBytesPerSecond, threads, journalBytes, value);
    }
}
