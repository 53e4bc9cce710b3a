package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.validation.ValidationException;
import io.github.dlckit.sdk.event.AttemptEvent;
import io.github.dlckit.sdk.event.CallEvent;
import io.github.dlckit.sdk.event.CallListener;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Listeners hear one event per attempt and one per call, from both clients, and cannot break a call. */
class CallListenerTest extends WireMockTestBase {

    private static final String JOB = "/api/v1/jobs/dlc-1";

    /** Records what it hears; {@code call} completes with the call event. */
    private static final class Recorder implements CallListener {
        final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
        final CompletableFuture<CallEvent> call = new CompletableFuture<>();

        @Override
        public void attemptFinished(AttemptEvent event) {
            attempts.add(event);
        }

        @Override
        public void callFinished(CallEvent event) {
            call.complete(event);
        }

        CallEvent callEvent() throws Exception {
            return call.get(10, TimeUnit.SECONDS);
        }
    }

    private static ResponseDefinitionBuilder busyThenOk() {
        server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)
                        .withBody("{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\",\"RequestId\":\"req-busy\"}"))
                .willSetStateTo("later"));
        ResponseDefinitionBuilder ok = aResponse().withStatus(200).withHeader("x-acs-request-id", "req-ok")
                .withBody("{\"JobId\":\"dlc-1\",\"Status\":\"Running\"}");
        server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs("later").willReturn(ok));
        return ok;
    }

    private static void assertRetriedThenSucceeded(Recorder heard) throws Exception {
        assertThat(heard.attempts).hasSize(2);
        AttemptEvent busy = heard.attempts.get(0);
        assertThat(busy.operation()).isEqualTo("GetJob");
        assertThat(busy.attempt()).isEqualTo(1);
        assertThat(busy.statusCode()).hasValue(503);
        assertThat(busy.requestId()).contains("req-busy");
        assertThat(busy.failure()).containsInstanceOf(DlcServiceException.class);
        assertThat(busy.retryDelay()).contains(Duration.ofMillis(50));

        AttemptEvent ok = heard.attempts.get(1);
        assertThat(ok.attempt()).isEqualTo(2);
        assertThat(ok.statusCode()).hasValue(200);
        assertThat(ok.requestId()).contains("req-ok");
        assertThat(ok.failure()).isEmpty();
        assertThat(ok.retryDelay()).isEmpty();

        CallEvent call = heard.callEvent();
        assertThat(call.operation()).isEqualTo("GetJob");
        assertThat(call.succeeded()).isTrue();
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(call.requestId()).contains("req-ok");
        assertThat(call.duration()).isGreaterThanOrEqualTo(ok.latency());
        assertThat(call.toString()).isEqualTo("GetJob: succeeded after 2 attempts in " + call.duration().toMillis()
                + " ms, request id req-ok");
    }

    @Test
    void blockingClient_anAttemptEventPerAttempt_andOneCallEvent() throws Exception {
        busyThenOk();
        Recorder heard = new Recorder();
        try (DlcClient dlc = harness.client(server).addListener(heard).build()) {
            assertThat(dlc.getJob("dlc-1").jobId()).contains("dlc-1");
        }
        assertRetriedThenSucceeded(heard);
    }

    @Test
    void asyncClient_theSameEvents() throws Exception {
        busyThenOk();
        Recorder heard = new Recorder();
        try (DlcAsyncClient dlc = harness.asyncClient(server).addListener(heard).build()) {
            assertThat(dlc.getJob("dlc-1").get(10, TimeUnit.SECONDS).jobId()).contains("dlc-1");
            assertRetriedThenSucceeded(heard);
        }
    }

    @Test
    void aTransportFailure_hasNoStatus_andTheCallEventCarriesWhatTheCallerGot() throws Exception {
        server.stubFor(post(urlPathEqualTo("/api/v1/jobs")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Recorder heard = new Recorder();
        Throwable thrown;
        try (DlcClient dlc = harness.client(server).addListener(heard).build()) {
            thrown = catchThrowable(() -> dlc.createJob(FailureBehaviourTest.createJob()));
        }
        assertThat(thrown).isInstanceOf(DlcClientException.class);
        assertThat(heard.attempts).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).isEmpty();
            assertThat(a.failure()).containsSame((DlcClientException) thrown);
            assertThat(a.retryDelay()).as("a sent CreateJob is never retried").isEmpty();
        });
        CallEvent call = heard.callEvent();
        assertThat(call.succeeded()).isFalse();
        assertThat(call.attempts()).isEqualTo(1);
        assertThat(call.failure()).containsSame(thrown);
    }

    @Test
    void aRequestRefusedBeforeSending_isACallOfNoAttempts() throws Exception {
        Recorder heard = new Recorder();
        try (DlcClient dlc = harness.client(server).addListener(heard).build()) {
            catchThrowable(() -> dlc.createJob(CreateJobRequest.builder().build()));
        }
        assertThat(heard.attempts).isEmpty();
        CallEvent call = heard.callEvent();
        assertThat(call.operation()).isEqualTo("CreateJob");
        assertThat(call.attempts()).isZero();
        assertThat(call.failure()).containsInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aThrowingListener_changesNothing_andTheNextListenerStillHears() throws Exception {
        busyThenOk();
        CallListener broken = new CallListener() {
            @Override
            public void attemptFinished(AttemptEvent event) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callFinished(CallEvent event) {
                throw new IllegalStateException("listener bug");
            }
        };
        Recorder heard = new Recorder();
        try (DlcClient dlc = harness.client(server).addListener(broken).addListener(heard).build()) {
            assertThat(dlc.getJob("dlc-1").status()).contains("Running");
        }
        assertRetriedThenSucceeded(heard);
    }
}
