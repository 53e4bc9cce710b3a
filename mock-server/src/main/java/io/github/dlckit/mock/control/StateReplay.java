package io.github.dlckit.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.persist.ApiCommand;
import io.github.dlckit.mock.persist.CommandLog;
import io.github.dlckit.mock.persist.CommandTarget;
import io.github.dlckit.mock.persist.StateHeader;

import java.time.Instant;
import java.util.List;

/**
 * Rebuilds the engine's state from a header and commands (at start from a state directory, on an import): the
 * engine starts again from the header, loads its scenario, and runs every command through the same paths the
 * calls first took. Nothing is recorded meanwhile.
 */
final class StateReplay implements CommandTarget {

    private final DlcEngine engine;
    private final MarketCommands market;
    private final QueueCommands queue;
    private final TestTools tools;

    StateReplay(DlcEngine engine, MarketCommands market, QueueCommands queue, TestTools tools) {
        this.engine = engine;
        this.market = market;
        this.queue = queue;
        this.tools = tools;
    }

    /** Must run inside an engine turn, so no call sees the state half rebuilt. */
    void load(StateHeader header, List<JsonNode> commands) {
        CommandLog.replay(commands, CHECK_ONLY); // a malformed document is refused before anything changes
        tools.log().replaying(true);
        try {
            engine.restart(header.config(engine.config().timings()));
            tools.scenarioHook().apply(engine, Scenario.fromJson(header.scenario()));
            CommandLog.replay(commands, this);
        } finally {
            tools.log().replaying(false);
        }
    }

    @Override
    public void advanceTo(Instant time) {
        engine.execute(c -> time.isAfter(c.clock().now()) ? c.clock().advanceTo(time) : null);
    }

    @Override
    public void api(ApiCommand command) {
        tools.api().replay(command);
    }

    @Override
    public void drawRequestIds(int count) {
        tools.api().drawRequestIds(count);
    }

    @Override
    public void updatePool(String ecsSpec, JsonNode change) {
        try {
            market.upsert(ecsSpec, ControlJson.read(change, PoolChange.class));
        } catch (IllegalArgumentException e) {
            // refused the first time too
        }
    }

    @Override
    public void loadTrace(String ecsSpec, JsonNode points) {
        try {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.set("Points", points);
            market.trace(ecsSpec, ControlJson.read(body, ControlJson.TraceRequest.class).points());
        } catch (IllegalArgumentException e) {
            // refused the first time too
        }
    }

    @Override
    public void preempt(String jobId, Long warningSeconds, String cause) {
        try {
            queue.preempt(jobId, warningSeconds, cause);
        } catch (MockControlException e) {
            // refused the first time too
        }
    }

    @Override
    public void updateSettings(JsonNode change) {
        try {
            queue.updateSettings(ControlJson.read(change, SettingsView.class));
        } catch (IllegalArgumentException | MockControlException e) {
            // refused the first time too
        }
    }

    /** Parses every command without running it. */
    private static final CommandTarget CHECK_ONLY = new CommandTarget() {
        @Override
        public void advanceTo(Instant time) {
        }

        @Override
        public void api(ApiCommand command) {
        }

        @Override
        public void drawRequestIds(int count) {
        }

        @Override
        public void updatePool(String ecsSpec, JsonNode change) {
        }

        @Override
        public void loadTrace(String ecsSpec, JsonNode points) {
        }

        @Override
        public void preempt(String jobId, Long warningSeconds, String cause) {
        }

        @Override
        public void updateSettings(JsonNode change) {
        }
    };
}
