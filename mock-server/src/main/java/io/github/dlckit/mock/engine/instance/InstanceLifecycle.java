package io.github.dlckit.mock.engine.instance;

import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.time.EventClock;

import java.time.Duration;
import java.time.Instant;

/**
 * The life of a long-lived service instance on the virtual clock: Creating for the start-up time, then Running;
 * Stopped by the user, or when its maximum running time has passed since it began running (counted per run);
 * a Stopped instance starts again through Creating. Each instance has at most one pending event (the end of its
 * start-up or its automatic stop), cancelled when the instance moves on.
 */
public final class InstanceLifecycle {

    /** The reason code of an instance stopped through its Stop operation. */
    public static final String STOPPED_BY_USER = "StoppedByUser";
    /** The reason code of an instance stopped because its maximum running time passed. */
    public static final String MAX_RUNNING_TIME = "MaxRunningTimeExceeded";

    private final EventClock clock;
    private final Duration startUp;

    /**
     * @param clock the engine's clock
     * @param startUp how long Creating lasts
     */
    public InstanceLifecycle(EventClock clock, Duration startUp) {
        this.clock = clock;
        this.startUp = startUp;
    }

    /**
     * A new instance, Creating from now.
     *
     * @param kind the resource kind for error codes, e.g. {@code Tensorboard}
     * @param id its id
     * @param maxRunTime how long one run may last; null or zero for no limit
     * @return its run state
     */
    public InstanceRun create(String kind, String id, Duration maxRunTime) {
        InstanceRun run = new InstanceRun(kind, id, clock.now(), positiveOrNull(maxRunTime));
        begin(run);
        return run;
    }

    /** Starts a Stopped instance again. */
    public void start(InstanceRun run) {
        if (run.status() != InstanceStatus.STOPPED) {
            throw conflict(run, "started");
        }
        begin(run);
    }

    /** Stops an instance that is Creating or Running. */
    public void stop(InstanceRun run) {
        if (run.status() == InstanceStatus.STOPPED) {
            throw conflict(run, "stopped");
        }
        end(run, STOPPED_BY_USER, "stopped by the user");
    }

    /** Changes the limit of a run; a running instance whose new limit has already passed stops now. */
    public void maxRunTime(InstanceRun run, Duration limit) {
        run.maxRunTime(positiveOrNull(limit));
        run.touch(clock.now());
        if (run.status() == InstanceStatus.RUNNING) {
            scheduleAutoStop(run);
        }
    }

    /** Drops the pending event of a deleted instance. */
    public void forget(InstanceRun run) {
        cancelPending(run);
    }

    /**
     * The refusal of an action the instance's status does not allow.
     *
     * @param run the instance
     * @param refused what cannot be done, e.g. {@code "started"}
     * @return a CONFLICT with code {@code <Kind>StatusNotSupported}
     */
    public static EngineException conflict(InstanceRun run, String refused) {
        return new EngineException(ErrorKind.CONFLICT, run.kind() + "StatusNotSupported", run.kind() + " "
                + run.id() + " is " + run.status().wireValue() + " and cannot be " + refused + ".");
    }

    private void begin(InstanceRun run) {
        run.begin(clock.now());
        cancelPending(run);
        run.pending = clock.scheduleAfter(startUp, run.kind() + " " + run.id() + " started", () -> {
            run.running(clock.now());
            scheduleAutoStop(run);
        });
    }

    private void scheduleAutoStop(InstanceRun run) {
        cancelPending(run);
        if (run.maxRunTime().isEmpty()) {
            return;
        }
        Duration limit = run.maxRunTime().get();
        Instant due = run.runningSince().orElseThrow().plus(limit);
        Runnable autoStop = () -> end(run, MAX_RUNNING_TIME, "stopped after running for its maximum of "
                + limit.toMinutes() + " minute(s)");
        if (due.isAfter(clock.now())) {
            run.pending = clock.schedule(due, run.kind() + " " + run.id() + " reached its maximum running time",
                    autoStop);
        } else {
            autoStop.run();
        }
    }

    private void end(InstanceRun run, String code, String message) {
        cancelPending(run);
        run.stopped(clock.now(), code, message);
    }

    private static void cancelPending(InstanceRun run) {
        if (run.pending != null) {
            run.pending.cancel();
            run.pending = null;
        }
    }

    private static Duration positiveOrNull(Duration limit) {
        return limit == null || limit.isZero() || limit.isNegative() ? null : limit;
    }
}
