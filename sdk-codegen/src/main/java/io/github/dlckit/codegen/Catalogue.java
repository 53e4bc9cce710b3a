package io.github.dlckit.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API catalogue ({@code spec/pai-dlc-2020-12-03.json}) as plain records: the input of the generator
 * and of the coverage tests. Only what the generator uses is read; the file stays the source of truth.
 */
public record Catalogue(String product, String version, List<Operation> operations, Map<String, Shape> shapes) {

    /** One field of a shape, as the catalogue describes it. */
    public record Field(String name, String wireName, String type, boolean required, boolean deprecated,
                        String description, List<String> enumValues, String rangeMin, String rangeMax,
                        String unit, String defaultValue, String example, String location, String serialization) {

        /** True for a query parameter sent as one JSON text (the vendor's "shrink" parameters). */
        public boolean jsonSerialized() {
            return "json".equals(serialization);
        }
    }

    /** A named structure: a request, a response body or a model. */
    public record Shape(String name, String kind, boolean reachable, List<Field> fields, List<String> referencedBy,
                        String family, List<String> identicalTo, String nestedIn, List<String> operations) {
    }

    /** A path placeholder of an operation, e.g. {@code JobId} in {@code /api/v1/jobs/{JobId}}. */
    public record PathParam(String name, String type) {
    }

    /** One operation (an Action) of the API. */
    public record Operation(String name, String summary, String method, String path, List<PathParam> pathParams,
                            String request, List<Field> query, String bodyMode, String response, boolean idempotent) {

        /** True when every request field travels in a JSON body. */
        public boolean hasJsonBody() {
            return "json".equals(bodyMode);
        }
    }

    /** Reads the catalogue file. */
    public static Catalogue read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Shape> shapes = new LinkedHashMap<>();
        root.path("shapes").properties().forEach(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
        List<Operation> operations = new ArrayList<>();
        for (JsonNode op : root.path("operations")) {
            operations.add(operation(op));
        }
        return new Catalogue(root.path("product").asText(), root.path("version").asText(),
                Collections.unmodifiableList(operations), Collections.unmodifiableMap(shapes));
    }

    /** The shape with this name; fails loudly on a dangling reference. */
    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("catalogue has no shape " + name);
        }
        return shape;
    }

    /** Whether this catalogue type names a shape (rather than a scalar or a container). */
    public boolean isShape(String type) {
        return shapes.containsKey(type);
    }

    private static Shape shape(String name, JsonNode node) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : node.path("fields")) {
            fields.add(field(f));
        }
        return new Shape(name, node.path("kind").asText(), node.path("reachable").asBoolean(true), fields,
                strings(node.path("referencedBy")), text(node, "family"), strings(node.path("identicalTo")),
                text(node, "nestedIn"), strings(node.path("operations")));
    }

    private static Field field(JsonNode f) {
        JsonNode range = f.path("range");
        return new Field(f.path("name").asText(), f.path("wireName").asText(), f.path("type").asText(),
                f.path("required").asBoolean(false), f.path("deprecated").asBoolean(false),
                text(f, "description"), strings(f.path("enum")), text(range, "min"), text(range, "max"),
                text(f, "unit"), text(f, "default"), text(f, "example"), text(f, "location"),
                text(f, "serialization"));
    }

    private static Operation operation(JsonNode op) {
        List<PathParam> pathParams = new ArrayList<>();
        for (JsonNode p : op.path("pathParams")) {
            pathParams.add(new PathParam(p.path("name").asText(), p.path("type").asText()));
        }
        List<Field> query = new ArrayList<>();
        for (JsonNode q : op.path("query")) {
            query.add(field(q));
        }
        return new Operation(op.path("name").asText(), text(op, "summary"), op.path("method").asText(),
                op.path("path").asText(), pathParams, text(op, "request"), query,
                op.path("body").path("mode").asText("none"), op.path("response").asText(),
                op.path("idempotent").asBoolean());
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return Collections.unmodifiableList(out);
    }
}
