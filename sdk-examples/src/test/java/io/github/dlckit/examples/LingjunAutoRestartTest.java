package io.github.dlckit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LingjunAutoRestartTest {

    @Test
    void isReleasedBidsAgainAndFinishes() {
        ProgramRun run = ProgramRun.of(LingjunAutoRestart.PROGRAM);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.statuses()).containsExactly("Creating", "Bidding", "EnvPreparing", "Running",
                "Restarting", "Bidding", "EnvPreparing", "Running", "Succeeded");
        assertThat(run.output())
                .contains("00:15:00Z  dlc11fc6t366kocma  Restarting    JobRestarting")
                .contains("00:15:00Z  dlc11fc6t366kocma  Bidding       bid 0.8800 < average 0.9900")
                .contains("00:25:00Z  dlc11fc6t366kocma  EnvPreparing  bid 0.8800 >= average 0.6600")
                // 15 minutes at 0.77, then 30.5 at 0.66; on demand the 45.5 minutes cost 2.2 each
                .contains("cost 31.6800 CNY, on-demand 100.1000 CNY, saved 68.4200 CNY (68.4%)")
                .contains("restarts 1/3");
    }

    @Test
    void withoutRestartsLeftTheReleaseFailsTheJob() {
        ProgramRun run = ProgramRun.of(LingjunAutoRestart.PROGRAM, "--max-restarts", "0", "--json");

        assertThat(run.exitStatus()).isEqualTo(1);
        JsonNode summary = run.json("summary").get(0);
        assertThat(summary.get("status").asText()).isEqualTo("Failed");
        assertThat(summary.get("reasonCode").asText()).isEqualTo("JobFailed");
        assertThat(summary.get("restartTimes").asText()).isEqualTo("0/0");
    }

    @Test
    void onTheRealServiceALingjunJobNeedsAVpc() {
        // Refused before any request: the endpoint is never called.
        ProgramRun run = ProgramRun.of(LingjunAutoRestart.PROGRAM, "--region", "cn-wulanchabu",
                "--endpoint", "http://127.0.0.1:9");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.output()).contains("target: PAI-DLC, region cn-wulanchabu, endpoint http://127.0.0.1:9")
                .contains("error: Lingjun jobs need a VPC: --vpc, --vswitch and --security-group");
    }
}
