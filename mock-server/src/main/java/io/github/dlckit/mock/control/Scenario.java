package io.github.dlckit.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A market scenario to load at start: spot pools and price/capacity traces, in the control API's PascalCase
 * shapes. File format (JSON):
 *
 * <pre>{@code
 * {
 *   "Pools":  [ { "EcsSpec": "ecs.gn7i-c32g1.8xlarge", ... }, ... ],
 *   "Traces": [ { "EcsSpec": "ecs.gn7i-c32g1.8xlarge", "Points": [ ... ] }, ... ]
 * }
 * }</pre>
 *
 * Both members are optional; any other member is refused (a misspelt key would otherwise be ignored silently).
 * The entries' fields are those of the market's control routes ({@code PUT /mock/v1/pools/{EcsSpec}},
 * {@code POST /mock/v1/pools/{EcsSpec}/trace}); this class checks only the outline, the market checks the rest.
 *
 * @param pools the pool objects, in file order
 * @param traces the trace objects, in file order
 */
public record Scenario(List<JsonNode> pools, List<JsonNode> traces) {

    /** No pools, no traces. */
    public static final Scenario EMPTY = new Scenario(List.of(), List.of());

    public Scenario {
        pools = List.copyOf(pools);
        traces = List.copyOf(traces);
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file
     * @return the scenario
     * @throws IllegalArgumentException naming the file and the problem when it cannot be read or has a bad outline
     */
    public static Scenario read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read scenario " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("cannot read scenario " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scenario " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses scenario JSON.
     *
     * @param json the JSON text
     * @return the scenario
     * @throws IllegalArgumentException when it is not JSON or has a bad outline
     */
    public static Scenario parse(byte[] json) {
        JsonNode root;
        try {
            root = DlcJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with Pools and Traces");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("Pools") && !name.equals("Traces")) {
                throw new IllegalArgumentException("unknown member '" + name + "'; expected Pools and Traces");
            }
        });
        return new Scenario(objects(root, "Pools"), objects(root, "Traces"));
    }

    /** @return the scenario as JSON: {@code {"Pools": [...], "Traces": [...]}} (what {@link #parse} reads) */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putArray("Pools").addAll(pools);
        node.putArray("Traces").addAll(traces);
        return node;
    }

    private static List<JsonNode> objects(JsonNode root, String member) {
        JsonNode list = root.path(member);
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(member + " must be a JSON array");
        }
        List<JsonNode> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw new IllegalArgumentException(member + "[" + i + "] must be a JSON object");
            }
            objects.add(list.get(i));
        }
        return objects;
    }
}
