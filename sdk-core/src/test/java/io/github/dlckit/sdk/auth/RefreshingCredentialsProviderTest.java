package io.github.dlckit.sdk.auth;

import io.github.dlckit.sdk.MutableClock;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshingCredentialsProviderTest {

    private final MutableClock clock = new MutableClock(AuthFixtures.T0);

    /** Hands out STS.1, STS.2, ... each valid for {@code lifetime} from the clock's now; can be made to fail. */
    private final class CountingSource implements CredentialsProvider {
        final AtomicInteger calls = new AtomicInteger();
        final Duration lifetime;
        volatile boolean failing;

        CountingSource(Duration lifetime) {
            this.lifetime = lifetime;
        }

        @Override
        public Credentials resolveCredentials() {
            int n = calls.incrementAndGet();
            if (failing) {
                throw new DlcClientException("STS is down", null, true);
            }
            return Credentials.from("STS." + n, "secret-" + n, "token-" + n, clock.instant().plus(lifetime), "test");
        }
    }

    @Test
    void credentials_areCachedUntilFifteenMinutesBeforeExpiry() {
        CountingSource source = new CountingSource(Duration.ofHours(1));
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(source, clock);

        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.1");
        clock.advance(Duration.ofMinutes(44).plusSeconds(59));
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.1");
        assertThat(source.calls).hasValue(1);

        clock.advance(Duration.ofSeconds(1));  // exactly 15 minutes before expiry
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.2");
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.2");
        assertThat(source.calls).hasValue(2);
    }

    @Test
    void credentialsWithoutExpiration_areFetchedOnce() {
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(() -> {
            calls.incrementAndGet();
            return Credentials.of("LTAI", "secret");
        }, clock);

        provider.resolveCredentials();
        clock.advance(Duration.ofDays(400));
        provider.resolveCredentials();

        assertThat(calls).hasValue(1);
    }

    @Test
    void shortLivedCredentials_areRefreshedAtHalfTheirLifetime() {
        CountingSource source = new CountingSource(Duration.ofMinutes(15));
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(source, clock);

        provider.resolveCredentials();
        clock.advance(Duration.ofMinutes(7));
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.1");
        clock.advance(Duration.ofSeconds(30));
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.2");
    }

    @Test
    void failedRefresh_whileStillValid_keepsTheCurrentCredentialsAndWaitsBeforeTheNextTry() {
        CountingSource source = new CountingSource(Duration.ofHours(1));
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(source, clock);
        Credentials first = provider.resolveCredentials();

        source.failing = true;
        clock.advance(Duration.ofMinutes(50));
        assertThat(provider.resolveCredentials()).isSameAs(first);
        assertThat(provider.resolveCredentials()).isSameAs(first);
        assertThat(source.calls).as("no second try within the retry pause").hasValue(2);

        clock.advance(RefreshingCredentialsProvider.RETRY_AFTER_FAILURE);
        assertThat(provider.resolveCredentials()).isSameAs(first);
        assertThat(source.calls).hasValue(3);

        source.failing = false;
        clock.advance(RefreshingCredentialsProvider.RETRY_AFTER_FAILURE);
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.4");
    }

    @Test
    void failedRefresh_afterExpiry_reachesTheCaller() {
        CountingSource source = new CountingSource(Duration.ofHours(1));
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(source, clock);
        provider.resolveCredentials();

        source.failing = true;
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(provider::resolveCredentials).isInstanceOf(DlcClientException.class)
                .hasMessage("STS is down");
    }

    @Test
    void failedFirstFetch_reachesTheCallerAndIsNotCached() {
        CountingSource source = new CountingSource(Duration.ofHours(1));
        source.failing = true;
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(source, clock);

        assertThatThrownBy(provider::resolveCredentials).hasMessage("STS is down");
        source.failing = false;
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.2");
    }

    @Test
    void concurrentCallers_withNothingCached_waitForOneFetch() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(() -> {
            calls.incrementAndGet();
            entered.countDown();
            await(release);
            return Credentials.from("STS.1", "s", "t", clock.instant().plus(Duration.ofHours(1)), "test");
        }, clock);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Credentials>> results = new ArrayList<>();
            results.add(pool.submit(provider::resolveCredentials));
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(provider::resolveCredentials));
            }
            release.countDown();
            for (Future<Credentials> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("STS.1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void concurrentCallers_withStaleButValidCredentials_getThemWhileOneRefreshes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Supplier<Credentials> next = () -> {
            int n = calls.incrementAndGet();
            if (n > 1) {
                entered.countDown();
                await(release);
            }
            return Credentials.from("STS." + n, "s", "t", clock.instant().plus(Duration.ofHours(1)), "test");
        };
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(next::get, clock);
        provider.resolveCredentials();
        clock.advance(Duration.ofMinutes(50));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Credentials> refresher = pool.submit(provider::resolveCredentials);
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 5; i++) {
                assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.1");
            }
            release.countDown();
            assertThat(refresher.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("STS.2");
        } finally {
            pool.shutdownNow();
        }
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void alreadyExpiredCredentials_areFetchedAgainNextTime() {
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.of(() -> Credentials.from(
                "STS." + calls.incrementAndGet(), "s", "t", Instant.EPOCH, "test"), clock);

        provider.resolveCredentials();
        provider.resolveCredentials();

        assertThat(calls).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
