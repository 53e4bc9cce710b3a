package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobResponse;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.retry.RetryPolicy;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Transport faults and error answers from WireMock: how many requests the server saw, and how the call ended.
 * Pauses are recorded by a fake sleeper (nothing sleeps); the jitter sample is fixed at 0.5 unless said.
 */
class FailureBehaviourTest extends WireMockTestBase {

    static final String JOB = "/api/v1/jobs/dlc-1";
    static final String JOBS = "/api/v1/jobs";
    static final String JOB_JSON = "{\"RequestId\":\"req-ok\",\"JobId\":\"dlc-1\",\"Status\":\"Running\"}";
    static final String THROTTLED = "{\"RequestId\":\"req-429\",\"HostId\":\"pai-dlc.cn-hangzhou.aliyuncs.com\","
            + "\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\","
            + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=Throttling.User\"}";

    static CreateJobRequest createJob() {
        return CreateJobRequest.builder().displayName("spot-train").jobType("PyTorchJob").userCommand("python t.py")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).image("img:1").build()).build();
    }

    private DlcClient client() {
        return harness.client(server).build();
    }

    /** First answer {@code first}, then {@code then} for every later request. */
    private static void sequence(Supplier<MappingBuilder> stub, ResponseDefinitionBuilder first,
                                 ResponseDefinitionBuilder then) {
        server.stubFor(stub.get().inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(first)
                .willSetStateTo("later"));
        server.stubFor(stub.get().inScenario("s").whenScenarioStateIs("later").willReturn(then));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void getJob_503Then200_succeedsOnTheSecondAttempt() {
        sequence(() -> get(urlPathEqualTo(JOB)), aResponse().withStatus(503).withBody(
                "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\",\"RequestId\":\"r1\"}"), ok(JOB_JSON));
        try (DlcClient dlc = client()) {
            GetJobResponse job = dlc.getJob("dlc-1");
            assertThat(job.jobId()).contains("dlc-1");
        }
        assertThat(seen(JOB)).isEqualTo(2);
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void getJob_connectionResetEveryTime_givesUpAfterThreeAttempts() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        DlcClientException e;
        try (DlcClient dlc = client()) {
            e = catchThrowableOfType(DlcClientException.class, () -> dlc.getJob("dlc-1"));
        }
        assertThat(seen(JOB)).isEqualTo(3);
        assertThat(e.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
        assertThat(e.getMessage()).startsWith("GetJob: ");
        assertThat(e.getSuppressed()).hasSize(2);
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void getJob_emptyResponse_isRetried() {
        sequence(() -> get(urlPathEqualTo(JOB)), aResponse().withFault(Fault.EMPTY_RESPONSE), ok(JOB_JSON));
        try (DlcClient dlc = client()) {
            assertThat(dlc.getJob("dlc-1").status()).contains("Running");
        }
        assertThat(seen(JOB)).isEqualTo(2);
    }

    @Test
    void createJob_resetAfterSending_isSentExactlyOnceAndSaysTheOutcomeIsUnknown() {
        server.stubFor(post(urlPathEqualTo(JOBS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        DlcClientException e;
        try (DlcClient dlc = client()) {
            e = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(createJob()));
        }
        assertThat(seen(JOBS)).isEqualTo(1);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
        assertThat(e.getMessage()).startsWith("CreateJob: ").contains("outcome is unknown").contains("not retried");
        assertThat(harness.sleeper.pauses).isEmpty();
    }

    @Test
    void createJob_emptyResponse_isSentExactlyOnce() {
        server.stubFor(post(urlPathEqualTo(JOBS)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        try (DlcClient dlc = client()) {
            DlcClientException e = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(createJob()));
            assertThat(e.isRetryable()).isFalse();
        }
        assertThat(seen(JOBS)).isEqualTo(1);
    }

    @Test
    void createJob_500_isNotRetried() {
        server.stubFor(post(urlPathEqualTo(JOBS)).willReturn(aResponse().withStatus(500)
                .withBody("{\"Code\":\"InternalError\",\"Message\":\"oops\",\"RequestId\":\"r5\"}")));
        try (DlcClient dlc = client()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class, () -> dlc.createJob(createJob()));
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).isEqualTo("CreateJob: HTTP 500 InternalError: oops (RequestId: r5)");
        }
        assertThat(seen(JOBS)).isEqualTo(1);
    }

    @Test
    void createJob_throttled_isRetriedWithTheThrottlingBackoffAndSucceeds() {
        sequence(() -> post(urlPathEqualTo(JOBS)), aResponse().withStatus(429).withBody(THROTTLED),
                ok("{\"RequestId\":\"r\",\"JobId\":\"dlc-new\"}"));
        try (DlcClient dlc = client()) {
            CreateJobResponse created = dlc.createJob(createJob());
            assertThat(created.jobId()).contains("dlc-new");
        }
        assertThat(seen(JOBS)).isEqualTo(2);
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void throttlingAnsweredAs400_isRecognisedByItsCode() {
        sequence(() -> get(urlPathEqualTo(JOB)), aResponse().withStatus(400).withBody(THROTTLED), ok(JOB_JSON));
        try (DlcClient dlc = client()) {
            dlc.getJob("dlc-1");
        }
        assertThat(seen(JOB)).isEqualTo(2);
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void throttled_withTimeLeftHint_waitsExactlyThatLong() {
        sequence(() -> get(urlPathEqualTo(JOB)), aResponse().withStatus(429).withBody(THROTTLED)
                .withHeader("x-ratelimit-user-api", "Limit:100,Remain:0,TimeLeft:1234,Reset:1764370000"), ok(JOB_JSON));
        try (DlcClient dlc = client()) {
            dlc.getJob("dlc-1");
        }
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(1234));
    }

    @Test
    void throttledEveryTime_endsWithTheServiceError() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(429).withBody(THROTTLED)));
        DlcServiceException e;
        try (DlcClient dlc = client()) {
            e = catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
        }
        assertThat(seen(JOB)).isEqualTo(3);
        assertThat(e.isThrottling()).isTrue();
        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.errorCode()).isEqualTo("Throttling.User");
        assertThat(e.requestId()).isEqualTo("req-429");
        assertThat(e.hostId()).isEqualTo("pai-dlc.cn-hangzhou.aliyuncs.com");
        assertThat(e.recommend()).startsWith("https://api.aliyun.com/troubleshoot");
        assertThat(e.getMessage()).isEqualTo("GetJob: HTTP 429 Throttling.User: Request was denied due to user "
                + "flow control. (RequestId: req-429)");
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void html502_givesStatusContentTypeAndSizeButNotTheBody() {
        String html = "<html><body><h1>502 Bad Gateway</h1><p>secret-looking internals</p></body></html>";
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withHeader("x-acs-request-id", "hdr-id").withBody(html)));
        DlcServiceException e;
        try (DlcClient dlc = client()) {
            e = catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
        }
        assertThat(seen(JOB)).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("GetJob: HTTP 502 with a text/html body of " + html.length()
                + " bytes, not a DLC error response (RequestId: hdr-id)");
        assertThat(e.errorCode()).isNull();
        assertThat(e.requestId()).isEqualTo("hdr-id");
    }

    @Test
    void notFound_isNotRetriedAndCarriesTheErrorBody() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(404)
                .withBody("{\"requestId\":\"lower-1\",\"code\":\"JobNotFound\",\"message\":\"no such job\"}")));
        try (DlcClient dlc = client()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
            assertThat(e.getMessage()).isEqualTo("GetJob: HTTP 404 JobNotFound: no such job (RequestId: lower-1)");
            assertThat(e.isRetryable()).isFalse();
        }
        assertThat(seen(JOB)).isEqualTo(1);
    }

    @Test
    void unreadableSuccessBody_isAClientErrorAndNotRetried() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(ok("[not json")));
        try (DlcClient dlc = client()) {
            DlcClientException e = catchThrowableOfType(DlcClientException.class, () -> dlc.getJob("dlc-1"));
            assertThat(e.kind()).isEqualTo(DlcClientException.Kind.UNREADABLE_RESPONSE);
            assertThat(e.getMessage()).startsWith("GetJob: the response is not a valid GetJobResponse");
        }
        assertThat(seen(JOB)).isEqualTo(1);
    }

    @Test
    void readTimeout_retriesAGetButNeverACreate() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(ok(JOB_JSON).withFixedDelay(1500)));
        server.stubFor(post(urlPathEqualTo(JOBS)).willReturn(ok("{}").withFixedDelay(1500)));
        try (DlcClient dlc = harness.client(server).readTimeout(Duration.ofMillis(150)).build()) {
            DlcClientException get = catchThrowableOfType(DlcClientException.class, () -> dlc.getJob("dlc-1"));
            assertThat(get.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
            DlcClientException create = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(createJob()));
            assertThat(create.isRetryable()).isFalse();
        }
        assertThat(seen(JOB)).isEqualTo(3);
        assertThat(seen(JOBS)).isEqualTo(1);
    }

    @Test
    void createJob_connectionRefused_isRetriedUntilItConnects() {
        server.stubFor(post(urlPathEqualTo(JOBS)).willReturn(ok("{\"RequestId\":\"r\",\"JobId\":\"dlc-new\"}")));
        AtomicInteger connects = new AtomicInteger();
        SocketFactory refusingOnce = new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new Socket() {
                    @Override
                    public void connect(SocketAddress endpoint, int timeout) throws IOException {
                        if (connects.incrementAndGet() == 1) {
                            throw new ConnectException("Connection refused");
                        }
                        super.connect(endpoint, timeout);
                    }
                };
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress local, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
        OkHttpClient http = new OkHttpClient.Builder().socketFactory(refusingOnce).build();
        try (DlcClient dlc = harness.client(server).httpClient(http).build()) {
            assertThat(dlc.createJob(createJob()).jobId()).contains("dlc-new");
        }
        assertThat(connects.get()).isEqualTo(2);
        assertThat(seen(JOBS)).isEqualTo(1);
    }

    @Test
    void createJob_closedPort_isRetriedAndEndsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (DlcClient dlc = harness.client(server).endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .build()) {
            DlcClientException e = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(createJob()));
            assertThat(e.kind()).isEqualTo(DlcClientException.Kind.NOT_SENT);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).startsWith("CreateJob: could not connect to 127.0.0.1:" + closedPort)
                    .endsWith("the request was not sent");
        }
        assertThat(harness.sleeper.pauses).hasSize(2);
    }

    @Test
    void backoff_followsFullJitterExactly_withASeededJitterSource() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(503).withBody("{}")));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(100))
                .throttlingBaseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(300)).build();
        Random expected = new Random(42);
        Random used = new Random(42);
        try (DlcClient dlc = harness.client(server).retryPolicy(policy).jitter(used::nextDouble).build()) {
            catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
        }
        assertThat(seen(JOB)).isEqualTo(5);
        assertThat(harness.sleeper.pauses).containsExactly(
                Duration.ofMillis((long) (expected.nextDouble() * 100)),
                Duration.ofMillis((long) (expected.nextDouble() * 200)),
                Duration.ofMillis((long) (expected.nextDouble() * 300)),
                Duration.ofMillis((long) (expected.nextDouble() * 300)));
    }

    @Test
    void totalDeadline_stopsRetryingBeforeItWouldBeExceeded() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(503).withBody("{}")));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(8)).totalDeadline(Duration.ofSeconds(5)).build();
        try (DlcClient dlc = harness.client(server).retryPolicy(policy).jitter(() -> 0.99).build()) {
            catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
        }
        // pauses 990 + 1980 = 2970 ms; the next (3960) would end past 5 s
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(990), Duration.ofMillis(1980));
        assertThat(seen(JOB)).isEqualTo(3);
    }

    @Test
    void noRetryPolicy_sendsOnce() {
        server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(503).withBody("{}")));
        try (DlcClient dlc = harness.client(server).retryPolicy(RetryPolicy.none()).build()) {
            catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
        }
        assertThat(seen(JOB)).isEqualTo(1);
    }

    @Test
    void everyAttemptIsSignedAfresh() {
        sequence(() -> get(urlPathEqualTo(JOB)), aResponse().withStatus(503).withBody("{}"), ok(JOB_JSON));
        try (DlcClient dlc = client()) {
            dlc.getJob("dlc-1");
        }
        var requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(JOB)));
        assertThat(requests).extracting(r -> r.getHeader("x-acs-signature-nonce")).doesNotHaveDuplicates();
        assertThat(requests).extracting(r -> r.getHeader("x-acs-date"))
                .containsExactlyInAnyOrder("2026-11-28T23:37:25Z", "2026-11-28T23:37:25Z");
    }
}
