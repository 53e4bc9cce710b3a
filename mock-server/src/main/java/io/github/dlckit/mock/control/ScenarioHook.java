package io.github.dlckit.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.engine.DlcEngine;

/**
 * Loads a {@link Scenario} into the engine's spot market: each {@code Pools} entry is applied like
 * {@code PUT /mock/v1/pools/{EcsSpec}} and each {@code Traces} entry like {@code POST /mock/v1/pools/{EcsSpec}/trace}
 * (entries name their pool with {@code EcsSpec}).
 */
@FunctionalInterface
public interface ScenarioHook {

    /**
     * Applies a scenario before the server takes requests.
     *
     * @param engine the engine
     * @param scenario the pools and traces
     * @throws IllegalArgumentException when the scenario's content is refused (naming the entry)
     */
    void apply(DlcEngine engine, Scenario scenario);

    /**
     * The hook the server uses unless told otherwise.
     *
     * @return the hook
     */
    static ScenarioHook standard() {
        return (engine, scenario) -> {
            MarketCommands market = new MarketCommands(engine);
            for (int i = 0; i < scenario.pools().size(); i++) {
                ObjectNode pool = scenario.pools().get(i).deepCopy();
                String spec = ecsSpec(pool, "Pools[" + i + "]");
                inEntry("Pools[" + i + "] (" + spec + ")", () -> market.upsert(spec, ControlJson.read(pool,
                        PoolChange.class)));
            }
            for (int i = 0; i < scenario.traces().size(); i++) {
                ObjectNode trace = scenario.traces().get(i).deepCopy();
                String spec = ecsSpec(trace, "Traces[" + i + "]");
                inEntry("Traces[" + i + "] (" + spec + ")", () -> {
                    market.trace(spec, ControlJson.tracePoints(trace));
                    return null;
                });
            }
        };
    }

    /** Takes the entry's {@code EcsSpec} out (the rest are the fields of the pool or trace routes). */
    private static String ecsSpec(ObjectNode entry, String where) {
        JsonNode spec = entry.remove("EcsSpec");
        if (spec == null || !spec.isTextual() || spec.asText().isEmpty()) {
            throw new IllegalArgumentException(where + ": EcsSpec is required");
        }
        return spec.asText();
    }

    private static void inEntry(String where, java.util.function.Supplier<?> load) {
        try {
            load.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
