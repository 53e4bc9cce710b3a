package io.github.dlckit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickStartTest {

    @Test
    void queuesRunsIsReleasedAndReportsTheCost() {
        ProgramRun run = ProgramRun.of(QuickStart.PROGRAM);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.statuses()).containsExactly("Creating", "Queuing", "EnvPreparing", "Running", "Failed");
        assertThat(run.output())
                .contains("2026-11-29T00:00:00Z  dlc11fc6t366kocma  Queuing       bid 0.0110 < market 0.0115")
                .contains("2026-11-29T00:05:00Z  dlc11fc6t366kocma  EnvPreparing  bid 0.0110 >= market 0.0095")
                .contains("2026-11-29T00:05:30Z  dlc11fc6t366kocma  Running")
                .contains("2026-11-29T00:20:00Z  dlc11fc6t366kocma  Failed        JobFailed"
                        + "  bid 0.0110 < market 0.0117")
                .contains("summary  dlc11fc6t366kocma  Failed  JobFailed")
                .contains("running 14m30s, held 15.00 instance-minutes")
                // 15 minutes held (from allocation) at 0.0095, against 15 minutes at the on-demand 0.0117
                .contains("cost 0.1425 CNY, on-demand 0.1755 CNY, saved 0.0330 CNY (18.8%)");
    }

    @Test
    void jsonModePrintsOneParsableObjectPerLine() {
        ProgramRun run = ProgramRun.of(QuickStart.PROGRAM, "--json");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.json()).hasSize(run.lines().size());
        assertThat(run.json("transition")).extracting(n -> n.get("status").asText())
                .containsExactly("Creating", "Queuing", "EnvPreparing", "Running", "Failed");
        JsonNode queuing = run.json("transition").get(1);
        assertThat(queuing.get("bid").decimalValue()).isEqualByComparingTo("0.011");
        assertThat(queuing.get("market").decimalValue()).isEqualByComparingTo("0.0115");
        List<JsonNode> summary = run.json("summary");
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).get("reasonCode").asText()).isEqualTo("JobFailed");
        assertThat(summary.get(0).get("runningSeconds").asLong()).isEqualTo(870);
        assertThat(summary.get(0).get("costCny").decimalValue()).isEqualByComparingTo("0.1425");
        assertThat(summary.get(0).get("onDemandCny").decimalValue()).isEqualByComparingTo("0.1755");
        assertThat(summary.get(0).get("savingCny").decimalValue()).isEqualByComparingTo("0.0330");
    }

    @Test
    void sameSeedSameOutput_otherSeedOtherIdsSameStory() {
        ProgramRun first = ProgramRun.of(QuickStart.PROGRAM);
        ProgramRun again = ProgramRun.of(QuickStart.PROGRAM);
        ProgramRun otherSeed = ProgramRun.of(QuickStart.PROGRAM, "--seed", "42");

        assertThat(again.output()).isEqualTo(first.output());
        assertThat(otherSeed.output()).doesNotContain("dlc11fc6t366kocma").contains("seed 42");
        assertThat(otherSeed.statuses()).isEqualTo(first.statuses());
    }

    @Test
    void aBidTheMockMarketCannotMoveAroundIsRefused() {
        ProgramRun run = ProgramRun.of(QuickStart.PROGRAM, "--bid", "0.02");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.output()).contains("error: on the mock, bid between");
    }
}
