package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.HttpMockControl;
import io.github.dlckit.mock.control.Scenario;
import io.github.dlckit.mock.control.SettingsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Options table's server options as flags: each one shows in {@code GET /mock/v1/settings}. */
class ServerOptionFlagsTest {

    private static final Scenario SCENARIO = Scenario.parse("""
            {"Settings": {"QueueOrder": "BidFirst", "EnvPreparingSeconds": 7, "SanityCheckSeconds": 9}}
            """.getBytes(StandardCharsets.UTF_8));

    @Test
    void everyServerOptionFlag_showsInTheSettings_overTheScenarios() throws CliException {
        CliOptions options = CliOptions.parse("--clock", "virtual", "--start-time", "2026-11-29T08:00:00Z",
                "--queue-order=PriorityFirst", "--release-reason-code", "PreemptibleResourceReleased",
                "--average-window-seconds", "600", "--env-preparing-seconds=3", "--no-ui");

        try (DlcMockServer mock = Main.builder(options, SCENARIO).start()) {
            SettingsView settings = new HttpMockControl(URI.create(mock.baseUrl())).settings();
            assertThat(settings.startTime()).isEqualTo("2026-11-29T08:00:00Z");
            assertThat(settings.queueOrder()).as("the flag wins over the scenario").isEqualTo("PriorityFirst");
            assertThat(settings.releaseReasonCode()).isEqualTo("PreemptibleResourceReleased");
            assertThat(settings.averageWindowSeconds()).isEqualTo(600L);
            assertThat(settings.envPreparingSeconds()).as("the flag wins over the scenario").isEqualTo(3L);
            assertThat(settings.sanityCheckSeconds()).as("the scenario's, no flag given").isEqualTo(9L);
            assertThat(settings.resumeFromCheckpoint()).isFalse();
            assertThat(mock.control().now()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        }
    }

    @Test
    void withoutFlags_theScenariosSettingsHold_andTheRestKeepTheirDefaults() throws CliException {
        try (DlcMockServer mock = Main.builder(CliOptions.parse("--clock", "virtual", "--no-ui"), SCENARIO).start()) {
            SettingsView settings = mock.control().settings();
            assertThat(settings.queueOrder()).isEqualTo("BidFirst");
            assertThat(settings.envPreparingSeconds()).isEqualTo(7L);
            assertThat(settings.releaseReasonCode()).isEqualTo("JobFailed");
            assertThat(settings.averageWindowSeconds()).isEqualTo(3600L);
        }
    }

    @Test
    void sanityCheckSeconds_andResumeFromCheckpoint_areParsed() throws CliException {
        CliOptions options = CliOptions.parse("--sanity-check-seconds", "0", "--resume-from-checkpoint");
        assertThat(options.settings().sanityCheckSeconds()).isZero();
        assertThat(options.settings().resumeFromCheckpoint()).isTrue();
        assertThat(CliOptions.parse().settings()).isEqualTo(SettingsView.NONE);
        assertThat(CliOptions.parse().startTime()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--queue-order=Random                    | --queue-order must be PriorityFirst or BidFirst, got Random",
            "--release-reason-code=Evicted           | --release-reason-code must be JobFailed or PreemptibleResourceReleased",
            "--average-window-seconds=0              | --average-window-seconds must be 1 to",
            "--env-preparing-seconds=-1              | --env-preparing-seconds must be 0 to",
            "--sanity-check-seconds=x                | --sanity-check-seconds expects a whole number",
            "--start-time=yesterday                  | --start-time expects an RFC 3339 UTC time",
            "--resume-from-checkpoint=true           | --resume-from-checkpoint takes no value"})
    void badServerOptionFlags_giveOneLineNamingTheFlag(String arg, String message) {
        CliException error = catchThrowableOfType(CliException.class, () -> CliOptions.parse(arg));
        assertThat(error.getMessage()).startsWith(message).doesNotContain("\n");
    }

    @Test
    void resumeFromCheckpoint_theFlagAndTheBuilderTurnM12On_andTheSettingsShowIt() throws CliException {
        try (DlcMockServer mock = Main.builder(CliOptions.parse("--clock", "virtual", "--no-ui",
                "--resume-from-checkpoint"), Scenario.EMPTY).start()) {
            assertThat(mock.control().settings().resumeFromCheckpoint()).isTrue();
        }
        try (DlcMockServer mock = DlcMockServer.builder().resumeFromCheckpoint(true).start()) {
            assertThat(mock.control().settings().resumeFromCheckpoint()).isTrue();
            assertThat(mock.control().updateSettings(new SettingsView(null, null, null, null, null, false, null, null,
                    null, null)).resumeFromCheckpoint()).as("changeable while running").isFalse();
        }
    }
}
