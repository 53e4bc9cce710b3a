package io.github.dlckit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shape: catalogue example JSON → model → JSON gives the same tree, up to field order and number form. */
class JsonRoundTripTest {

    private static final ObjectMapper MAPPER = DlcJson.mapper();

    static List<String> shapes() {
        return CatalogueFile.shapeNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void roundTripsTheCatalogueExample(String shape) throws Exception {
        ObjectNode sample = CatalogueSamples.sample(shape);
        Class<?> type = CatalogueFile.javaType(shape);

        Object value = MAPPER.treeToValue(sample, type);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));

        assertThat(value).isInstanceOf(type);
        assertThat(written.equals(NUMERIC_VALUE, sample))
                .as("%s round trip%n sent:    %s%n written: %s", shape, sample, written)
                .isTrue();
        assertThat(CatalogueSamples.leaves(written)).isEqualTo(CatalogueSamples.leaves(sample));
    }

    /** Numbers are equal when their values are: 0.25 written from a float equals 0.25 read as a double. */
    private static final Comparator<JsonNode> NUMERIC_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Math.abs(a.doubleValue() - b.doubleValue()) <= 1e-6 * Math.max(1, Math.abs(a.doubleValue())) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };
}
