package io.github.dlckit.mock.control;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.engine.market.QueueOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A scenario's {@code Settings} member (third edition) and the builder methods that override it. */
class ScenarioSettingsTest {

    @Test
    void builderValues_overrideTheScenariosSettings_andSurviveAReset() {
        Scenario scenario = parse("""
                {"Settings": {"QueueOrder": "BidFirst", "AverageWindowSeconds": 120,
                              "ReleaseReasonCode": "PreemptibleResourceReleased"}, "Pools": []}""");
        try (DlcMockServer mock = DlcMockServer.builder().scenario(scenario).queueOrder(QueueOrder.PRIORITY_FIRST)
                .envPreparingSeconds(4).sanityCheckSeconds(6).averageWindowSeconds(900).start()) {
            mock.control().reset();
            SettingsView settings = mock.control().settings();
            assertThat(settings.queueOrder()).isEqualTo("PriorityFirst");
            assertThat(settings.averageWindowSeconds()).isEqualTo(900L);
            assertThat(settings.envPreparingSeconds()).isEqualTo(4L);
            assertThat(settings.sanityCheckSeconds()).isEqualTo(6L);
            assertThat(settings.releaseReasonCode()).as("the scenario's, no builder value")
                    .isEqualTo("PreemptibleResourceReleased");
        }
        try (DlcMockServer mock = DlcMockServer.builder().releaseReasonCode("JobFailed").scenario(scenario).start()) {
            assertThat(mock.control().settings().releaseReasonCode()).isEqualTo("JobFailed");
            assertThat(mock.control().settings().queueOrder()).isEqualTo("BidFirst");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"Setting\": {}}                           | unknown member 'Setting'",
            "{\"Settings\": []}                          | Settings must be a JSON object",
            "{\"Settings\": {\"QueueOrdr\": \"BidFirst\"}} | Settings: ",
            "{\"Settings\": {\"Seed\": 5}}               | Settings: Seed: is fixed",
            "{\"Settings\": {\"QueueOrder\": \"Fifo\"}}    | Settings: QueueOrder: must be PriorityFirst or BidFirst",
            "{\"Settings\": {\"ResumeFromCheckpoint\": \"often\"}} | Settings: ResumeFromCheckpoint:"})
    void badSettings_areRefused_namingTheField(String json, String message) {
        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class, () -> parse(json));
        assertThat(refused).hasMessageStartingWith(message);
    }

    @Test
    void settings_roundTripThroughTheStateHeader() {
        Scenario scenario = parse("{\"Settings\": {\"SanityCheckSeconds\": 11}}");
        assertThat(Scenario.fromJson(scenario.toJson())).isEqualTo(scenario);
        assertThat(Scenario.EMPTY.toJson().has("Settings")).as("old headers stay as they were").isFalse();
    }

    private static Scenario parse(String json) {
        return Scenario.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
