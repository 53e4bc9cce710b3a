package io.github.dlckit.mock.control;

import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.clock.ClockPacing;
import io.github.dlckit.mock.engine.DlcEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** {@link MockControl} on an engine in the same JVM: each call is one turn of the engine. */
public final class EmbeddedMockControl implements MockControl {

    /** The longest single advance: far enough for any test, short enough that periodic events stay bounded. */
    public static final Duration MAX_ADVANCE = Duration.ofDays(3660);

    private final DlcEngine engine;
    private final ClockPacing pacing;
    private final MarketCommands market;
    private final QueueCommands queue;

    /**
     * @param engine the engine to steer
     * @param pacing how the clock moves by itself (wall-clock mode) before each call
     */
    public EmbeddedMockControl(DlcEngine engine, ClockPacing pacing) {
        this(engine, pacing, pacing == ClockPacing.VIRTUAL ? ClockMode.VIRTUAL : ClockMode.WALL);
    }

    /**
     * @param engine the engine to steer
     * @param pacing how the clock moves by itself (wall-clock mode) before each call
     * @param clockMode the clock mode, as the settings show it
     */
    public EmbeddedMockControl(DlcEngine engine, ClockPacing pacing, ClockMode clockMode) {
        this.engine = engine;
        this.pacing = pacing;
        this.market = new MarketCommands(engine);
        this.queue = new QueueCommands(engine, clockMode);
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
        return engine.execute(context -> {
            pacing.catchUp(context.clock());
            return context.clock().advanceBy(duration);
        });
    }

    @Override
    public void reset() {
        engine.reset();
    }

    @Override
    public List<PoolView> pools() {
        return market.pools();
    }

    @Override
    public PoolView updatePool(String ecsSpec, PoolChange change) {
        return refusalsAsControlErrors(() -> market.upsert(ecsSpec, change));
    }

    @Override
    public void loadTrace(String ecsSpec, List<TracePointView> points) {
        refusalsAsControlErrors(() -> {
            market.trace(ecsSpec, points);
            return null;
        });
    }

    @Override
    public BillingReport billing(String jobId) {
        return market.billing(jobId);
    }

    @Override
    public List<JobOverview> jobs() {
        return queue.jobs();
    }

    @Override
    public PreemptionView preempt(String jobId, Long warningSeconds, String cause) {
        return queue.preempt(jobId, warningSeconds, cause);
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
        return refusalsAsControlErrors(() -> queue.updateSettings(change));
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
