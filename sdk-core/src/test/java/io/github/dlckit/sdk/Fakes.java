package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.retry.RetryPolicy;
import io.github.dlckit.sdk.retry.Sleeper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Time, pauses and randomness for tests: a clock that moves only when told, a sleeper that records. */
final class Fakes {

    static final Credentials KEY = Credentials.of("LTAI5tTestKey0001", "kS3cr3t/With+Symbols=");
    static final Instant START = Instant.parse("2026-11-28T23:37:25Z");

    private Fakes() {
    }

    /** Records every pause and moves the clock by it instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> pauses = new CopyOnWriteArrayList<>();
        private final MutableClock clock;

        RecordingSleeper(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public void sleep(Duration duration) {
            pauses.add(duration);
            clock.advance(duration);
        }
    }

    /** Unique, predictable nonces. */
    static final class CountingNonces implements java.util.function.Supplier<String> {
        private final AtomicLong next = new AtomicLong();

        @Override
        public String get() {
            return String.format("%032x", next.incrementAndGet());
        }
    }

    /** Everything a client test needs: fake time, recorded pauses, a fixed jitter of 0.5. */
    static final class Harness {
        final MutableClock clock = new MutableClock(START);
        final RecordingSleeper sleeper = new RecordingSleeper(clock);

        DlcClientBuilder client(WireMockServer server) {
            return configure(DlcClient.builder(), server);
        }

        DlcAsyncClientBuilder asyncClient(WireMockServer server) {
            return configure(DlcAsyncClient.builder(), server)
                    .delayer((task, delay) -> {
                        sleeper.sleep(delay);
                        task.run();
                    });
        }

        <B extends AbstractDlcClientBuilder<B>> B configure(B builder, WireMockServer server) {
            return builder.endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                    .credentials(KEY)
                    .clock(clock)
                    .sleeper(sleeper)
                    .nonces(new CountingNonces())
                    .jitter(() -> 0.5)
                    .readTimeout(Duration.ofSeconds(5))
                    .retryPolicy(RetryPolicy.defaults());
        }
    }
}
