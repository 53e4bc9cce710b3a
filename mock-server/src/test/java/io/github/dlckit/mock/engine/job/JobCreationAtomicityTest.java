package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ListJobsRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12, item 1: a job is made whole or not at all, even when something fails half-way. */
class JobCreationAtomicityTest {

    private static final Caller ALICE = new Caller("acct-alice", "cn-wulanchabu", "alice");

    private final DlcEngine engine = new DlcEngine(EngineConfig.defaults(Instant.parse("2026-11-29T00:00:00Z")));

    @Test
    void aFailureAfterAdmission_leavesNoJobAndNoPendingEvent() {
        CreateJobRequest request = CreateJobRequest.builder().displayName("train").jobType("PyTorchJob")
                .userCommand("sleep 60").addJobSpecs(JobSpec.builder().type("Worker").podCount(2)
                        .ecsSpec("ecs.g7.xlarge").build()).build();
        engine.execute(c -> {
            c.jobs().afterAdmit = job -> {
                throw new OutOfMemoryError("forced half-way through creating " + job.jobId());
            };
            return null;
        });
        assertThatThrownBy(() -> engine.execute(c -> c.jobs().createJob(ALICE, request)))
                .isInstanceOf(OutOfMemoryError.class);

        engine.execute(c -> {
            c.jobs().afterAdmit = job -> { };
            return null;
        });
        assertThat(allJobs()).isEmpty();
        assertThat(engine.execute(c -> c.jobs().listJobs(ALICE, ListJobsRequest.builder().build())).totalCount())
                .isZero();
        engine.execute(c -> c.clock().advanceBy(Duration.ofHours(1))); // the forgotten job's events must not fire
        String id = engine.execute(c -> c.jobs().createJob(ALICE, request)).jobId();
        assertThat(allJobs()).extracting(Job::jobId).containsExactly(id);
    }

    private java.util.List<Job> allJobs() {
        return engine.execute(c -> c.jobs().allJobs());
    }
}
