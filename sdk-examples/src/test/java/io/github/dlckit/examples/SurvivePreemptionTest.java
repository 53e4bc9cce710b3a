package io.github.dlckit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurvivePreemptionTest {

    @Test
    void resubmitsWithHigherBidsUntilTheTrainingIsDone() {
        ProgramRun run = ProgramRun.of(SurvivePreemption.PROGRAM);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.output())
                .contains("attempt 1: bid 0.0100, 60 of 60 training minutes left, 0.0000 CNY spent")
                .contains("attempt 2: bid 0.0110, 45 of 60 training minutes left, 0.1800 CNY spent")
                .contains("attempt 3: bid 0.0117, 30 of 60 training minutes left, 0.3900 CNY spent")
                .contains("summary  3 attempt(s)  Succeeded  JobSucceeded")
                // 20 min at 0.0090, 20 at 0.0105, 10 at 0.0115 and 20.5 at 0.0080; 70.5 minutes at 0.0117 on demand
                .contains("cost 0.6690 CNY, on-demand 0.8249 CNY, saved 0.1559 CNY (18.9%)");
        assertThat(run.statuses()).filteredOn("Failed"::equals).hasSize(2);
    }

    @Test
    void stopsWhenTheMoneyBudgetIsSpent() {
        ProgramRun run = ProgramRun.of(SurvivePreemption.PROGRAM, "--budget", "0.30", "--json");

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.json("attempt")).hasSize(2);
        JsonNode summary = run.json("summary").get(0);
        assertThat(summary.get("status").asText()).isEqualTo("Failed");
        assertThat(summary.get("costCny").decimalValue()).isEqualByComparingTo("0.39");
        assertThat(summary.get("jobIds")).hasSize(2);
    }

    @Test
    void stopsWhenTheAttemptsAreSpent() {
        ProgramRun run = ProgramRun.of(SurvivePreemption.PROGRAM, "--max-attempts", "1", "--json");

        assertThat(run.exitStatus()).isEqualTo(1);
        List<JsonNode> attempts = run.json("attempt");
        assertThat(attempts).hasSize(1);
        assertThat(run.json("summary").get(0).get("reasonCode").asText()).isEqualTo("JobFailed");
    }
}
