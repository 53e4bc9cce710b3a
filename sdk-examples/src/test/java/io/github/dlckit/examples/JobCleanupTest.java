package io.github.dlckit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobCleanupTest {

    @Test
    void streamsEventsAndLogsThenStopsAndDeletesOnlyTheExampleJobs() {
        ProgramRun run = ProgramRun.of(JobCleanup.PROGRAM, "--page-size", "2");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.output())
                .contains("event  2026-11-29T00:00:30Z Normal JobRunning Job dlc11fc6t366kocma changed from"
                        + " EnvPreparing to Running")
                .contains("log    2026-11-29T00:00:30Z  dlc11fc6t366kocma-worker-0  epoch 1 loss 0.91")
                .contains("log    2026-11-29T00:02:30Z  dlc11fc6t366kocma-worker-0  epoch 2 loss 0.55")
                .contains("log    2026-11-29T00:06:30Z  dlc11fc6t366kocma-worker-0  DONE")
                .contains("stop   dlc5xcrbkhqas8enk (Queuing)")
                .contains("summary  5 job(s) named dlckit-example-*: 2 stopped, 5 deleted, 0 left")
                .doesNotContain("nightly-training");
        // Every log line once, though the logs were read at every poll.
        assertThat(run.lines()).filteredOn(l -> l.endsWith("epoch 1 loss 0.91")).hasSize(1);
    }

    @Test
    void dryRunChangesNothing() {
        ProgramRun run = ProgramRun.of(JobCleanup.PROGRAM, "--dry-run", "--json");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.json("job")).hasSize(5);
        assertThat(run.json("stop")).hasSize(2).allMatch(n -> n.get("dryRun").asBoolean());
        JsonNode summary = run.json("summary").get(0);
        assertThat(summary.get("deleted").asInt()).isZero();
        assertThat(summary.get("left").asInt()).isEqualTo(5);
        assertThat(run.json("log")).extracting(n -> n.get("line").asText())
                .containsExactly("epoch 1 loss 0.91", "epoch 2 loss 0.55", "epoch 3 loss 0.32", "DONE");
    }
}
