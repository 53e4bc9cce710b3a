package io.github.dlckit.mock.engine.instance;

import io.github.dlckit.mock.engine.time.ScheduledEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a long-lived service instance runs: its status and why, when it was created and last changed, when its
 * current run began running and when the last run ended, how long all its runs ran, and the limit on one run.
 * Only {@link InstanceLifecycle} changes the status; services record their own edits with {@link #touch}.
 */
public final class InstanceRun {

    private final String kind;
    private final String id;
    private final Instant created;
    private Instant modified;
    private InstanceStatus status;
    private String reasonCode;
    private String reasonMessage;
    private Instant runningSince;
    private Instant finished;
    private Duration ranBefore = Duration.ZERO;
    private Duration maxRunTime;
    ScheduledEvent pending;

    InstanceRun(String kind, String id, Instant created, Duration maxRunTime) {
        this.kind = kind;
        this.id = id;
        this.created = created;
        this.modified = created;
        this.maxRunTime = maxRunTime;
    }

    /** @return the resource kind, as error codes name it, e.g. {@code Tensorboard} */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public Instant created() {
        return created;
    }

    public Instant modified() {
        return modified;
    }

    /** Records a change the service made (an update of visibility, priority, ...). */
    public void touch(Instant at) {
        this.modified = at;
    }

    public InstanceStatus status() {
        return status;
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    public Optional<String> reasonMessage() {
        return Optional.ofNullable(reasonMessage);
    }

    /** @return when the last run ended; empty while it is being created or running */
    public Optional<Instant> finished() {
        return Optional.ofNullable(finished);
    }

    /** @return how long one run may last; empty for no limit */
    public Optional<Duration> maxRunTime() {
        return Optional.ofNullable(maxRunTime);
    }

    /** @return the running time of every run so far, the current one up to {@code now} */
    public Duration runningTime(Instant now) {
        return runningSince == null ? ranBefore : ranBefore.plus(Duration.between(runningSince, now));
    }

    /** @return when the current run began running; empty unless Running */
    Optional<Instant> runningSince() {
        return Optional.ofNullable(runningSince);
    }

    void maxRunTime(Duration limit) {
        this.maxRunTime = limit;
    }

    void begin(Instant at) {
        status = InstanceStatus.CREATING;
        reasonCode = null;
        reasonMessage = null;
        finished = null;
        modified = at;
    }

    void running(Instant at) {
        status = InstanceStatus.RUNNING;
        runningSince = at;
        modified = at;
    }

    void stopped(Instant at, String code, String message) {
        ranBefore = runningTime(at);
        runningSince = null;
        status = InstanceStatus.STOPPED;
        reasonCode = code;
        reasonMessage = message;
        finished = at;
        modified = at;
    }
}
