package io.github.dlckit.mock.clock;

import io.github.dlckit.mock.engine.DlcEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a wall-clock engine moving when nobody calls it, so events (a preemption, a job's end) happen on time:
 * a daemon thread catches the clock up every tick.
 */
public final class WallClockTicker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WallClockTicker.class);

    private final ScheduledExecutorService scheduler;

    /**
     * Starts ticking.
     *
     * @param engine the engine to move
     * @param pacing how to move its clock
     * @param period how often
     */
    public WallClockTicker(DlcEngine engine, ClockPacing pacing, Duration period) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dlc-mock-wall-clock");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleAtFixedRate(() -> tick(engine, pacing), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void tick(DlcEngine engine, ClockPacing pacing) {
        try {
            engine.execute(context -> {
                pacing.catchUp(context.clock());
                return null;
            });
        } catch (RuntimeException e) {
            // A failing event must not stop the clock for good; the next tick tries again.
            LOG.error("wall-clock tick failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
