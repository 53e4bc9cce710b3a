package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bill of a job, or of every job ({@code GET /mock/v1/billing?JobId=…}). The mock shows bills at once (the
 * real service, the next day).
 *
 * @param records the bill lines, oldest first
 * @param total the sum of their amounts, CNY
 */
public record BillingReport(
        @JsonProperty("Records") List<BillingRecordView> records,
        @JsonProperty("Total") BigDecimal total) {

    public BillingReport {
        records = List.copyOf(records);
    }
}
