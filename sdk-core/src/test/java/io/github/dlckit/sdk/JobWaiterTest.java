package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.waiter.AsyncJobWaiter;
import io.github.dlckit.sdk.waiter.JobWaiter;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobWaiterTest {

    final MutableClock clock = new MutableClock(Fakes.START);
    final Fakes.RecordingSleeper sleeper = new Fakes.RecordingSleeper(clock);
    final List<String> changes = new ArrayList<>();

    /** Answers GetJob with the given statuses in turn, repeating the last. */
    static Function<GetJobRequest, GetJobResponse> statuses(GetJobResponse... jobs) {
        Deque<GetJobResponse> left = new ArrayDeque<>(List.of(jobs));
        return r -> left.size() > 1 ? left.poll() : left.peek();
    }

    static GetJobResponse job(String status) {
        return GetJobResponse.builder().jobId("dlc-1").status(status).build();
    }

    private WaitOptions.Builder options() {
        return WaitOptions.builder().pollInterval(Duration.ofSeconds(10))
                .listener((previous, current, job) -> changes.add(previous + "->" + current));
    }

    @Test
    void untilRunning_reportsEachStatusChangeInOrder() {
        JobWaiter waiter = JobWaiter.create(statuses(job("Queuing"), job("Queuing"), job("Bidding"), job("Running")),
                clock, sleeper);
        WaitResult result = waiter.untilRunning("dlc-1", options().build());
        assertThat(result.outcome()).isEqualTo(WaitOutcome.RUNNING);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(30));
        assertThat(changes).containsExactly("null->QUEUING", "QUEUING->BIDDING", "BIDDING->RUNNING");
        assertThat(sleeper.pauses).containsOnly(Duration.ofSeconds(10)).hasSize(3);
    }

    @Test
    void untilTerminal_aFailureWithoutTheSignsOfPreemptionEndsFailedWithItsReason() {
        GetJobResponse preempted = GetJobResponse.builder().jobId("dlc-1").status("Failed")
                .reasonCode("JobPreempted").reasonMessage("spot instance reclaimed").build();
        JobWaiter waiter = JobWaiter.create(statuses(job("Running"), preempted), clock, sleeper);
        WaitResult result = waiter.untilTerminal("dlc-1", options().build());
        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(result.reasonCode()).contains("JobPreempted");
        assertThat(result.reasonMessage()).contains("spot instance reclaimed");
        assertThat(result.job()).isSameAs(preempted);
        assertThat(changes).containsExactly("null->RUNNING", "RUNNING->FAILED");
    }

    @Test
    void untilRunning_aJobThatEndsFirstEndsTheWait() {
        JobWaiter waiter = JobWaiter.create(statuses(job("Queuing"), job("Stopped")), clock, sleeper);
        assertThat(waiter.untilRunning("dlc-1", options().build()).outcome()).isEqualTo(WaitOutcome.STOPPED);
    }

    @Test
    void timeout_endsTimedOutAfterAShortenedLastPause() {
        JobWaiter waiter = JobWaiter.create(statuses(job("Queuing")), clock, sleeper);
        WaitResult result = waiter.untilRunning("dlc-1", options().timeout(Duration.ofSeconds(25)).build());
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(sleeper.pauses).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(25));
        assertThat(changes).containsExactly("null->QUEUING");
    }

    @Test
    void backoff_growsThePauseUpToItsCap() {
        JobWaiter waiter = JobWaiter.create(statuses(job("Queuing"), job("Queuing"), job("Queuing"), job("Queuing"),
                job("Succeeded")), clock, sleeper);
        WaitResult result = waiter.untilTerminal("dlc-1", options().backoff(2.0, Duration.ofSeconds(30)).build());
        assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(sleeper.pauses).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void asyncWaiter_drivesTheSameProgressOnADelayer() throws Exception {
        Function<GetJobRequest, GetJobResponse> sync = statuses(job("Queuing"), job("Running"), job("Failed"));
        AsyncJobWaiter waiter = AsyncJobWaiter.create(r -> CompletableFuture.completedFuture(sync.apply(r)), clock,
                (task, delay) -> {
                    sleeper.sleep(delay);
                    task.run();
                });
        WaitResult result = waiter.untilTerminal("dlc-1", options().build()).get(5, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(changes).containsExactly("null->QUEUING", "QUEUING->RUNNING", "RUNNING->FAILED");
        assertThat(sleeper.pauses).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void asyncWaiter_failsWithTheGetJobException() {
        CompletableFuture<GetJobResponse> notFound = new CompletableFuture<>();
        notFound.completeExceptionally(new DlcServiceException("GetJob: HTTP 404 JobNotFound", 404, "JobNotFound",
                null, null, null, null, false));
        AsyncJobWaiter waiter = AsyncJobWaiter.create(r -> notFound, clock, (task, delay) -> task.run());
        assertThatThrownBy(() -> waiter.untilRunning("dlc-1", options().build()).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DlcServiceException.class);
    }

    @Test
    void clientWaiter_pollsGetJobWithTheClientsClockAndSleeper() {
        WireMockServer server = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
        server.start();
        String[] states = {Scenario.STARTED, "2", "3"};
        String[] bodies = {"Creating", "Running", "Succeeded"};
        for (int i = 0; i < states.length; i++) {
            server.stubFor(get(urlPathEqualTo("/api/v1/jobs/dlc-1")).inScenario("job").whenScenarioStateIs(states[i])
                    .willReturn(aResponse().withStatus(200).withBody("{\"JobId\":\"dlc-1\",\"Status\":\"" + bodies[i] + "\"}"))
                    .willSetStateTo(i + 1 < states.length ? states[i + 1] : states[i]));
        }
        Fakes.Harness harness = new Fakes.Harness();
        try (DlcClient dlc = harness.client(server).build()) {
            WaitResult result = dlc.waiter().untilTerminal("dlc-1", WaitOptions.builder()
                    .pollInterval(Duration.ofSeconds(15)).build());
            assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(result.job().statusEnum()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(harness.sleeper.pauses).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
        } finally {
            server.stop();
        }
    }
}
