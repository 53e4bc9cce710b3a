package io.github.dlckit.mock.control;

import io.github.dlckit.mock.engine.DlcEngine;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link Scenario} into the engine's spot market. The market is connected at integration: until then
 * {@link #standard()} only reports what it was given.
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
        // INTEGRATION: connect the spot market here (pools via the market's pool update, traces as clock events).
        return (engine, scenario) -> {
            if (!scenario.pools().isEmpty() || !scenario.traces().isEmpty()) {
                LoggerFactory.getLogger(ScenarioHook.class).warn("scenario with {} pools and {} traces read, but this "
                        + "build has no spot market to load them into", scenario.pools().size(), scenario.traces().size());
            }
        };
    }
}
