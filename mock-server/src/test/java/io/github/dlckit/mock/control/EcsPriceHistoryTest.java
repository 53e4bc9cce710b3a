package io.github.dlckit.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * M34 through the control API and a scenario file, with the examples the project ships: an ECS
 * {@code DescribeSpotPriceHistory} answer for {@code ecs.g7.xlarge} in two zones, and a scenario that replays it.
 */
class EcsPriceHistoryTest {

    static final Path SAMPLE = Path.of("../docs/examples/ecs-spot-price-history.json");
    static final Path SCENARIO = Path.of("../docs/examples/replay-ecs-market.json");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DlcMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.close();
        }
    }

    private static BigDecimal price(DlcMockServer mock) {
        return mock.control().pools().stream().filter(p -> p.ecsSpec().equals("ecs.g7.xlarge")).findFirst()
                .orElseThrow().marketPrice();
    }

    /** The sample's lowest zone price per minute: at the start, at 05:00 (above a 0.011 bid) and at 05:30. */
    private static void assertReplaysTheSample(DlcMockServer mock) {
        assertThat(price(mock)).isEqualByComparingTo("0.00234");                 // min(0.1404, 0.1482) / 60
        mock.control().advance(Duration.ofHours(5));
        assertThat(price(mock)).isEqualByComparingTo("0.011115");                // min(0.6669, 0.6786) / 60
        mock.control().advance(Duration.ofMinutes(30));
        assertThat(price(mock)).isEqualByComparingTo("0.00468");                 // zone b fell to 0.2808
        assertThat(mock.control().pools().stream().filter(p -> p.ecsSpec().equals("ecs.g7.xlarge")).findFirst()
                .orElseThrow().priceMode()).isEqualTo("Manual");
    }

    private HttpResponse<String> postTrace(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/mock/v1/pools/ecs.g7.xlarge/trace"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void M34_theTraceRouteAcceptsAnEcsDescribeSpotPriceHistoryAnswer() throws Exception {
        mock = DlcMockServer.builder().start();

        HttpResponse<String> loaded = postTrace(Files.readString(SAMPLE));

        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(DlcJson.mapper().readTree(loaded.body()).path("Loaded").asBoolean()).isTrue();
        assertReplaysTheSample(mock);
    }

    @Test
    void M34_theShippedScenarioReplaysTheShippedSample() throws Exception {
        JsonNode trace = DlcJson.mapper().readTree(SCENARIO.toFile()).path("Traces").get(0).deepCopy();
        ((ObjectNode) trace).remove("EcsSpec");
        assertThat(trace).as("the scenario's trace is the sample").isEqualTo(DlcJson.mapper().readTree(SAMPLE.toFile()));

        mock = DlcMockServer.builder().scenario(Scenario.read(SCENARIO)).start();

        assertReplaysTheSample(mock);
    }

    @Test
    void M34_badBodiesAre400sNamingTheField() throws Exception {
        mock = DlcMockServer.builder().start();

        HttpResponse<String> both = postTrace("{\"Points\":[{\"AfterSeconds\":0,\"MarketPrice\":0.005}],"
                + "\"SpotPrices\":{\"SpotPriceType\":[]}}");
        HttpResponse<String> badTime = postTrace("{\"SpotPrices\":{\"SpotPriceType\":[{\"Timestamp\":\"yesterday\","
                + "\"SpotPrice\":0.2,\"ZoneId\":\"cn-wulanchabu-a\"}]}}");
        HttpResponse<String> unknown = postTrace("{\"SpotPrices\":{\"SpotPriceType\":[{\"Timestamp\":"
                + "\"2026-11-20T00:00:00Z\",\"SpotPrise\":0.2}]}}");
        HttpResponse<String> empty = postTrace("{\"SpotPrices\":{\"SpotPriceType\":[]}}");

        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("Points or SpotPrices");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("SpotPrices.SpotPriceType[0].Timestamp");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("SpotPrise");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("SpotPrices.SpotPriceType");
    }
}
