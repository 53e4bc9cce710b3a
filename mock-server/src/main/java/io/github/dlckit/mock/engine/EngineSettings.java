package io.github.dlckit.mock.engine;

import io.github.dlckit.mock.engine.market.QueueOrder;

import java.time.Duration;

/**
 * The server options that may change while the mock runs ({@code PUT /mock/v1/settings}); they survive a reset.
 * Read by the lifecycle and the market at each use, so a change applies from now on. Accessed only inside
 * {@link DlcEngine#execute}.
 */
public final class EngineSettings {

    /** M10: the first edition's reason code, which the option may restore. */
    public static final String FIRST_EDITION_RELEASE_CODE = "PreemptibleResourceReleased";
    /** M10: the real service's reason code of a preempted job (R29), the default. */
    public static final String JOB_FAILED = "JobFailed";

    private QueueOrder queueOrder = QueueOrder.PRIORITY_FIRST;
    private String releaseReasonCode = JOB_FAILED;
    private Duration averageWindow = Duration.ofSeconds(3600);
    private Duration envPreparing = Duration.ofSeconds(30);
    private Duration sanityCheck = Duration.ofSeconds(30);
    private boolean resumeFromCheckpoint;

    /** @return M6's queue order */
    public QueueOrder queueOrder() {
        return queueOrder;
    }

    public EngineSettings queueOrder(QueueOrder value) {
        this.queueOrder = java.util.Objects.requireNonNull(value, "QueueOrder");
        return this;
    }

    /** @return M10's reason code of a release (pools may override it) */
    public String releaseReasonCode() {
        return releaseReasonCode;
    }

    /**
     * @param value {@code JobFailed} or {@code PreemptibleResourceReleased}
     * @return this
     * @throws IllegalArgumentException naming the option for any other value
     */
    public EngineSettings releaseReasonCode(String value) {
        this.releaseReasonCode = checkReleaseReasonCode("ReleaseReasonCode", value);
        return this;
    }

    /** @return M3's trailing window */
    public Duration averageWindow() {
        return averageWindow;
    }

    public EngineSettings averageWindow(Duration value) {
        this.averageWindow = positive("AverageWindowSeconds", value);
        return this;
    }

    /** @return M15's time in EnvPreparing */
    public Duration envPreparing() {
        return envPreparing;
    }

    public EngineSettings envPreparing(Duration value) {
        this.envPreparing = notNegative("EnvPreparingSeconds", value);
        return this;
    }

    /** @return M26's time in SanityChecking */
    public Duration sanityCheck() {
        return sanityCheck;
    }

    public EngineSettings sanityCheck(Duration value) {
        this.sanityCheck = notNegative("SanityCheckSeconds", value);
        return this;
    }

    /** @return M12: whether a restarted job resumes its command where the last run stopped (EasyCkpt, R39) */
    public boolean resumeFromCheckpoint() {
        return resumeFromCheckpoint;
    }

    public EngineSettings resumeFromCheckpoint(boolean value) {
        this.resumeFromCheckpoint = value;
        return this;
    }

    /** @return an independent copy (the builder's values, applied to each new engine) */
    public EngineSettings copy() {
        return new EngineSettings().queueOrder(queueOrder).releaseReasonCode(releaseReasonCode)
                .averageWindow(averageWindow).envPreparing(envPreparing).sanityCheck(sanityCheck)
                .resumeFromCheckpoint(resumeFromCheckpoint);
    }

    /**
     * @param field the option's name, for the message
     * @param value a reason code
     * @return the value when it is one M10 allows
     */
    public static String checkReleaseReasonCode(String field, String value) {
        if (!JOB_FAILED.equals(value) && !FIRST_EDITION_RELEASE_CODE.equals(value)) {
            throw new IllegalArgumentException(field + ": must be JobFailed or PreemptibleResourceReleased, got "
                    + value);
        }
        return value;
    }

    private static Duration positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + ": must be a positive number of seconds, got " + value);
        }
        return value;
    }

    private static Duration notNegative(String field, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(field + ": must be zero or more seconds, got " + value);
        }
        return value;
    }
}
