package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.api.view.JobView;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.DeleteJobRequest;
import io.github.dlckit.model.GetJobEventsRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetPodLogsRequest;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.StopJobRequest;
import io.github.dlckit.model.UpdateJobRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** M10, M12, M15 and the job operations on a pay-as-you-go job (resources at once), through the engine only. */
class JobLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final Caller ALICE = new Caller("acct-alice", "cn-wulanchabu", "alice");
    private static final Caller BOB = new Caller("acct-bob", "cn-wulanchabu", "bob");

    private final DlcEngine engine = new DlcEngine(EngineConfig.defaults(T0));

    private static CreateJobRequest job(String command) {
        return CreateJobRequest.builder().displayName("train").jobType("PyTorchJob").userCommand(command)
                .workspaceId("ws-1")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(2).ecsSpec("ecs.g7.xlarge").build()).build();
    }

    private String submit(Caller caller, CreateJobRequest request) {
        return engine.execute(c -> c.jobs().createJob(caller, request)).jobId();
    }

    private GetJobResponse get(Caller caller, String id) {
        return engine.execute(c -> JobView.getJob(c.jobs().getJob(caller, GetJobRequest.of(id)), c.clock().now(), true));
    }

    private void advance(long seconds) {
        engine.execute(c -> c.clock().advanceBy(Duration.ofSeconds(seconds)));
    }

    @Test
    void M10_M15_payAsYouGoJobPreparesRunsAndSucceeds() {
        String id = submit(ALICE, job("echo start && sleep 120 && echo done"));
        // Creating and Queuing last no time for a pay-as-you-go job: its instances come at once.
        assertThat(get(ALICE, id).statusEnum()).isEqualTo(JobStatus.ENV_PREPARING);
        advance(29);
        assertThat(get(ALICE, id).statusEnum()).isEqualTo(JobStatus.ENV_PREPARING);
        advance(1);
        GetJobResponse running = get(ALICE, id);
        assertThat(running.statusEnum()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.pods()).hasSize(2).allSatisfy(p -> assertThat(p.status()).contains("Running"));
        assertThat(running.gmtRunningTime()).contains("2026-11-29T00:00:30Z");

        advance(120);
        GetJobResponse done = get(ALICE, id);
        assertThat(done.statusEnum()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.gmtFinishTime()).contains("2026-11-29T00:02:30Z");
        assertThat(done.statusHistory()).extracting(t -> t.status().orElse("")).containsExactly(
                "Creating", "Queuing", "EnvPreparing", "Running", "Succeeded");
        assertThat(done.statusHistory().get(3).endTime()).contains("2026-11-29T00:02:30Z");
        assertThat(done.duration().getAsLong()).isEqualTo(120);
    }

    @Test
    void M12_failingCommandFailsTheJobAndLogsFollowTheScript() {
        String id = submit(ALICE, job("echo a && sleep 10 && echo b && exit 2"));
        advance(35);
        String pod = get(ALICE, id).pods().get(0).podId().orElseThrow();
        assertThat(engine.execute(c -> c.jobs().getPodLogs(ALICE, GetPodLogsRequest.of(id, pod))).lines()).containsExactly("a");

        advance(10);
        assertThat(get(ALICE, id).statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(get(ALICE, id).reasonMessage()).contains("the user command exited with code 2");
        assertThat(engine.execute(c -> c.jobs().getPodLogs(ALICE, GetPodLogsRequest.of(id, pod))).lines()).containsExactly("a", "b");
    }

    @Test
    void M10_stopGoesThroughStoppingToStopped() {
        String id = submit(ALICE, job("sleep 600"));
        advance(60);

        engine.execute(c -> c.jobs().stopJob(ALICE, StopJobRequest.of(id)));
        assertThat(get(ALICE, id).statusEnum()).isEqualTo(JobStatus.STOPPING);
        advance(5);

        GetJobResponse stopped = get(ALICE, id);
        assertThat(stopped.statusEnum()).isEqualTo(JobStatus.STOPPED);
        assertThat(stopped.reasonCode()).contains("JobStoppedByUser");
        assertThatThrownBy(() -> engine.execute(c -> c.jobs().stopJob(ALICE, StopJobRequest.of(id))))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    void M20_everyStatusChangeIsInTheEventLog_withItsOwnReason() {
        String id = submit(ALICE, job("sleep 5"));
        advance(100);

        var events = engine.execute(c -> c.jobs().getJobEvents(ALICE, GetJobEventsRequest.of(id))).lines();
        var history = get(ALICE, id).statusHistory();

        assertThat(events.stream().filter(e -> e.contains(" created as ") || e.contains(" changed from ")).count())
                .isEqualTo(history.size());
        assertThat(events).anySatisfy(e -> assertThat(e).contains(" Normal JobQueued "))
                .anySatisfy(e -> assertThat(e).contains(" Normal JobRunning "))
                .anySatisfy(e -> assertThat(e).contains(" Normal JobSucceeded "));
        assertThat(events).anySatisfy(e -> assertThat(e).contains("changed from Running to Succeeded"));
    }

    @Test
    void accountsNeverSeeEachOthersJobs() {
        String id = submit(ALICE, job("sleep 5"));

        assertThatThrownBy(() -> get(BOB, id)).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(engine.execute(c -> c.jobs().listJobs(BOB, ListJobsRequest.builder().build())).totalCount())
                .isZero();
    }

    @Test
    void listFiltersSortsAndPages() {
        for (int i = 0; i < 5; i++) {
            submit(ALICE, job("sleep " + (10 + i)));
            advance(1);
        }
        advance(100);
        submit(ALICE, job("sleep 1000").toBuilder().displayName("other").build());

        var page = engine.execute(c -> c.jobs().listJobs(ALICE, ListJobsRequest.builder().pageSize(2).pageNumber(2)
                .status("Succeeded").sortBy("GmtCreateTime").order("asc").build()));

        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).createTime()).isEqualTo(T0.plusSeconds(2));
        assertThat(engine.execute(c -> c.jobs().listJobs(ALICE, ListJobsRequest.builder().displayName("oth").build()))
                .totalCount()).isEqualTo(1);
    }

    @Test
    void deleteNeedsAnEndedJob() {
        String id = submit(ALICE, job("sleep 5"));
        assertThatThrownBy(() -> engine.execute(c -> c.jobs().deleteJob(ALICE, DeleteJobRequest.of(id))))
                .hasMessageContaining("stop it before deleting it");
        advance(60);

        engine.execute(c -> c.jobs().deleteJob(ALICE, DeleteJobRequest.of(id)));

        assertThatThrownBy(() -> get(ALICE, id)).isInstanceOf(EngineException.class);
    }

    @Test
    void R5_spotJobsCannotChangeTheirInstanceTypeOrBid() {
        CreateJobRequest spot = job("sleep 5").toBuilder().jobSpecs(java.util.List.of(JobSpec.builder().type("Worker")
                .podCount(1).ecsSpec("ecs.g7.xlarge").spotSpec(io.github.dlckit.model.SpotSpec.priceLimit(0.011)).build())).build();
        String id = submit(ALICE, spot);

        assertThatThrownBy(() -> engine.execute(c -> c.jobs().updateJob(ALICE, UpdateJobRequest.builder().jobId(id)
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec("ecs.g8i.xlarge")
                        .spotSpec(io.github.dlckit.model.SpotSpec.priceLimit(0.011)).build()).build())))
                .isInstanceOf(EngineException.class).hasMessageContaining("R5");
        engine.execute(c -> c.jobs().updateJob(ALICE, UpdateJobRequest.builder().jobId(id).priority(7).build()));
        assertThat(get(ALICE, id).priority()).hasValue(7);
    }

    @Test
    void reservedMinutesKeepTheJobInAReservingStatus() {
        String id = submit(ALICE, job("sleep 10").toBuilder()
                .settings(JobSettings.builder().jobReservedMinutes(2).build()).build());
        advance(40);
        assertThat(get(ALICE, id).statusEnum()).isEqualTo(JobStatus.SUCCEEDED_RESERVING);
        advance(120);
        assertThat(get(ALICE, id).statusEnum()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void resetForgetsJobsAndKeepsTheClock() {
        String id = submit(ALICE, job("sleep 5"));
        advance(50);

        engine.reset();

        assertThat(engine.now()).isEqualTo(T0.plusSeconds(50));
        assertThatThrownBy(() -> get(ALICE, id)).isInstanceOf(EngineException.class);
    }
}
