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
                .contains("attempt 2 NEXT_OPTION [cn-wulanchabu, ecs.g7.xlarge] RAISE_BID")
                .contains("attempt 3 NEXT_OPTION [cn-wulanchabu, ecs.g7.xlarge] RAISE_BID: RAISE_BID after PREEMPTED:"
                        + " next SpotPriceLimit 0.0117 CNY/min")
                .contains("attempt 1: bid 0.0100, PREEMPTED after 20 minutes held, 0.1800 CNY")
                .contains("attempt 2: bid 0.0110, PREEMPTED after 20 minutes held, 0.2100 CNY")
                .contains("attempt 3: bid 0.0117, SUCCEEDED after 60 minutes held, 0.5190 CNY")
                .contains("summary  3 attempt(s)  Succeeded  JobSucceeded")
                // 20 min at 0.0090, 20 at 0.0105, 10 at 0.0115 and 50.5 at 0.0080; 100.5 minutes at 0.0117 on demand
                .contains("cost 0.9090 CNY, on-demand 1.1759 CNY, saved 0.2669 CNY (22.7%)");
    }

    @Test
    void eachAttemptIsANewJob_preemptedTwiceThenSucceeded() {
        ProgramRun run = ProgramRun.of(SurvivePreemption.PROGRAM, "--json");

        List<JsonNode> attempts = run.json("attempt");
        assertThat(attempts).extracting(a -> a.get("outcome").asText())
                .containsExactly("PREEMPTED", "PREEMPTED", "SUCCEEDED");
        assertThat(attempts).extracting(a -> a.get("jobId").asText()).doesNotHaveDuplicates();
    }

    @Test
    void stopsTheJobInFlightWhenTheMoneyBudgetIsSpent() {
        ProgramRun run = ProgramRun.of(SurvivePreemption.PROGRAM, "--budget", "0.30", "--json");

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.json("attempt")).extracting(a -> a.get("outcome").asText())
                .containsExactly("PREEMPTED", "CUT_SHORT");
        JsonNode summary = run.json("summary").get(0);
        assertThat(summary.get("runOutcome").asText()).isEqualTo("BUDGET_SPENT");
        assertThat(summary.get("status").asText()).isIn("Stopping", "Stopped");
        // the estimate reaches 0.30 at a poll; the bill is at most one poll's worth (0.0105 per minute) more
        assertThat(summary.get("costCny").decimalValue()).isBetween(new java.math.BigDecimal("0.30"),
                new java.math.BigDecimal("0.32"));
        assertThat(summary.get("jobIds")).hasSize(2);
    }

    @Test
    void stopsWhenTheAttemptsAreSpent() {
        ProgramRun run = ProgramRun.of(SurvivePreemption.PROGRAM, "--max-attempts", "1", "--json");

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.json("attempt")).hasSize(1);
        JsonNode summary = run.json("summary").get(0);
        assertThat(summary.get("reasonCode").asText()).isEqualTo("JobFailed");
        assertThat(summary.get("runOutcome").asText()).isEqualTo("ATTEMPTS_EXHAUSTED");
    }
}
