package io.github.dlckit.mock.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.job.JobTimings;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * What an engine starts from before the first command of a log: seed, region, virtual start time and the
 * scenario loaded at start. Replaying the log's commands on an engine started so gives the same state (ids and
 * prices come from the seed).
 *
 * @param seed the seed of ids and prices
 * @param region the region served
 * @param start the virtual time the engine starts at
 * @param scenario the scenario applied at start: {@code {"Pools": [...], "Traces": [...]}}
 */
public record StateHeader(long seed, String region, Instant start, JsonNode scenario) {

    /** The format of a log and of an exported state document. */
    public static final String FORMAT = "dlckit-mock-state/1";

    public StateHeader {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(start, "start");
        scenario = scenario == null ? emptyScenario() : scenario;
    }

    /** @return a scenario with no pools and no traces */
    public static ObjectNode emptyScenario() {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.putArray("Pools");
        empty.putArray("Traces");
        return empty;
    }

    /**
     * @param timings how long job phases take (not part of the header: the code's defaults)
     * @return the engine configuration to start from
     */
    public EngineConfig config(JobTimings timings) {
        return new EngineConfig(region, seed, start, timings);
    }

    /**
     * @param when the virtual time of a reset
     * @return the header of an engine reset at {@code when} (no scenario: a reset restores the default pools)
     */
    public StateHeader resetAt(Instant when) {
        return new StateHeader(seed, region, when, emptyScenario());
    }

    /** @return the header as JSON */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Format", FORMAT);
        node.put("Seed", seed);
        node.put("Region", region);
        node.put("Start", start.toString());
        node.set("Scenario", scenario);
        return node;
    }

    /**
     * @param node a header as {@link #toJson()} writes it
     * @return the header
     * @throws IllegalArgumentException naming the missing or bad field
     */
    public static StateHeader fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Header: expected a JSON object");
        }
        if (!FORMAT.equals(node.path("Format").asText())) {
            throw new IllegalArgumentException("Header.Format: expected " + FORMAT + ", got "
                    + node.path("Format"));
        }
        if (!node.path("Seed").canConvertToLong()) {
            throw new IllegalArgumentException("Header.Seed: expected a whole number, got " + node.path("Seed"));
        }
        if (!node.path("Region").isTextual()) {
            throw new IllegalArgumentException("Header.Region: required");
        }
        return new StateHeader(node.path("Seed").asLong(), node.path("Region").asText(),
                instant(node.path("Start"), "Header.Start"), node.get("Scenario"));
    }

    /**
     * @param value a JSON text holding an ISO-8601 instant
     * @param field the field's name, for the error
     * @return the instant
     */
    public static Instant instant(JsonNode value, String field) {
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": expected an ISO-8601 instant, got " + value);
        }
    }
}
