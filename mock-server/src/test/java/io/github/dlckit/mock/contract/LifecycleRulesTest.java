package io.github.dlckit.mock.contract;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.StatusTransitionItem;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** R25, M10 and M12: the statuses a spot job goes through, and what its command does. */
class LifecycleRulesTest extends SpotContract {

    private final Set<JobStatus> reported = EnumSet.noneOf(JobStatus.class);

    @Test
    void R25_everyJobStatusIsReachedAndReported_withHistoryEventsReasonsAndRestarts() {
        outbid(G7);
        String stopped = submit(generalPurpose(0.006));
        observe(stopped, JobStatus.QUEUING);
        dlc.stopJob(stopped);
        observe(stopped, JobStatus.STOPPING);
        advance(5);
        observe(stopped, JobStatus.STOPPED);

        change(GU108, c -> c.protectionSeconds(0));
        outbid(GU108);
        String succeeded = submit(lingjun(0.4, true).toBuilder().userCommand("sleep 60").settings(JobSettings.builder()
                .enableErrorMonitoringInAiMaster(true).enableSanityCheck(true).jobReservedMinutes(1).build()).build());
        observe(succeeded, JobStatus.BIDDING);
        assertThat(job(succeeded).jobReplicaStatuses()).allSatisfy(r -> assertThat(r.currentSpotInstanceType()).isEmpty());
        underbid(GU108);
        observe(succeeded, JobStatus.ENV_PREPARING);
        advance(30);
        observe(succeeded, JobStatus.SANITY_CHECKING);
        advance(60);
        observe(succeeded, JobStatus.RUNNING);
        assertThat(job(succeeded).jobReplicaStatuses()).singleElement()
                .satisfies(r -> assertThat(r.currentSpotInstanceType()).contains(GU108));
        outbid(GU108);
        observe(succeeded, JobStatus.BIDDING);
        underbid(GU108);
        advance(30 + 60 + 60);
        observe(succeeded, JobStatus.SUCCEEDED_RESERVING);
        advance(60);
        observe(succeeded, JobStatus.SUCCEEDED);

        String failed = submit(generalPurpose(0.0117).toBuilder().userCommand("exit 1").settings(JobSettings.builder()
                .jobReservedMinutes(1).build()).build());
        advance(31);
        observe(failed, JobStatus.FAILED_RESERVING);
        advance(60);
        observe(failed, JobStatus.FAILED);

        List.of(stopped, succeeded, failed).forEach(id -> reported.addAll(history(id)));
        assertThat(reported).isEqualTo(EnumSet.complementOf(EnumSet.of(JobStatus.UNKNOWN)));
        assertThat(job(stopped).reasonCode()).contains("JobStoppedByUser");
        assertThat(job(succeeded).reasonCode()).contains("JobSucceeded");
        assertThat(job(failed).reasonCode()).contains("JobFailed");
        assertThat(job(succeeded).restartTimes()).contains("1/10");
        assertThat(job(succeeded).restartRecord()).singleElement()
                .satisfies(r -> assertThat(r.occurPhase()).contains("Running"));
        for (String id : List.of(stopped, succeeded, failed)) {
            assertHistoryIsContinuousAndLogged(id);
        }
    }

    @Test
    void M10_generalPurposeJobsQueue_lingjunJobsBid_thenEnvPreparingRunningSucceeded() {
        outbid(G7);
        outbid(GU108);
        String general = submit(generalPurpose(0.006).toBuilder().userCommand("sleep 60").build());
        String lingjun = submit(lingjun(0.4, false).toBuilder().userCommand("sleep 60").build());
        underbid(G7);
        underbid(GU108);
        advance(30 + 60);

        assertThat(history(general)).containsExactly(JobStatus.CREATING, JobStatus.QUEUING, JobStatus.ENV_PREPARING,
                JobStatus.RUNNING, JobStatus.SUCCEEDED);
        assertThat(history(lingjun)).containsExactly(JobStatus.CREATING, JobStatus.BIDDING, JobStatus.ENV_PREPARING,
                JobStatus.RUNNING, JobStatus.SUCCEEDED);
    }

    @Test
    void M10_stopJobGivesStoppingThenStoppedFromEveryStatusThatHasNotEnded() {
        price(G7, "0.008");
        outbid(GU108);
        String queuing = submit(generalPurpose(0.006));
        String bidding = submit(lingjun(0.4, false));
        String running = submit(generalPurpose(0.011));
        advance(30);
        String preparing = submit(generalPurpose(0.011));
        List<String> jobs = List.of(queuing, bidding, preparing, running);
        assertThat(jobs).extracting(this::status).containsExactly(JobStatus.QUEUING, JobStatus.BIDDING,
                JobStatus.ENV_PREPARING, JobStatus.RUNNING);

        jobs.forEach(dlc::stopJob);
        assertThat(jobs).extracting(this::status).containsOnly(JobStatus.STOPPING);
        advance(5);

        assertThat(jobs).allSatisfy(id -> {
            assertThat(history(id)).endsWith(JobStatus.STOPPING, JobStatus.STOPPED);
            assertThat(job(id).reasonCode()).contains("JobStoppedByUser");
        });
        DlcServiceException again = catchThrowableOfType(DlcServiceException.class, () -> dlc.stopJob(running));
        assertThat(again.errorCode()).isEqualTo("JobStatusNotSupported");
    }

    @Test
    void M10_aReleasedJobFailsWithJobFailedAndPreemptedMessage() {
        change(G7, c -> c.protectionSeconds(0).marketPrice("0.005"));
        String id = submit(generalPurpose(0.006));
        advance(30);
        Instant released = now();
        outbid(G7);

        GetJobResponse failed = job(id);
        StatusTransitionItem last = failed.statusHistory().get(failed.statusHistory().size() - 1);
        assertThat(history(id)).endsWith(JobStatus.RUNNING, JobStatus.FAILED);
        assertThat(last.reasonCode()).contains("JobFailed");
        assertThat(last.reasonMessage()).contains("Job " + id + " was preempted: market price 0.0117 is above the bid"
                + " 0.0060 for ecs.g7.xlarge (CNY per minute).");
        assertThat(failed.gmtFailedTime()).contains(released.toString());
        assertThat(failed.pods()).singleElement().satisfies(pod -> {
            assertThat(pod.status()).contains("Failed");
            assertThat(pod.subStatus()).contains("Evicted");
            assertThat(dlc.getPodEvents(r -> r.jobId(id).podId(pod.podId().orElseThrow())).events())
                    .anySatisfy(e -> assertThat(e).contains(" Warning Evicted "))
                    .anySatisfy(e -> assertThat(e).contains(" Warning Killing exit code 143 (SIGTERM)"));
            assertThat(logs(id, pod.podId().orElseThrow())).last().asString().startsWith("exit code 143 (SIGTERM): ");
        });
        assertThat(events(id)).anySatisfy(e -> assertThat(e).contains(" Warning SpotReleased Job " + id
                + " was preempted"));
    }

    @Test
    void M10_aReleaseDuringTheReservationEndsItEarly_theOutcomeOfTheCommandStands() {
        change(GU108, c -> c.protectionSeconds(0));
        JobSettings reserved = JobSettings.builder().enableErrorMonitoringInAiMaster(true).jobReservedMinutes(10).build();
        String succeeded = submit(lingjun(0.4, true).toBuilder().userCommand("sleep 60").settings(reserved).build());
        String failed = submit(lingjun(0.4, false).toBuilder().userCommand("exit 2").settings(reserved).build());
        advance(30 + 60);
        assertThat(List.of(status(succeeded), status(failed))).containsExactly(JobStatus.SUCCEEDED_RESERVING,
                JobStatus.FAILED_RESERVING);

        Instant released = now();
        outbid(GU108);

        assertThat(history(succeeded)).endsWith(JobStatus.SUCCEEDED_RESERVING, JobStatus.SUCCEEDED);
        assertThat(job(succeeded).restartTimes()).as("nothing to restart").contains("0/10");
        assertThat(history(failed)).endsWith(JobStatus.FAILED_RESERVING, JobStatus.FAILED);
        assertThat(job(failed).reasonCode()).as("it failed on its own").contains("JobFailed");
        assertThat(List.of(succeeded, failed)).allSatisfy(id -> {
            assertThat(entered(id, job(id).statusEnum())).isEqualTo(released);
            assertThat(job(id).reasonMessage().orElseThrow()).as("M26: the command's message stays")
                    .startsWith("the user command").doesNotContain("preempted");
            assertThat(events(id)).anySatisfy(e -> assertThat(e).contains(" Warning SpotReleased "));
        });
        assertThat(pool(GU108).allocated()).isZero();
    }

    @Test
    void M26_sanityCheckingLastsThirtySecondsAtEveryStart_anyReservedPolicyReservesAsAlways() {
        JobSettings checked = JobSettings.builder().enableSanityCheck(true).jobReservedMinutes(5)
                .jobReservedPolicy("OnFailure").build();
        String id = submit(generalPurpose(0.011).toBuilder().userCommand("sleep 60").settings(checked).build());
        advance(30);
        assertThat(status(id)).isEqualTo(JobStatus.SANITY_CHECKING);
        advance(29);
        assertThat(status(id)).isEqualTo(JobStatus.SANITY_CHECKING);
        advance(1);
        assertThat(entered(id, JobStatus.RUNNING)).isEqualTo(entered(id, JobStatus.SANITY_CHECKING).plusSeconds(30));
        advance(60);
        assertThat(status(id)).as("a policy other than Always reserves as Always")
                .isEqualTo(JobStatus.SUCCEEDED_RESERVING);
        assertThat(events(id)).anySatisfy(e -> assertThat(e).contains(" Warning SettingNotModelled ")
                .contains("JobReservedPolicy OnFailure"));
        assertThat(pool(G7).allocated()).as("a reservation holds its instances").isEqualTo(1);
        advance(5 * 60);
        assertThat(status(id)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job(id).reasonMessage().orElseThrow()).startsWith("the user command finished");
    }

    @Test
    void M12_theCommandRunsForItsSleeps_echoesBecomeLogLines_aNonZeroExitFails() {
        String id = submit(command("echo one && sleep 90 && echo two; sleep 1m && echo three"));
        advance(30);
        Instant started = entered(id, JobStatus.RUNNING);
        String pod = firstPod(id);
        assertThat(logs(id, pod)).containsExactly("one");
        advance(90);
        assertThat(logs(id, pod)).containsExactly("one", "two");
        advance(59);
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        advance(1);
        assertThat(entered(id, JobStatus.SUCCEEDED)).isEqualTo(started.plusSeconds(150));
        assertThat(logs(id, pod)).containsExactly("one", "two", "three");

        String exits = submit(command("echo boom && exit 3 && sleep 100"));
        String instant = submit(command("echo hi"));
        advance(30 + 1);

        GetJobResponse failed = job(exits);
        assertThat(failed.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reasonMessage().orElseThrow()).contains("code 3");
        assertThat(logs(exits, firstPod(exits))).containsExactly("boom");
        assertThat(status(instant)).as("at least one second").isEqualTo(JobStatus.SUCCEEDED);
    }

    private static CreateJobRequest command(String userCommand) {
        return generalPurpose(0.011).toBuilder().userCommand(userCommand).build();
    }

    /** Asserts the job's current status and remembers that GetJob reported it. */
    private void observe(String id, JobStatus expected) {
        assertThat(status(id)).isEqualTo(expected);
        reported.add(expected);
    }

    /**
     * Each entry of StatusHistory starts when the previous one ends, and each is one event of M20's vocabulary
     * (a spot job's waiting is told by M21's SpotWaiting* events instead).
     */
    private void assertHistoryIsContinuousAndLogged(String id) {
        List<StatusTransitionItem> history = job(id).statusHistory();
        for (int i = 0; i + 1 < history.size(); i++) {
            assertThat(history.get(i).endTime()).isEqualTo(history.get(i + 1).startTime());
        }
        assertThat(history.get(history.size() - 1).endTime()).isEmpty();
        long told = history.stream().filter(h -> !h.statusEnum().isWaiting()).count();
        assertThat(events(id)).filteredOn(e -> e.contains(" created as ") || e.contains(" changed from "))
                .hasSize((int) told);
    }
}
