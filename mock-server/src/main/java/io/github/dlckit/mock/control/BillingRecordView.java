package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One bill line (M13): one instance over one price segment, at the market price of that segment (R22), tagged
 * {@code acs:pai:dlc:payType=spot} (R23). Times are ISO-8601 UTC; an open segment ends now.
 *
 * @param jobId the job
 * @param instanceId the spot instance
 * @param ecsSpec its instance type
 * @param startTime when the segment began
 * @param endTime when it ended (now, while still open)
 * @param price CNY per minute
 * @param amount CNY: price × minutes held
 * @param tags the instance tags
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillingRecordView(
        @JsonProperty("JobId") String jobId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("EcsSpec") String ecsSpec,
        @JsonProperty("StartTime") String startTime,
        @JsonProperty("EndTime") String endTime,
        @JsonProperty("Price") BigDecimal price,
        @JsonProperty("Amount") BigDecimal amount,
        @JsonProperty("Tags") Map<String, String> tags) {
}
