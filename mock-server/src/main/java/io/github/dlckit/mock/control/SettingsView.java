package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The server options ({@code GET|PUT /mock/v1/settings}). In a PUT every field is optional; {@code Seed},
 * {@code Clock}, {@code StartTime} and {@code Region} are fixed at start and refused.
 *
 * @param queueOrder M6: {@code PriorityFirst} or {@code BidFirst}
 * @param releaseReasonCode M10: {@code JobFailed} or {@code PreemptibleResourceReleased}
 * @param averageWindowSeconds M3's window
 * @param envPreparingSeconds M15's time in EnvPreparing
 * @param sanityCheckSeconds M26's time in SanityChecking
 * @param resumeFromCheckpoint M12's option (not modelled by this build: always false)
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
}
