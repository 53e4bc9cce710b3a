package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * M33: one job as {@code GET /mock/v1/jobs} shows it, whatever its account. Fields without a value are absent.
 *
 * @param jobId the job
 * @param accountId its owner's account
 * @param displayName its name
 * @param status its status
 * @param subStatus {@code PreemptionWarning} or {@code Restarting} (M10), if any
 * @param reasonCode its reason code, if any
 * @param priority 1–9
 * @param resourceType {@code ECS} or {@code Lingjun}
 * @param restartTimes "used/max"
 * @param roles its roles
 * @param submittedTime the queue time (M6)
 * @param allocatedTime when the current allocation began
 * @param protectedUntil the end of the current allocation's protection (M7)
 * @param releaseAt an announced release (M9)
 * @param finishedTime when it ended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobOverview(
        @JsonProperty("JobId") String jobId,
        @JsonProperty("AccountId") String accountId,
        @JsonProperty("DisplayName") String displayName,
        @JsonProperty("Status") String status,
        @JsonProperty("SubStatus") String subStatus,
        @JsonProperty("ReasonCode") String reasonCode,
        @JsonProperty("Priority") int priority,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("RestartTimes") String restartTimes,
        @JsonProperty("Roles") List<Role> roles,
        @JsonProperty("SubmittedTime") String submittedTime,
        @JsonProperty("AllocatedTime") String allocatedTime,
        @JsonProperty("ProtectedUntil") String protectedUntil,
        @JsonProperty("ReleaseAt") String releaseAt,
        @JsonProperty("FinishedTime") String finishedTime) {

    /**
     * One role of the job.
     *
     * @param type the role, e.g. {@code Worker}
     * @param podCount its pods
     * @param ecsSpec its instance type (an ElasticSpotSpecs role: the chosen candidate, absent while it waits)
     * @param effectiveBid what its bid is worth, CNY per minute (M4); absent when it does not bid
     * @param allocated the instances it holds now
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Role(
            @JsonProperty("Type") String type,
            @JsonProperty("PodCount") long podCount,
            @JsonProperty("EcsSpec") String ecsSpec,
            @JsonProperty("EffectiveBid") BigDecimal effectiveBid,
            @JsonProperty("Allocated") int allocated) {
    }
}
