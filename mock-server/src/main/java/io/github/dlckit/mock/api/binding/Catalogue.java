package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the API catalogue ({@code spec/pai-dlc-2020-12-03.json}, packaged with the mock) says about requests and
 * answers: the fields of every request shape and query string, with types, enum values and numeric ranges, and the
 * fields of every answer's body. Read once per JVM; immutable afterwards.
 */
final class Catalogue {

    private static final String RESOURCE = "pai-dlc-2020-12-03.json";

    private final Map<String, Map<String, FieldSpec>> shapes;
    private final Map<String, Map<String, FieldSpec>> queryByOperation;
    private final Map<String, String> bodyShapeByOperation;
    private final Map<String, String> responseShapeByOperation;

    private Catalogue(JsonNode root) {
        Map<String, Map<String, FieldSpec>> shapeFields = new HashMap<>();
        root.path("shapes").properties().forEach(e -> shapeFields.put(e.getKey(), fields(e.getValue().path("fields"))));
        Map<String, Map<String, FieldSpec>> query = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> responses = new HashMap<>();
        for (JsonNode op : root.path("operations")) {
            String name = op.path("name").asText();
            query.put(name, fields(op.path("query")));
            responses.put(name, op.path("response").asText());
            if ("json".equals(op.path("body").path("mode").asText())) {
                bodies.put(name, op.path("body").path("shape").asText());
            }
        }
        this.shapes = Map.copyOf(shapeFields);
        this.queryByOperation = Map.copyOf(query);
        this.bodyShapeByOperation = Map.copyOf(bodies);
        this.responseShapeByOperation = Map.copyOf(responses);
    }

    /** @return the catalogue packaged with the mock */
    static Catalogue standard() {
        return Holder.STANDARD;
    }

    /**
     * @param shape a shape name
     * @return its fields by wire name, empty map for an unknown shape
     */
    Map<String, FieldSpec> shape(String shape) {
        return shapes.getOrDefault(shape, Map.of());
    }

    /**
     * @param shape a shape name
     * @return whether the catalogue describes it (its fields are then the only ones it has)
     */
    boolean hasShape(String shape) {
        return shapes.containsKey(shape);
    }

    /**
     * @param operation an operation name
     * @return its query parameters by wire name
     */
    Map<String, FieldSpec> query(String operation) {
        return queryByOperation.getOrDefault(operation, Map.of());
    }

    /**
     * @param operation an operation name
     * @return the shape of its JSON body, empty when it has none
     */
    Optional<String> bodyShape(String operation) {
        return Optional.ofNullable(bodyShapeByOperation.get(operation));
    }

    /**
     * @param operation an operation name
     * @return the fields of its answer's body by wire name, empty map for an unknown operation
     */
    Map<String, FieldSpec> response(String operation) {
        return shape(responseShapeByOperation.getOrDefault(operation, ""));
    }

    private static Map<String, FieldSpec> fields(JsonNode list) {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        for (JsonNode f : list) {
            List<String> allowed = new ArrayList<>();
            f.path("enum").forEach(v -> allowed.add(v.asText()));
            String wireName = f.path("wireName").asText(f.path("name").asText());
            fields.put(wireName, new FieldSpec(wireName, WireType.parse(f.path("type").asText()), List.copyOf(allowed),
                    number(f.path("range").path("min")), number(f.path("range").path("max")),
                    "json".equals(f.path("serialization").asText()), f.path("required").asBoolean(false)));
        }
        return fields;
    }

    private static BigDecimal number(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : new BigDecimal(node.asText());
    }

    /** Loads on first use, once. */
    private static final class Holder {
        static final Catalogue STANDARD = load();

        private static Catalogue load() {
            try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the mock's classpath");
                }
                return new Catalogue(DlcJson.mapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
