package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.validation.ValidationException;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The asynchronous client: the same outcomes as the blocking one, futures failing with the same exception types. */
class AsyncClientTest extends WireMockTestBase {

    private static Throwable failureOf(CompletableFuture<?> future) {
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void getJob_503Then200_completesAfterARetryOnTheDelayer() throws Exception {
        server.stubFor(get(urlPathEqualTo(FailureBehaviourTest.JOB)).inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503).withBody("{}"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(FailureBehaviourTest.JOB)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(FailureBehaviourTest.JOB_JSON)));
        try (DlcAsyncClient dlc = harness.asyncClient(server).build()) {
            GetJobResponse job = dlc.getJob("dlc-1").get(10, TimeUnit.SECONDS);
            assertThat(job.statusEnum().wireValue()).isEqualTo("Running");
        }
        assertThat(seen(FailureBehaviourTest.JOB)).isEqualTo(2);
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void createJob_resetAfterSending_failsOnceWithOutcomeUnknown() {
        server.stubFor(post(urlPathEqualTo(FailureBehaviourTest.JOBS))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (DlcAsyncClient dlc = harness.asyncClient(server).build()) {
            Throwable failure = failureOf(dlc.createJob(FailureBehaviourTest.createJob()));
            assertThat(failure).isInstanceOf(DlcClientException.class).hasMessageContaining("outcome is unknown");
            assertThat(((DlcClientException) failure).isRetryable()).isFalse();
        }
        assertThat(seen(FailureBehaviourTest.JOBS)).isEqualTo(1);
    }

    @Test
    void notFound_failsWithTheServiceException() {
        server.stubFor(get(urlPathEqualTo(FailureBehaviourTest.JOB)).willReturn(aResponse().withStatus(404)
                .withBody("{\"Code\":\"JobNotFound\",\"Message\":\"gone\",\"RequestId\":\"r404\"}")));
        try (DlcAsyncClient dlc = harness.asyncClient(server).build()) {
            Throwable failure = failureOf(dlc.getJob("dlc-1"));
            assertThat(failure).isInstanceOf(DlcServiceException.class)
                    .hasMessage("GetJob: HTTP 404 JobNotFound: gone (RequestId: r404)");
        }
    }

    @Test
    void invalidRequest_failsTheFutureWithTheValidationException() {
        try (DlcAsyncClient dlc = harness.asyncClient(server).build()) {
            Throwable failure = failureOf(dlc.createJob(CreateJobRequest.builder().build()));
            assertThat(failure).isInstanceOf(ValidationException.class).hasMessageContaining("DisplayName");
        }
        assertThat(server.findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))).isEmpty();
    }

    @Test
    void closedPort_retriesAndFailsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (DlcAsyncClient dlc = harness.asyncClient(server)
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort)).build()) {
            Throwable failure = failureOf(dlc.createJob(FailureBehaviourTest.createJob()));
            assertThat(((DlcClientException) failure).kind()).isEqualTo(DlcClientException.Kind.NOT_SENT);
        }
        assertThat(harness.sleeper.pauses).hasSize(2);
    }

    @Test
    void waiter_pollsWithTheClientsDelayer() throws Exception {
        server.stubFor(get(urlPathEqualTo(FailureBehaviourTest.JOB)).inScenario("job")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("running")
                .willReturn(aResponse().withStatus(200).withBody("{\"JobId\":\"dlc-1\",\"Status\":\"Queuing\"}")));
        server.stubFor(get(urlPathEqualTo(FailureBehaviourTest.JOB)).inScenario("job").whenScenarioStateIs("running")
                .willReturn(aResponse().withStatus(200).withBody("{\"JobId\":\"dlc-1\",\"Status\":\"Running\"}")));
        try (DlcAsyncClient dlc = harness.asyncClient(server).build()) {
            WaitResult result = dlc.waiter().untilRunning("dlc-1", WaitOptions.builder()
                    .pollInterval(Duration.ofSeconds(20)).build()).get(10, TimeUnit.SECONDS);
            assertThat(result.outcome()).isEqualTo(WaitOutcome.RUNNING);
        }
        assertThat(harness.sleeper.pauses).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void closedClient_failsTheFuture() {
        DlcAsyncClient dlc = harness.asyncClient(server).build();
        dlc.close();
        assertThat(failureOf(dlc.getJob("dlc-1"))).isInstanceOf(DlcClientException.class)
                .hasMessage("GetJob: the client is closed");
    }
}
