package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.control.SettingsView;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.StatusTransitionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * M12's option {@code ResumeFromCheckpoint} (EasyCkpt, R39) against the default, where a restarted job starts
 * from scratch because a released instance's local data is gone (R48). Fault-tolerant Lingjun jobs restart after
 * a release (M11); releases happen at once (no protection).
 */
class CheckpointRulesTest extends SpotContract {

    private static final String THREE_STEPS = "echo start && sleep 600 && echo half && sleep 600 && echo done";

    @BeforeEach
    void releasesHappenAtOnce() {
        change(GU108, c -> c.protectionSeconds(0));
    }

    @AfterEach
    void resumeOff() {
        resumeFromCheckpoint(false); // server options survive a reset: leave the default for the next test
    }

    @Test
    void M12_withResumeFromCheckpoint_aRestartedJobResumesWhereItStopped_finishedStepsAreNotEchoedAgain() {
        assertThat(resumeFromCheckpoint(true).resumeFromCheckpoint()).isTrue();
        String id = submit(lingjun(0.4, true).toBuilder().userCommand(THREE_STEPS).build());
        advance(30 + 300);
        String podId = firstPod(id);
        assertThat(logs(id, podId)).containsExactly("start");

        outbid(GU108);
        underbid(GU108);
        advance(30);
        Instant rerun = entered(id, JobStatus.RUNNING);
        assertThat(logs(id, podId)).as("start finished in the first run: not echoed again").isEmpty();
        advance(299);
        assertThat(logs(id, podId)).as("the sleep in progress continues with its remaining 300 s").isEmpty();
        advance(1);
        assertThat(logs(id, podId)).containsExactly("half");
        advance(600);

        assertThat(status(id)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(entered(id, JobStatus.SUCCEEDED)).isEqualTo(rerun.plusSeconds(900));
        assertThat(logs(id, podId)).containsExactly("half", "done");
    }

    @Test
    void M12_withResumeFromCheckpoint_anExitStepRunsAndFailsAgain() {
        resumeFromCheckpoint(true);
        JobSettings restart = JobSettings.builder().enableErrorMonitoringInAiMaster(true)
                .errorMonitoringArgs("--enable-job-restart True --max-num-of-job-restart 1").build();
        String id = submit(lingjun(0.4, true).toBuilder().userCommand("echo once && sleep 10 && exit 3")
                .settings(restart).build());
        advance(30 + 10);
        assertThat(job(id).restartRecord()).as("M18 restarted it").hasSize(1);
        String podId = firstPod(id);
        advance(30);

        GetJobResponse failed = job(id);
        assertThat(failed.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.reasonMessage()).contains("the user command exited with code 3; restart budget of 1 spent");
        assertThat(entered(id, JobStatus.FAILED)).as("its sleep was done: the exit came at once")
                .isEqualTo(entered(id, JobStatus.RUNNING));
        assertThat(logs(id, podId)).doesNotContain("once");
    }

    @Test
    void R39_easyCkptResumesWithoutRecomputingLostIterations() {
        resumeFromCheckpoint(true);
        String id = submit(lingjun(0.4, true).toBuilder().userCommand("sleep 600").build());
        advance(30 + 200);
        outbid(GU108);
        advance(3600);
        underbid(GU108);
        advance(30 + 400);

        assertThat(status(id)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(timeRunning(id)).as("600 s of work, nothing done twice").isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void R48_withoutResumeFromCheckpoint_aRestartedJobStartsFromScratchOnANewInstance() {
        assertThat(control.settings().resumeFromCheckpoint()).as("the default").isFalse();
        String id = submit(lingjun(0.4, true).toBuilder().userCommand(THREE_STEPS).build());
        advance(30 + 700);
        String podId = firstPod(id);
        String firstInstance = job(id).pods().get(0).nodeName().orElseThrow();
        assertThat(logs(id, podId)).containsExactly("start", "half");

        outbid(GU108);
        underbid(GU108);
        advance(30);
        assertThat(job(id).pods().get(0).nodeName()).as("another instance: the old one's local data is gone")
                .isPresent().isNotEqualTo(java.util.Optional.of(firstInstance));
        assertThat(logs(id, podId)).as("the command starts over").containsExactly("start");
        advance(1200);

        assertThat(status(id)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(timeRunning(id)).as("700 s lost, then the whole 1200 s again").isEqualTo(Duration.ofSeconds(1900));
    }

    private SettingsView resumeFromCheckpoint(boolean on) {
        return control.updateSettings(new SettingsView(null, null, null, null, null, on, null, null, null, null));
    }

    /** @return the time the job spent Running over all its runs, from its StatusHistory */
    private Duration timeRunning(String id) {
        return job(id).statusHistory().stream().filter(t -> t.statusEnum() == JobStatus.RUNNING)
                .map(t -> Duration.between(Instant.parse(t.startTime().orElseThrow()),
                        Instant.parse(t.endTime().orElseThrow())))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
