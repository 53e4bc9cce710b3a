package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.control.JobOverview;
import io.github.dlckit.mock.control.JobSavings;
import io.github.dlckit.mock.control.PoolHistoryView;
import io.github.dlckit.mock.control.PreemptionView;
import io.github.dlckit.mock.control.SettingsView;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.UpdateJobRequest;
import io.github.dlckit.mock.DlcMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.faultTolerantLingjun;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static org.assertj.core.api.Assertions.assertThat;

/** M18, M19, M20, M27–M29, M31–M33 and the facts they model (R27, R30, R35, R36): the third edition's additions. */
class StopRestartAndControlRulesTest extends SpotContract {

    @AfterEach
    void serverOptionsBack() {
        control.updateSettings(SettingsView.releaseReasonCode("JobFailed"));
    }

    @Test
    void M27_jobMaxRunningTimeMinutesCountsRunningTimeOnly_thenStoppingWithJobRunningTimeExceeded() {
        String id = submit(generalPurpose(0.011).toBuilder().jobMaxRunningTimeMinutes(2L).build());
        advance(30); // EnvPreparing does not count
        Instant running = entered(id, JobStatus.RUNNING);
        advance(119);
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        advance(1);

        GetJobResponse stopping = job(id);
        assertThat(stopping.statusEnum()).isEqualTo(JobStatus.STOPPING);
        assertThat(stopping.reasonCode()).contains("JobRunningTimeExceeded");
        assertThat(entered(id, JobStatus.STOPPING)).isEqualTo(running.plusSeconds(120));
        assertThat(pool(G7).allocated()).as("instances back as Stopping begins (M28)").isZero();
        assertThat(events(id)).anySatisfy(e -> assertThat(e).contains(" Warning JobRunningTimeExceeded "));
        advance(5);
        assertThat(status(id)).isEqualTo(JobStatus.STOPPED);
    }

    @Test
    void M28_stopGivesTheInstancesBackAtOnce_latePriorityChangesAreIgnored() {
        String id = submit(generalPurpose(0.011));
        dlc.updateJob(UpdateJobRequest.builder().jobId(id).priority(5).build());
        assertThat(job(id).priority()).as("EnvPreparing still takes a priority").hasValue(5);
        advance(30);
        dlc.updateJob(UpdateJobRequest.builder().jobId(id).priority(9).build());
        assertThat(job(id).priority()).as("Running: 200, nothing changes").hasValue(5);
        assertThat(events(id)).anySatisfy(e -> assertThat(e).contains(" Warning PriorityUpdateIgnored "));

        dlc.stopJob(id);
        assertThat(pool(G7).allocated()).isZero();
        assertThat(job(id).reasonMessage()).contains("Job is stopped by user.");
        advance(5);
        assertThat(job(id).pods()).allSatisfy(p -> assertThat(p.status()).contains("Stopped"));
        assertThat(job(id).reasonMessage()).contains("Job is stopped by user.");
    }

    @Test
    void M32_preemptionOnRequest_throughTheMarketsPath_faultToleranceApplies() {
        change(GU108, c -> c.protectionSeconds(3600));
        String id = submit(faultTolerantLingjun(3));
        advance(40);

        PreemptionView answer = control.preempt(id, null, "Price");
        assertThat(answer.releaseAt()).as("protection is ignored").isEqualTo(now().toString());
        GetJobResponse restarted = job(id);
        assertThat(restarted.restartTimes()).contains("1/3");
        assertThat(restarted.statusHistory()).filteredOn(t -> t.statusEnum() == JobStatus.RESTARTING).singleElement()
                .satisfies(t -> assertThat(t.reasonMessage().orElseThrow()).contains("was preempted on request (cause"
                        + " Price)"));
        assertThat(restarted.subStatus()).contains("Restarting");
        assertThat(restarted.statusEnum()).as("no price changed: allocated again at once")
                .isEqualTo(JobStatus.ENV_PREPARING);

        String plain = submit(generalPurpose(0.011));
        control.preempt(plain, null, "Stock");
        assertReleased(plain, "on request (cause Stock)");
    }

    @Test
    void M30_controlAndErrorAnswersCarrySeededRequestIds_aResetRestartsTheirStream(DlcMockServer server)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI reset = URI.create(server.baseUrl() + "/mock/v1/reset");
        URI unknownRoute = URI.create(server.baseUrl() + "/mock/v1/no-such-route");
        URI unsigned = URI.create(server.baseUrl() + "/api/v1/jobs");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> ids : List.of(first, second)) {
            http.send(HttpRequest.newBuilder(reset).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            for (URI uri : List.of(unknownRoute, unsigned, reset)) {
                HttpRequest request = uri == reset
                        ? HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build()
                        : HttpRequest.newBuilder(uri).GET().build();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                ids.add(answer.headers().firstValue("x-acs-request-id").orElseThrow());
            }
        }
        assertThat(first).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"));
        assertThat(second).as("the same seed after a reset: the same ids").isEqualTo(first);
    }

    @Test
    void M33_theJobsViewShowsEveryAccountsQueueInOrder() {
        price(G7, "0.0117");
        String first = submit(generalPurpose(0.011));
        advance(1);
        String second = submit(generalPurpose(0.0117));

        assertThat(control.jobs()).extracting(JobOverview::jobId).containsSubsequence(first, second);
        JobOverview waiting = control.jobs().stream().filter(j -> j.jobId().equals(first)).findFirst().orElseThrow();
        assertThat(waiting.reasonCode()).isEqualTo("SpotPriceTooLow");
        assertThat(waiting.allocatedTime()).isNull();
        assertThat(waiting.roles().get(0).allocated()).isZero();
    }

    @Test
    void M29_savingsReportSpotAgainstOnDemand_withWaitingAndPreemptions() {
        price(G7, "0.0117");
        change(G7, c -> c.protectionSeconds(0));
        String id = submit(generalPurpose(0.011));
        advance(60);
        price(G7, "0.00585");
        advance(600);
        control.preempt(id, 0L, null);

        JobSavings saved = control.savings(id).get(0);
        assertThat(saved.waitingSeconds()).isEqualTo(60);
        assertThat(saved.heldSeconds()).isEqualTo(600);
        assertThat(saved.preemptions()).isEqualTo(1);
        assertThat(saved.savingsPercent()).isEqualByComparingTo("50.00");
    }

    @Test
    void M31_eachPoolKeepsItsHistory_valuesInForceAtTheStartThenEveryChange() {
        Instant start = now();
        change(G7, c -> c.capacity(3));
        price(G7, "0.006");
        submit(generalPurpose(0.011));

        PoolHistoryView history = control.history(G7, start, null);
        assertThat(history.points()).last().satisfies(p -> {
            assertThat(p.capacity()).isEqualTo(3);
            assertThat(p.allocated()).isEqualTo(1);
            assertThat(p.marketPrice()).isEqualByComparingTo("0.006");
        });
        assertThat(history.points().get(0).time()).isEqualTo(start.toString());
    }

    @Test
    void M10_theReleaseReasonCodeOptionRestoresTheFirstEditionsCode_aPoolMayOverrideIt() {
        change(G7, c -> c.protectionSeconds(0));
        control.updateSettings(SettingsView.releaseReasonCode("PreemptibleResourceReleased"));
        String id = submit(generalPurpose(0.011));
        control.preempt(id, 0L, null);
        assertThat(job(id).reasonCode()).contains("PreemptibleResourceReleased");

        change(G7, c -> c.releaseReasonCode("JobFailed"));
        String other = submit(generalPurpose(0.011));
        outbid(G7);
        assertThat(job(other).reasonCode()).contains("JobFailed");
    }

    @Test
    void M18_aFailedUserCommandRestartsWithJobRestartOn_upToItsCap() {
        JobSettings restart = JobSettings.builder().enableErrorMonitoringInAiMaster(true)
                .errorMonitoringArgs("--enable-job-restart True --max-num-of-job-restart 1").build();
        String id = submit(SpotJobs.lingjun(0.4, true).toBuilder().userCommand("sleep 10 && exit 3")
                .settings(restart).build());
        advance(30 + 10);
        GetJobResponse restarting = job(id);
        assertThat(restarting.statusEnum()).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(restarting.restartRecord()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("UserCommandFailed"));
        assertThat(pool(GU108).allocated()).as("keeps its instances").isEqualTo(1);
        advance(30 + 10);
        GetJobResponse failed = job(id);
        assertThat(failed.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reasonMessage()).contains("the user command exited with code 3; restart budget of 1 spent");
    }

    @Test
    void M19_podCountersFollowTheJob_queuingDequeuedActive() {
        price(G7, "0.0117");
        String id = submit(generalPurpose(0.011));
        assertThat(job(id).jobReplicaStatuses()).singleElement().satisfies(r -> {
            assertThat(r.queuing()).hasValue(1);
            assertThat(r.dequeued()).hasValue(0);
        });
        price(G7, "0.005");
        assertThat(job(id).jobReplicaStatuses()).singleElement().satisfies(r -> {
            assertThat(r.queuing()).hasValue(0);
            assertThat(r.dequeued()).hasValue(1);
        });
        advance(30);
        assertThat(job(id).jobReplicaStatuses()).singleElement().satisfies(r -> {
            assertThat(r.dequeued()).hasValue(0);
            assertThat(r.active()).hasValue(1);
            assertThat(r.currentSpotInstanceType()).contains(G7);
        });
    }

    @Test
    void M20_eventsUseTheVocabulary_andTheDefaultWindowIsTheLastSevenDays() {
        String id = submit(generalPurpose(0.011).toBuilder().userCommand("sleep 60").build());
        advance(30 + 60);
        assertThat(events(id)).extracting(e -> e.split(" ")[2]).containsSubsequence("JobCreated", "SpotAllocated",
                "EnvPreparing", "JobRunning", "JobSucceeded");
        advance(8 * 24 * 3600);
        assertThat(events(id)).as("older than 7 days: outside the default window").isEmpty();
    }
}
