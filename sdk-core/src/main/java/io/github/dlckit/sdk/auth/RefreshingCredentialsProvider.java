package io.github.dlckit.sdk.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches the credentials of a source that fetches temporary credentials (STS, ECS metadata, a credentials
 * URI) and fetches new ones when they become stale: {@value #REFRESH_AHEAD_MINUTES} minutes before their
 * {@code Expiration}, as the vendor's clients do (for credentials that live less than twice that long, half
 * their lifetime before expiry, so that short sessions are not fetched again on every call). Credentials
 * without an expiration are kept for good.
 *
 * <p>Thread-safe, with at most one fetch in flight. While stale credentials are still valid, a caller that
 * finds a refresh already running gets the current credentials instead of waiting; when none are cached or
 * they have expired, callers wait for the one fetch. If a refresh fails while the cached credentials are still
 * valid, they keep being used (a WARN line says so, without secrets) and the next attempt waits
 * {@link #RETRY_AFTER_FAILURE}; once they have expired the failure reaches the caller.
 */
public final class RefreshingCredentialsProvider implements CredentialsProvider {

    /** How long before {@code Expiration} credentials count as stale. */
    public static final long REFRESH_AHEAD_MINUTES = 15;
    /** The pause after a failed refresh while the cached credentials are still valid. */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCredentialsProvider.class);
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(REFRESH_AHEAD_MINUTES);

    private final CredentialsProvider source;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Cached cached;

    private RefreshingCredentialsProvider(CredentialsProvider source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param source fetches fresh credentials on every call (for example one STS request)
     * @param clock the clock deciding staleness
     * @return a caching, refreshing provider around {@code source}
     */
    public static RefreshingCredentialsProvider of(CredentialsProvider source, Clock clock) {
        return new RefreshingCredentialsProvider(source, clock);
    }

    @Override
    public Credentials resolveCredentials() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current != null && !current.isStale(now)) {
            return current.credentials;
        }
        if (current != null && !current.isExpired(now)) {
            if (!lock.tryLock()) {
                return current.credentials;  // another caller is refreshing them
            }
        } else {
            lock.lock();
        }
        try {
            return refreshLocked();
        } finally {
            lock.unlock();
        }
    }

    private Credentials refreshLocked() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current != null && !current.isStale(now)) {
            return current.credentials;  // refreshed by the caller we waited for
        }
        try {
            Credentials fresh = source.resolveCredentials();
            cached = Cached.fetched(fresh, now);
            return fresh;
        } catch (RuntimeException e) {
            if (current == null || current.isExpired(clock.instant())) {
                throw e;
            }
            Instant expiration = current.credentials.expiration().orElse(null);
            LOG.warn("Could not refresh credentials from {} ({}); using the current ones until {} (they expire at {})",
                    current.credentials.providerName(), e.getMessage(), now.plus(RETRY_AFTER_FAILURE), expiration);
            cached = current.retryAt(now.plus(RETRY_AFTER_FAILURE));
            return current.credentials;
        }
    }

    @Override
    public String toString() {
        return "RefreshingCredentialsProvider{" + source + "}";
    }

    /** Credentials and the instant from which they are fetched again. */
    private static final class Cached {
        final Credentials credentials;
        final Instant staleAt;  // null: never

        private Cached(Credentials credentials, Instant staleAt) {
            this.credentials = credentials;
            this.staleAt = staleAt;
        }

        static Cached fetched(Credentials credentials, Instant now) {
            Instant expiration = credentials.expiration().orElse(null);
            if (expiration == null) {
                return new Cached(credentials, null);
            }
            Duration lifetime = Duration.between(now, expiration);
            Duration ahead = lifetime.isNegative() ? Duration.ZERO
                    : lifetime.compareTo(REFRESH_AHEAD.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : REFRESH_AHEAD;
            return new Cached(credentials, expiration.minus(ahead));
        }

        Cached retryAt(Instant next) {
            Instant expiration = credentials.expiration().orElse(next);
            return new Cached(credentials, next.isBefore(expiration) ? next : expiration);
        }

        boolean isStale(Instant now) {
            return staleAt != null && !now.isBefore(staleAt);
        }

        boolean isExpired(Instant now) {
            return credentials.expiration().map(e -> !now.isBefore(e)).orElse(false);
        }
    }
}
