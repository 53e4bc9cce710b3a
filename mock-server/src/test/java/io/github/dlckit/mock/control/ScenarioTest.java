package io.github.dlckit.mock.control;

import io.github.dlckit.mock.DlcMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {

    @Test
    void readsPoolsAndTraces_inFileOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"Pools\":[{\"EcsSpec\":\"ecs.g7.xlarge\",\"Capacity\":4},"
                + "{\"EcsSpec\":\"ecs.gn7i-c32g1.8xlarge\"}],\"Traces\":[{\"EcsSpec\":\"ecs.g7.xlarge\",\"Points\":[]}]}");
        Scenario scenario = Scenario.read(file);
        assertThat(scenario.pools()).extracting(p -> p.path("EcsSpec").asText())
                .containsExactly("ecs.g7.xlarge", "ecs.gn7i-c32g1.8xlarge");
        assertThat(scenario.traces()).hasSize(1);
        assertThat(Scenario.parse("{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Scenario.EMPTY);
    }

    @Test
    void badFiles_failNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Scenario.read(dir.resolve("missing.json")))
                .hasMessage("cannot read scenario " + dir.resolve("missing.json") + ": no such file");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"pools\":[]}");
        assertThatThrownBy(() -> Scenario.read(bad)).hasMessageContaining("bad.json")
                .hasMessageContaining("unknown member 'pools'");
        assertThatThrownBy(() -> Scenario.parse("{\"Pools\":{}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Pools must be a JSON array");
        assertThatThrownBy(() -> Scenario.parse("{\"Traces\":[1]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Traces[0] must be a JSON object");
        assertThatThrownBy(() -> Scenario.parse("nope".getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("not JSON");
    }

    @Test
    void theServerHandsTheScenarioToItsHook_beforeServing() {
        List<Scenario> received = new ArrayList<>();
        Scenario scenario = Scenario.parse("{\"Pools\":[{\"EcsSpec\":\"ecs.g7.xlarge\"}]}".getBytes(StandardCharsets.UTF_8));
        try (DlcMockServer mock = DlcMockServer.builder().scenario(scenario)
                .scenarioHook((engine, s) -> received.add(s)).start()) {
            assertThat(received).containsExactly(scenario);
            assertThat(mock.port()).isPositive();
        }
    }

    @Test
    void theStandardHook_loadsPoolsAndTracesIntoTheMarket() {
        Scenario scenario = Scenario.parse(("{\"Pools\":[{\"EcsSpec\":\"ecs.g7.xlarge\",\"Capacity\":4,"
                + "\"MarketPrice\":0.006},{\"EcsSpec\":\"ecs.custom.xlarge\",\"ResourceType\":\"ECS\","
                + "\"OnDemandPrice\":0.02,\"Capacity\":2}],\"Traces\":[{\"EcsSpec\":\"ecs.g7.xlarge\","
                + "\"Points\":[{\"AfterSeconds\":600,\"MarketPrice\":0.009}]}]}").getBytes(StandardCharsets.UTF_8));
        try (DlcMockServer mock = DlcMockServer.builder().scenario(scenario).start()) {
            PoolView g7 = pool(mock, "ecs.g7.xlarge");
            assertThat(g7.capacity()).isEqualTo(4);
            assertThat(g7.marketPrice()).isEqualByComparingTo("0.006");
            assertThat(pool(mock, "ecs.custom.xlarge").capacity()).isEqualTo(2);

            mock.control().advance(java.time.Duration.ofMinutes(10));

            assertThat(pool(mock, "ecs.g7.xlarge").marketPrice()).isEqualByComparingTo("0.009");
        }
    }

    @Test
    void theStandardHook_refusesABadEntryNamingIt() {
        Scenario scenario = Scenario.parse("{\"Pools\":[{\"EcsSpec\":\"ecs.g7.xlarge\",\"Capacity\":-2}]}"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DlcMockServer.builder().scenario(scenario).start())
                .hasMessageContaining("Pools[0] (ecs.g7.xlarge)").hasMessageContaining("capacity");
        Scenario unnamed = Scenario.parse("{\"Traces\":[{\"Points\":[]}]}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DlcMockServer.builder().scenario(unnamed).start())
                .hasMessageContaining("Traces[0]: EcsSpec is required");
    }

    private static PoolView pool(DlcMockServer mock, String spec) {
        return mock.control().pools().stream().filter(p -> p.ecsSpec().equals(spec)).findFirst().orElseThrow();
    }
}
