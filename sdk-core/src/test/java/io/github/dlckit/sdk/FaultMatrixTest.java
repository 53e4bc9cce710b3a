package io.github.dlckit.sdk;

import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.retry.RetryPolicy;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix: six operations (POST, POST, GET, PUT, DELETE, a paginator) against every fault a hostile
 * network or server can produce, each on the blocking and on the asynchronous client. For each case: how often the
 * request reached the server, what the caller got, that another host received nothing, that the call ended inside
 * the retry deadline, and that both clients agree. The expected outcome comes from one rule set ({@link #expected}),
 * the one the README's retry table states. Pauses are recorded, not slept.
 */
class FaultMatrixTest {

    private static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10))
            .throttlingBaseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(50))
            .totalDeadline(Duration.ofSeconds(5)).build();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(250);

    private static MockWebServer service;
    private static MockWebServer elsewhere;
    private static RawPort resetting;
    private static RawPort plainHttp;
    private static int closedPort;
    private static final AtomicInteger cases = new AtomicInteger();
    private static final AtomicInteger duplicatePosts = new AtomicInteger();
    private static final AtomicInteger foreignSends = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        service = new MockWebServer();
        service.start(InetAddress.getLoopbackAddress(), 0);
        elsewhere = new MockWebServer();
        elsewhere.start(InetAddress.getLoopbackAddress(), 0);
        resetting = new RawPort(RawPort.Mode.RESET);
        plainHttp = new RawPort(RawPort.Mode.PLAIN_HTTP);
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        service.close();
        elsewhere.close();
        resetting.close();
        plainHttp.close();
        System.out.println("fault matrix: " + cases.get() + " cases, " + duplicatePosts.get() + " duplicate POSTs, "
                + foreignSends.get() + " foreign-host sends");
        assertThat(duplicatePosts.get()).isZero();
        assertThat(foreignSends.get()).isZero();
    }

    /** How a fault ends an attempt, which decides what the SDK may do next. */
    enum Effect {
        /** No connection was made: the request provably never left. */
        NOT_CONNECTED,
        /** The connection broke before the server read the request; the client cannot know that. */
        RESET_ON_CONNECT,
        /** The request was sent and read; the answer was lost. The server may have acted on it. */
        LOST_AFTER_SENDING,
        /** A 5xx: the server may have acted on it. */
        SERVER_ERROR,
        /** Throttled: not applied. */
        THROTTLED,
        /** A redirect: never followed. */
        REDIRECT,
        /** A 2xx whose body cannot be read. */
        UNREADABLE
    }

    /** One operation of the matrix, callable on both clients. */
    record Op(String name, boolean post, boolean idempotent, String okBody,
              Function<DlcClient, Object> blocking, Function<DlcAsyncClient, CompletableFuture<?>> async) {

        boolean isDelete() {
            return name.equals("DeleteJob");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One fault: how the first attempt is answered (or where the client is pointed). */
    record Fault(String name, Effect effect, Function<String, MockResponse> firstAnswer, Endpoint endpoint,
                 boolean slow, String messageHint) {

        @Override
        public String toString() {
            return name;
        }
    }

    enum Endpoint { SERVICE, CLOSED_PORT, RESETTING_PORT, HTTPS_TO_PLAIN_HTTP }

    static final String REQUEST_ID = "{\"RequestId\":\"r-ok\"}";
    static final String JOB = "{\"RequestId\":\"r-ok\",\"JobId\":\"dlc-1\",\"Status\":\"Running\"}";

    static List<Op> operations() {
        return List.of(
                new Op("CreateJob", true, false, "{\"RequestId\":\"r-ok\",\"JobId\":\"dlc-1\"}",
                        c -> c.createJob(FailureBehaviourTest.createJob()).jobId().orElse(null),
                        c -> c.createJob(FailureBehaviourTest.createJob()).thenApply(r -> r.jobId().orElse(null))),
                new Op("StopJob", true, false, REQUEST_ID, c -> c.stopJob("dlc-1").requestId().orElse(null),
                        c -> c.stopJob("dlc-1").thenApply(r -> r.requestId().orElse(null))),
                new Op("GetJob", false, true, JOB, c -> c.getJob("dlc-1").jobId().orElse(null),
                        c -> c.getJob("dlc-1").thenApply(r -> r.jobId().orElse(null))),
                new Op("UpdateJob", false, true, REQUEST_ID,
                        c -> c.updateJob(r -> r.jobId("dlc-1").priority(5)).requestId().orElse(null),
                        c -> c.updateJob(r -> r.jobId("dlc-1").priority(5)).thenApply(r -> r.requestId().orElse(null))),
                new Op("DeleteJob", false, true, REQUEST_ID, c -> c.deleteJob("dlc-1").requestId().orElse(null),
                        c -> c.deleteJob("dlc-1").thenApply(r -> r.requestId().orElse(null))),
                new Op("ListJobs paginator", false, true,
                        "{\"RequestId\":\"r-ok\",\"Jobs\":[{\"JobId\":\"dlc-1\"}],\"TotalCount\":1}",
                        c -> {
                            List<String> ids = new ArrayList<>();
                            c.listJobsPaginator(ListJobsRequest.builder().pageSize(10).build()).items()
                                    .forEach(j -> ids.add(j.jobId().orElse("?")));
                            return ids.toString();
                        },
                        c -> c.listJobsPaginator(ListJobsRequest.builder().pageSize(10).build()).allItems()
                                .thenApply(items -> items.stream().map(j -> j.jobId().orElse("?")).toList().toString())));
    }

    static List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        faults.add(new Fault("connection refused", Effect.NOT_CONNECTED, ok -> null, Endpoint.CLOSED_PORT, false,
                "the request was not sent"));
        faults.add(new Fault("reset on connect", Effect.RESET_ON_CONNECT, ok -> null, Endpoint.RESETTING_PORT, false,
                "after the request was sent"));
        faults.add(new Fault("closed after the request was read", Effect.LOST_AFTER_SENDING,
                ok -> answer(200, ok).onResponseStart(new SocketEffect.CloseSocket()).build(), Endpoint.SERVICE, false,
                "after the request was sent"));
        faults.add(serverError("500", 500, null));
        faults.add(new Fault("502 (html)", Effect.SERVER_ERROR, ok -> new MockResponse.Builder().code(502)
                .addHeader("Content-Type", "text/html").body("<html>Bad Gateway</html>").build(), Endpoint.SERVICE,
                false, "HTTP 502 with a text/html body"));
        faults.add(serverError("503", 503, null));
        faults.add(serverError("503 Retry-After: 0", 503, "0"));
        faults.add(serverError("503 Retry-After: 1", 503, "1"));
        faults.add(new Fault("429", Effect.THROTTLED, ok -> error(429, "Throttling", "too many").build(),
                Endpoint.SERVICE, false, null));
        faults.add(new Fault("400 Throttling.User", Effect.THROTTLED,
                ok -> error(400, "Throttling.User", "Request was denied due to user flow control.").build(),
                Endpoint.SERVICE, false, null));
        for (int status : new int[] {301, 302, 307, 308}) {
            faults.add(new Fault(status + " to the same host", Effect.REDIRECT,
                    ok -> redirect(status, service.url("/moved").toString()), Endpoint.SERVICE, false,
                    "HTTP " + status + " redirect to " + service.url("/moved")));
            faults.add(new Fault(status + " to another host", Effect.REDIRECT,
                    ok -> redirect(status, elsewhere.url("/api/v1/jobs").toString()), Endpoint.SERVICE, false,
                    "HTTP " + status + " redirect to " + elsewhere.url("/api/v1/jobs")));
        }
        faults.add(new Fault("answer slower than the read timeout", Effect.LOST_AFTER_SENDING,
                ok -> answer(200, ok).headersDelay(3, TimeUnit.SECONDS).build(), Endpoint.SERVICE, true,
                "after the request was sent"));
        faults.add(new Fault("truncated body", Effect.LOST_AFTER_SENDING,
                ok -> answer(200, ok.substring(0, ok.length() / 2)).setHeader("Content-Length", ok.length())
                        .onResponseEnd(new SocketEffect.CloseSocket()).build(), Endpoint.SERVICE, false,
                "after the request was sent"));
        faults.add(new Fault("wrong Content-Length (shorter than the body)", Effect.UNREADABLE,
                ok -> answer(200, ok).setHeader("Content-Length", 5).build(), Endpoint.SERVICE, false,
                "the response is not a valid"));
        faults.add(new Fault("200 with invalid JSON", Effect.UNREADABLE,
                ok -> answer(200, "{\"RequestId\":\"r-ok\",").build(), Endpoint.SERVICE, false,
                "the response is not a valid"));
        faults.add(new Fault("https to a plain-http port", Effect.NOT_CONNECTED, ok -> null,
                Endpoint.HTTPS_TO_PLAIN_HTTP, false, "is the endpoint plain http?"));
        return faults;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryFault() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fault fault : faults()) {
            for (Op op : operations()) {
                tests.add(DynamicTest.dynamicTest(op + " × " + fault, () -> runCase(op, fault)));
            }
        }
        return tests.stream();
    }

    private void runCase(Op op, Fault fault) throws Exception {
        cases.incrementAndGet();
        Observed expected = expected(op, fault.effect());
        Observed blocking = observe(op, fault, false);
        Observed async = observe(op, fault, true);
        assertThat(blocking).as("blocking client").isEqualTo(expected);
        assertThat(async).as("asynchronous client, as the blocking one").isEqualTo(blocking);
    }

    /**
     * The rules, one place: what reaches the server and what the caller sees, by operation kind and fault.
     *
     * @param op the operation
     * @param effect how the fault ends the first attempt
     * @return the expected observation
     */
    static Observed expected(Op op, Effect effect) {
        boolean idempotent = op.idempotent();
        return switch (effect) {
            case NOT_CONNECTED -> new Observed("DlcClientException NOT_SENT", 0, 3);
            case RESET_ON_CONNECT -> new Observed("DlcClientException OUTCOME_UNKNOWN", 0, idempotent ? 3 : 1);
            case LOST_AFTER_SENDING -> idempotent ? new Observed("ok", 2, 2)
                    : new Observed("DlcClientException OUTCOME_UNKNOWN", 1, 1);
            case SERVER_ERROR -> idempotent ? new Observed("ok", 2, 2) : new Observed("DlcServiceException 5xx", 1, 1);
            case THROTTLED -> new Observed("ok", 2, 2);
            case REDIRECT -> new Observed("DlcServiceException 3xx", 1, 1);
            case UNREADABLE -> new Observed("DlcClientException UNREADABLE_RESPONSE", 1, 1);
        };
    }

    /**
     * @param outcome what the caller got: {@code ok}, or the exception's class and kind or status class
     * @param reached how many requests the service read
     * @param attempts how many attempts the client made
     */
    record Observed(String outcome, int reached, int attempts) {
    }

    private Observed observe(Op op, Fault fault, boolean async) throws Exception {
        Script script = new Script(fault.firstAnswer().apply(op.okBody()), afterwards(op, fault));
        service.setDispatcher(script);
        Script foreign = new Script(null, answer(200, "{\"RequestId\":\"evil\",\"JobId\":\"dlc-evil\"}").build());
        elsewhere.setDispatcher(foreign);
        List<Duration> pauses = new ArrayList<>();
        AttemptCounter attempts = new AttemptCounter();
        Duration readTimeout = fault.slow() ? SHORT_READ_TIMEOUT : READ_TIMEOUT;
        long started = System.nanoTime();
        String outcome;
        if (async) {
            try (DlcAsyncClient client = configure(DlcAsyncClient.builder(), fault, readTimeout, pauses, attempts)
                    .delayer((task, delay) -> {
                        pauses.add(delay);
                        task.run();
                    }).build()) {
                outcome = outcome(() -> {
                    try {
                        return op.async().apply(client).get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        throw e.getCause();
                    }
                }, fault);
            }
        } else {
            try (DlcClient client = configure(DlcClient.builder(), fault, readTimeout, pauses, attempts).build()) {
                outcome = outcome(() -> op.blocking().apply(client), fault);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("the call ends inside the retry deadline (plus the attempt in flight)")
                .isLessThan(POLICY.totalDeadline().plus(readTimeout));
        // A throttled request was refused unapplied; any other request read may have been acted on.
        int mayHaveActed = script.received() - (fault.effect() == Effect.THROTTLED && script.received() > 0 ? 1 : 0);
        if (op.post() && mayHaveActed > 1) {
            duplicatePosts.incrementAndGet();
        }
        if (foreign.received() > 0 || foreign.seen() > 0) {
            foreignSends.incrementAndGet();
        }
        assertThat(foreign.seen()).as("requests that reached another host").isZero();
        return new Observed(outcome, script.received(), attempts.count.get());
    }

    /** What the service answers after the fault: success, or for a delete the first attempt may have done, 404. */
    private static MockResponse afterwards(Op op, Fault fault) {
        boolean mayHaveDeleted = op.isDelete()
                && (fault.effect() == Effect.LOST_AFTER_SENDING || fault.effect() == Effect.SERVER_ERROR);
        return mayHaveDeleted ? error(404, "JobNotFound", "Job dlc-1 not found").build() : answer(200, op.okBody()).build();
    }

    private static <B extends AbstractDlcClientBuilder<B>> B configure(B builder, Fault fault, Duration readTimeout,
                                                                     List<Duration> pauses, AttemptCounter attempts) {
        URI endpoint = switch (fault.endpoint()) {
            case SERVICE -> URI.create("http://127.0.0.1:" + service.getPort());
            case CLOSED_PORT -> URI.create("http://127.0.0.1:" + closedPort);
            case RESETTING_PORT -> URI.create("http://127.0.0.1:" + resetting.port());
            case HTTPS_TO_PLAIN_HTTP -> URI.create("https://127.0.0.1:" + plainHttp.port());
        };
        return builder.endpointOverride(endpoint).credentials(Fakes.KEY).nonces(new Fakes.CountingNonces())
                .jitter(() -> 0.5).sleeper(pauses::add).connectTimeout(Duration.ofSeconds(2)).readTimeout(readTimeout)
                .retryPolicy(POLICY).proxyFromEnvironment(false).addListener(attempts);
    }

    interface Call {
        Object run() throws Throwable;
    }

    private static String outcome(Call call, Fault fault) throws Exception {
        try {
            call.run();
            return "ok";
        } catch (DlcServiceException e) {
            if (fault.messageHint() != null) {
                assertThat(e.getMessage()).contains(fault.messageHint());
            }
            return "DlcServiceException " + e.statusCode() / 100 + "xx";
        } catch (DlcClientException e) {
            if (fault.messageHint() != null) {
                assertThat(e.getMessage()).contains(fault.messageHint());
            }
            return "DlcClientException " + e.kind();
        } catch (CompletionException e) {
            throw new AssertionError("unwrapped exception expected", e);
        } catch (Throwable e) {
            throw new AssertionError("unexpected exception", e);
        }
    }

    static MockResponse.Builder answer(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body);
    }

    static MockResponse.Builder error(int status, String code, String message) {
        return answer(status, "{\"RequestId\":\"r-" + status + "\",\"Code\":\"" + code + "\",\"Message\":\"" + message
                + "\"}");
    }

    private static Fault serverError(String name, int status, String retryAfter) {
        return new Fault(name, Effect.SERVER_ERROR, ok -> {
            MockResponse.Builder b = error(status, "ServiceUnavailable", "busy");
            if (retryAfter != null) {
                b.addHeader("Retry-After", retryAfter);
            }
            return b.build();
        }, Endpoint.SERVICE, false, "HTTP " + status);
    }

    private static MockResponse redirect(int status, String location) {
        return answer(status, "{\"RequestId\":\"r-moved\"}").addHeader("Location", location).build();
    }

    /** Answers the first request with the fault, every later one with {@code then}; counts what it read. */
    static final class Script extends Dispatcher {
        private final AtomicInteger received = new AtomicInteger();
        private final AtomicInteger seen = new AtomicInteger();
        private volatile MockResponse first;
        private final MockResponse then;

        Script(MockResponse first, MockResponse then) {
            this.first = first;
            this.then = then;
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            seen.incrementAndGet();
            if (request.getFailure() == null) {
                received.incrementAndGet();
            }
            MockResponse next = first != null ? first : then;
            first = null;
            return next;
        }

        @Override
        public synchronized MockResponse peek() {
            return first != null ? first : then;
        }

        /** @return requests read in full */
        int received() {
            return received.get();
        }

        /** @return requests begun, read in full or not */
        int seen() {
            return seen.get();
        }
    }

    /** Counts the client's attempts through its listener hook. */
    static final class AttemptCounter implements io.github.dlckit.sdk.event.CallListener {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void attemptFinished(io.github.dlckit.sdk.event.AttemptEvent event) {
            count.incrementAndGet();
        }
    }
}
