package io.github.dlckit.mock.control;

import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.clock.ClockPacing;
import io.github.dlckit.mock.engine.DlcEngine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.fault.Faults;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.journal.RequestJournal;
import io.github.dlckit.mock.journal.RequestQuery;
import io.github.dlckit.mock.persist.ApiCommand;
import io.github.dlckit.mock.persist.ApiReplayer;
import io.github.dlckit.mock.persist.CommandLog;
import io.github.dlckit.mock.persist.StateHeader;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@link MockControl} on an engine in the same JVM: each call is one turn of the engine. */
public final class EmbeddedMockControl implements MockControl {

    /** The longest single advance: far enough for any test, short enough that periodic events stay bounded. */
    public static final Duration MAX_ADVANCE = Duration.ofDays(3660);

    /** The virtual time one turn of the engine advances at most (see {@link #advance}). */
    static final Duration ADVANCE_SLICE = Duration.ofHours(6);

    private final DlcEngine engine;
    private final ClockPacing pacing;
    private final MarketCommands market;
    private final TestTools tools;
    private final CommandLog log;
    private final StateReplay replay;
    private final QueueCommands queue;

    /**
     * A control without a server around it: its faults and journal see no calls, its state log stays in memory.
     *
     * @param engine the engine to steer
     * @param pacing how the clock moves by itself (wall-clock mode) before each call
     */
    public EmbeddedMockControl(DlcEngine engine, ClockPacing pacing) {
        this(engine, pacing, pacing == ClockPacing.VIRTUAL ? ClockMode.VIRTUAL : ClockMode.WALL,
                new TestTools(new Faults(), new RequestJournal(RequestJournal.DEFAULT_CAPACITY),
                CommandLog.inMemory(new StateHeader(engine.config().seed(), engine.config().region(),
                        engine.config().start(), null), java.time.Clock.systemUTC()), ScenarioHook.standard(),
                new NoApi()));
    }

    /**
     * @param engine the engine to steer
     * @param pacing how the clock moves by itself (wall-clock mode) before each call
     * @param clockMode the clock mode, as the settings show it
     * @param tools the faults, journal and command log of the server around the engine
     */
    public EmbeddedMockControl(DlcEngine engine, ClockPacing pacing, ClockMode clockMode, TestTools tools) {
        this.engine = engine;
        this.pacing = pacing;
        this.market = new MarketCommands(engine);
        this.queue = new QueueCommands(engine, clockMode);
        this.tools = tools;
        this.log = tools.log();
        this.replay = new StateReplay(engine, market, queue, tools);
    }

    @Override
    public Instant now() {
        return engine.execute(context -> {
            pacing.catchUp(context.clock());
            return context.clock().now();
        });
    }

    @Override
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw MockControlException.invalid("Seconds", "the clock only moves forward; got " + seconds(duration));
        }
        if (duration.compareTo(MAX_ADVANCE) > 0) {
            throw MockControlException.invalid("Seconds", "at most " + MAX_ADVANCE.getSeconds()
                    + " (about ten years) per call; got " + seconds(duration));
        }
        // A long advance runs in slices of virtual time, each one turn of the engine, so other requests are served
        // between slices (a year of an idle mock is some 365 turns of a few milliseconds each). Each slice is its
        // own logged command, so a replay interleaves the same calls between the same slices.
        Instant target = engine.execute(context -> {
            pacing.catchUp(context.clock());
            return context.clock().now().plus(duration);
        });
        long[] sequence = new long[1];
        Instant now;
        do {
            now = engine.execute(context -> {
                Instant from = context.clock().now();
                Duration left = Duration.between(from, target);
                if (left.isNegative()) {
                    return from;
                }
                Instant to = context.clock().advanceBy(left.compareTo(ADVANCE_SLICE) > 0 ? ADVANCE_SLICE : left);
                sequence[0] = log.advance(to);
                return to;
            });
        } while (now.isBefore(target));
        log.sync(sequence[0]);
        return now;
    }

    @Override
    public void reset() {
        engine.execute(context -> {
            engine.reset();
            Instant now = context.clock().now();
            log.rewrite(log.header().resetAt(now), queue.changedSinceStart()
                    .map(change -> List.<JsonNode>of(CommandLog.settingsCommand(now, change))).orElse(List.of()));
            return null;
        });
    }

    @Override
    public List<PoolView> pools() {
        return market.pools();
    }

    @Override
    public PoolView updatePool(String ecsSpec, PoolChange change) {
        return refusalsAsControlErrors(() -> recorded(
                now -> log.updatePool(now, ecsSpec, change), () -> market.upsert(ecsSpec, change)));
    }

    @Override
    public void loadTrace(String ecsSpec, List<TracePointView> points) {
        refusalsAsControlErrors(() -> recorded(now -> log.loadTrace(now, ecsSpec, points), () -> {
            market.trace(ecsSpec, points);
            return null;
        }));
    }

    @Override
    public BillingReport billing(String jobId) {
        return market.billing(jobId);
    }

    // --- Test tools (#14): faults, the request journal, state export and import ---

    @Override
    public Fault addFault(Fault fault) {
        return refusalsAsControlErrors(() -> tools.faults().add(fault));
    }

    @Override
    public List<Fault> faults() {
        return tools.faults().list();
    }

    @Override
    public void removeFault(String faultId) {
        if (!tools.faults().remove(faultId)) {
            throw new MockControlException("InvalidFaultId.NotFound", "FaultId: no fault " + faultId
                    + " is waiting (it may have applied its Times already)");
        }
    }

    @Override
    public void clearFaults() {
        tools.faults().clear();
    }

    @Override
    public List<RecordedRequest> requests(RequestQuery query) {
        return tools.journal().find(query);
    }

    @Override
    public void clearRequests() {
        tools.journal().clear();
    }

    @Override
    public JsonNode exportState() {
        return engine.execute(context -> {
            pacing.catchUp(context.clock());
            return log.export(context.clock().now());
        });
    }

    @Override
    public void importState(JsonNode state) {
        refusalsAsControlErrors(() -> {
            StateHeader header = StateHeader.fromJson(state == null ? null : state.get("Header"));
            if (!header.region().equals(engine.config().region())) {
                throw new IllegalArgumentException("Header.Region: this mock serves " + engine.config().region()
                        + "; the state is of " + header.region());
            }
            if (!state.path("Commands").isArray()) {
                throw new IllegalArgumentException("Commands: expected a JSON array");
            }
            List<JsonNode> commands = new ArrayList<>();
            state.path("Commands").forEach(commands::add);
            Instant now = state.has("Now") ? StateHeader.instant(state.path("Now"), "Now") : null;
            engine.execute(context -> {
                replay.load(header, commands);
                log.rewrite(header, commands);
                if (now != null && now.isAfter(engine.now())) {
                    advance(Duration.between(engine.now(), now));
                }
                return null;
            });
            return null;
        });
    }

    /**
     * Rebuilds the state from the command log (a server started on a state directory with a stored log).
     */
    public void replayStoredState() {
        engine.execute(context -> {
            replay.load(log.header(), log.commands());
            return null;
        });
    }

    /** Records a control command first (a refusal replays as a refusal), runs it, then waits until it is durable. */
    private <T> T recorded(java.util.function.Function<Instant, Long> record, Supplier<T> command) {
        long[] sequence = new long[1];
        T result = engine.execute(context -> {
            sequence[0] = record.apply(context.clock().now());
            return command.get();
        });
        log.sync(sequence[0]);
        return result;
    }

    /** A control without a server: there are no API calls to replay. */
    private static final class NoApi implements ApiReplayer {
        @Override
        public void replay(ApiCommand command) {
            throw new IllegalStateException("this control has no API to replay " + command.operation() + " on");
        }

        @Override
        public void drawRequestIds(int count) {
        }
    }

    @Override
    public List<JobOverview> jobs() {
        return queue.jobs();
    }

    @Override
    public PreemptionView preempt(String jobId, Long warningSeconds, String cause) {
        return recorded(now -> log.preempt(now, jobId, warningSeconds, cause),
                () -> queue.preempt(jobId, warningSeconds, cause));
    }

    @Override
    public PoolHistoryView history(String ecsSpec, Instant startTime, Instant endTime) {
        return refusalsAsControlErrors(() -> queue.history(ecsSpec, startTime, endTime));
    }

    @Override
    public List<JobSavings> savings(String jobId) {
        return queue.savings(jobId);
    }

    @Override
    public SettingsView settings() {
        return queue.settings();
    }

    @Override
    public SettingsView updateSettings(SettingsView change) {
        return refusalsAsControlErrors(() -> recorded(now -> log.updateSettings(now, change),
                () -> queue.updateSettings(change)));
    }

    /** The market refuses bad values with IllegalArgumentException; both transports answer InvalidParameter. */
    private static <T> T refusalsAsControlErrors(Supplier<T> command) {
        try {
            return command.get();
        } catch (IllegalArgumentException e) {
            throw new MockControlException("InvalidParameter", e.getMessage());
        }
    }

    /** A duration as the control API writes it: decimal seconds. */
    static String seconds(Duration duration) {
        return new java.math.BigDecimal(duration.getSeconds()).add(java.math.BigDecimal.valueOf(duration.getNano(), 9))
                .stripTrailingZeros().toPlainString();
    }
}
