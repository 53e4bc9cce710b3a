package io.github.dlckit.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.engine.EngineSettings;
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
 * A market scenario to load at start: server options, spot pools and price/capacity traces, in the control API's
 * PascalCase shapes. File format (JSON):
 *
 * <pre>{@code
 * {
 *   "Settings": { "QueueOrder": "BidFirst", "EnvPreparingSeconds": 5, ... },
 *   "Pools":  [ { "EcsSpec": "ecs.gn7i-c32g1.8xlarge", ... }, ... ],
 *   "Traces": [ { "EcsSpec": "ecs.gn7i-c32g1.8xlarge", "Points": [ ... ] }, ... ]
 * }
 * }</pre>
 *
 * All members are optional; any other member is refused (a misspelt key would otherwise be ignored silently).
 * The entries' fields are those of the market's control routes ({@code PUT /mock/v1/pools/{EcsSpec}},
 * {@code POST /mock/v1/pools/{EcsSpec}/trace}); this class checks only the outline, the market checks the rest.
 *
 * @param pools the pool objects, in file order
 * @param traces the trace objects, in file order
 * @param settings the server options it sets ({@code GET /mock/v1/settings}'s changeable fields); a flag or
 *        builder value overrides them
 */
public record Scenario(List<JsonNode> pools, List<JsonNode> traces, SettingsView settings) {

    /** No settings, no pools, no traces. */
    public static final Scenario EMPTY = new Scenario(List.of(), List.of());

    public Scenario {
        pools = List.copyOf(pools);
        traces = List.copyOf(traces);
        settings = settings == null ? SettingsView.NONE : settings;
    }

    /**
     * @param pools the pool objects
     * @param traces the trace objects
     */
    public Scenario(List<JsonNode> pools, List<JsonNode> traces) {
        this(pools, traces, SettingsView.NONE);
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
            throw new IllegalArgumentException("expected a JSON object with Settings, Pools and Traces");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("Settings") && !name.equals("Pools") && !name.equals("Traces")) {
                throw new IllegalArgumentException("unknown member '" + name + "'; expected Settings, Pools and Traces");
            }
        });
        return new Scenario(objects(root, "Pools"), objects(root, "Traces"), settings(root.path("Settings")));
    }

    /**
     * @param json what {@link #toJson} wrote (a state header's scenario)
     * @return the scenario
     */
    public static Scenario fromJson(JsonNode json) {
        try {
            return parse(DlcJson.mapper().writeValueAsBytes(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the scenario as JSON: {@code {"Settings"?, "Pools": [...], "Traces": [...]}} (what {@link #parse} reads) */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (!settings.equals(SettingsView.NONE)) {
            node.set("Settings", DlcJson.mapper().valueToTree(settings));
        }
        node.putArray("Pools").addAll(pools);
        node.putArray("Traces").addAll(traces);
        return node;
    }

    /** The options are checked here, so a bad value is a bad scenario file (exit status 2), not a failed start. */
    private static SettingsView settings(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return SettingsView.NONE;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Settings must be a JSON object");
        }
        try {
            SettingsView settings = ControlJson.read(node, SettingsView.class);
            settings.applyTo(new EngineSettings());
            return settings;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Settings: " + e.getMessage(), e);
        }
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
