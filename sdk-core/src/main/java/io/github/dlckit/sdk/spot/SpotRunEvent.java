package io.github.dlckit.sdk.spot;

import java.time.Instant;
import java.util.Optional;

/** One decision or observation of a spot run, as a {@link SpotRunListener} hears it. */
public final class SpotRunEvent {

    /** What happened. */
    public enum Kind {
        /** A job was submitted (or a lost submission's job found and adopted: see the detail). */
        SUBMITTED,
        /** {@code CreateJob}'s outcome is unknown; the runner looks for the job before anything else. */
        SUBMISSION_UNKNOWN,
        /** The job waits for instances; the detail carries the service's reason code and message. */
        WAITING,
        /** The job runs. */
        RUNNING,
        /** The job lost its spot instances. */
        PREEMPTED,
        /** The job waited the policy's longest wait; the runner stops it. */
        WAIT_TIMED_OUT,
        /** The attempt ended otherwise (succeeded, failed, stopped, refused, cut short): see the detail. */
        ATTEMPT_ENDED,
        /** The policy chose the next option: see {@link #fallback()}. */
        NEXT_OPTION,
        /** The run ended: see the detail. */
        FINISHED
    }

    private final Kind kind;
    private final Instant time;
    private final int attempt;
    private final String region;
    private final String instanceType;
    private final String jobId;
    private final Fallback fallback;
    private final String detail;

    SpotRunEvent(Kind kind, Instant time, int attempt, String region, String instanceType, String jobId,
                 Fallback fallback, String detail) {
        this.kind = kind;
        this.time = time;
        this.attempt = attempt;
        this.region = region;
        this.instanceType = instanceType;
        this.jobId = jobId;
        this.fallback = fallback;
        this.detail = detail;
    }

    /** @return what happened */
    public Kind kind() {
        return kind;
    }

    /** @return when, by the runner's clock */
    public Instant time() {
        return time;
    }

    /** @return the attempt's number (1 for the first) */
    public int attempt() {
        return attempt;
    }

    /** @return the attempt's region */
    public String region() {
        return region;
    }

    /** @return the attempt's instance type (first spot role) */
    public String instanceType() {
        return instanceType;
    }

    /** @return the attempt's job id, once known */
    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    /** @return the fallback chosen, for {@link Kind#NEXT_OPTION} (and {@code GIVE_UP} when the policy gave up) */
    public Optional<Fallback> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** @return the decision or observation in words */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return time + " attempt " + attempt + " " + kind + (jobId == null ? "" : " " + jobId) + " [" + region + ", "
                + instanceType + "]" + (fallback == null ? "" : " " + fallback) + ": " + detail;
    }
}
