package io.github.dlckit.sdk.internal;

import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.signer.RequestSigner;
import io.github.dlckit.sdk.event.CallListener;
import io.github.dlckit.sdk.retry.Delayer;
import io.github.dlckit.sdk.retry.RetryPolicy;
import io.github.dlckit.sdk.retry.Sleeper;
import io.github.dlckit.sdk.waiter.WaitTime;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** The settings of a built client, validated and resolved: what the call pipeline and the clients read. */
public final class ClientConfig {

    private final HttpUrl endpoint;
    private final CredentialsProvider credentials;
    private final RequestSigner signer;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final boolean clientValidation;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final Seams seams;
    private final List<CallListener> listeners;

    /**
     * @param endpoint the base URL calls go to
     * @param credentials the credentials source, asked before every attempt
     * @param signer the signature scheme
     * @param retryPolicy the retry settings
     * @param userAgent the full {@code user-agent}
     * @param clientValidation whether requests are checked before sending
     * @param http the OkHttp client calls use
     * @param ownsHttp whether this client created {@code http}'s dispatcher and pool (and so closes them)
     * @param seams time, pauses, nonces and jitter
     * @param listeners who hears of every attempt and call, in order
     */
    public ClientConfig(HttpUrl endpoint, CredentialsProvider credentials, RequestSigner signer, RetryPolicy retryPolicy,
                        String userAgent, boolean clientValidation, OkHttpClient http, boolean ownsHttp, Seams seams,
                        List<CallListener> listeners) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.signer = signer;
        this.retryPolicy = retryPolicy;
        this.userAgent = userAgent;
        this.clientValidation = clientValidation;
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.seams = seams;
        this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
    }

    public HttpUrl endpoint() {
        return endpoint;
    }

    public CredentialsProvider credentials() {
        return credentials;
    }

    public RequestSigner signer() {
        return signer;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public String userAgent() {
        return userAgent;
    }

    public boolean clientValidation() {
        return clientValidation;
    }

    public OkHttpClient http() {
        return http;
    }

    public boolean ownsHttp() {
        return ownsHttp;
    }

    public Seams seams() {
        return seams;
    }

    public List<CallListener> listeners() {
        return listeners;
    }

    /** Time, pauses, nonces and jitter: the real ones in production, fakes in tests (nothing sleeps there). */
    public static final class Seams {
        private final Clock clock;
        private final Sleeper sleeper;
        private final Delayer delayer;
        private final Supplier<String> nonces;
        private final DoubleSupplier jitter;
        private final WaitTime waitTime;

        /**
         * @param clock signing time and elapsed time
         * @param sleeper pauses of blocking retries and waiters
         * @param delayer pauses of asynchronous retries
         * @param nonces signature nonces
         * @param jitter samples in [0, 1) for backoff
         * @param waitTime the time of waiters (the mock's virtual clock in tests on it)
         */
        public Seams(Clock clock, Sleeper sleeper, Delayer delayer, Supplier<String> nonces, DoubleSupplier jitter,
                     WaitTime waitTime) {
            this.clock = clock;
            this.sleeper = sleeper;
            this.delayer = delayer;
            this.nonces = nonces;
            this.jitter = jitter;
            this.waitTime = waitTime;
        }

        public Clock clock() {
            return clock;
        }

        public Sleeper sleeper() {
            return sleeper;
        }

        public Delayer delayer() {
            return delayer;
        }

        public Supplier<String> nonces() {
            return nonces;
        }

        public DoubleSupplier jitter() {
            return jitter;
        }

        public WaitTime waitTime() {
            return waitTime;
        }
    }
}
