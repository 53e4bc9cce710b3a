package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * M29: what spot saved one job ({@code GET /mock/v1/savings}).
 *
 * @param jobId the job
 * @param spotCost the sum of its billing records, CNY
 * @param onDemandCost the same instance-seconds at each pool's OnDemandPrice, CNY
 * @param savingsPercent (1 − spot ÷ on-demand) × 100, half-up to 2 decimals; null when on-demand is 0
 * @param heldSeconds time it held instances
 * @param waitingSeconds time Queuing or Bidding, over all attempts
 * @param preemptions releases of any cause, requests included
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobSavings(
        @JsonProperty("JobId") String jobId,
        @JsonProperty("SpotCost") BigDecimal spotCost,
        @JsonProperty("OnDemandCost") BigDecimal onDemandCost,
        @JsonProperty("SavingsPercent") BigDecimal savingsPercent,
        @JsonProperty("HeldSeconds") long heldSeconds,
        @JsonProperty("WaitingSeconds") long waitingSeconds,
        @JsonProperty("Preemptions") int preemptions) {
}
