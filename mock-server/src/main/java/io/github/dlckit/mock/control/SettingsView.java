package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.market.QueueOrder;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server options ({@code GET|PUT /mock/v1/settings}). In a PUT every field is optional; {@code Seed},
 * {@code Clock}, {@code StartTime} and {@code Region} are fixed at start and refused.
 *
 * @param queueOrder M6: {@code PriorityFirst} or {@code BidFirst}
 * @param releaseReasonCode M10: {@code JobFailed} or {@code PreemptibleResourceReleased}
 * @param averageWindowSeconds M3's window
 * @param envPreparingSeconds M15's time in EnvPreparing
 * @param sanityCheckSeconds M26's time in SanityChecking
 * @param resumeFromCheckpoint M12: a restarted job resumes its command where the last run stopped
 * @param seed M30 (read-only)
 * @param clock {@code virtual} or {@code wall} (read-only)
 * @param startTime the clock's start (read-only)
 * @param region the served region (read-only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingsView(
        @JsonProperty("QueueOrder") String queueOrder,
        @JsonProperty("ReleaseReasonCode") String releaseReasonCode,
        @JsonProperty("AverageWindowSeconds") Long averageWindowSeconds,
        @JsonProperty("EnvPreparingSeconds") Long envPreparingSeconds,
        @JsonProperty("SanityCheckSeconds") Long sanityCheckSeconds,
        @JsonProperty("ResumeFromCheckpoint") Boolean resumeFromCheckpoint,
        @JsonProperty("Seed") Long seed,
        @JsonProperty("Clock") String clock,
        @JsonProperty("StartTime") String startTime,
        @JsonProperty("Region") String region) {

    /** @return a change of only the queue order */
    public static SettingsView queueOrder(String value) {
        return new SettingsView(value, null, null, null, null, null, null, null, null, null);
    }

    /** @return a change of only the release reason code */
    public static SettingsView releaseReasonCode(String value) {
        return new SettingsView(null, value, null, null, null, null, null, null, null, null);
    }

    /** No change. */
    public static final SettingsView NONE = new SettingsView(null, null, null, null, null, null, null, null, null, null);

    /**
     * @param top the change that wins (a flag or builder value over a scenario's)
     * @return this change with every field {@code top} sets replaced by {@code top}'s
     */
    public SettingsView overlay(SettingsView top) {
        return new SettingsView(or(top.queueOrder, queueOrder), or(top.releaseReasonCode, releaseReasonCode),
                or(top.averageWindowSeconds, averageWindowSeconds), or(top.envPreparingSeconds, envPreparingSeconds),
                or(top.sanityCheckSeconds, sanityCheckSeconds), or(top.resumeFromCheckpoint, resumeFromCheckpoint),
                or(top.seed, seed), or(top.clock, clock), or(top.startTime, startTime), or(top.region, region));
    }

    /**
     * Applies the changeable options this change sets; the fixed ones are refused.
     *
     * @param settings what to change
     * @return {@code settings}
     * @throws IllegalArgumentException naming the field and the rule, before anything changes when the settings
     *         are checked on a copy first
     */
    public EngineSettings applyTo(EngineSettings settings) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("Seed", seed);
        fixed.put("Clock", clock);
        fixed.put("StartTime", startTime);
        fixed.put("Region", region);
        for (Map.Entry<String, Object> field : fixed.entrySet()) {
            if (field.getValue() != null) {
                throw new IllegalArgumentException(field.getKey() + ": is fixed when the mock starts and cannot be"
                        + " changed through PUT /mock/v1/settings or a scenario's Settings");
            }
        }
        if (queueOrder != null) {
            settings.queueOrder(QueueOrder.fromWire(queueOrder));
        }
        if (releaseReasonCode != null) {
            settings.releaseReasonCode(releaseReasonCode);
        }
        if (averageWindowSeconds != null) {
            settings.averageWindow(Duration.ofSeconds(averageWindowSeconds));
        }
        if (envPreparingSeconds != null) {
            settings.envPreparing(Duration.ofSeconds(envPreparingSeconds));
        }
        if (sanityCheckSeconds != null) {
            settings.sanityCheck(Duration.ofSeconds(sanityCheckSeconds));
        }
        if (resumeFromCheckpoint != null) {
            settings.resumeFromCheckpoint(resumeFromCheckpoint);
        }
        return settings;
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
