package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;

import java.time.Duration;

/**
 * The last lines of a program: how the job (or jobs) ended, how long it ran, what it cost and what the same
 * instance-minutes would have cost on demand.
 *
 * @param subject the job id, or what the summary covers ("3 attempts")
 * @param status the final status
 * @param reasonCode why, or null
 * @param running time spent running
 * @param cost what it cost
 */
public record Summary(String subject, String status, String reasonCode, Duration running, JobCost cost) {

    /**
     * @param target the job's target (for its clock and bills)
     * @param job the job as last read
     * @return its summary
     */
    public static Summary of(Target target, GetJobResponse job) {
        return new Summary(job.jobId().orElse("?"), job.status().orElse("?"), job.reasonCode().orElse(null),
                JobTimes.running(job, target.clock().instant()), target.cost(job));
    }

    /**
     * Prints the summary.
     *
     * @param out where
     * @param extra further fields of the JSON line (the text shows what matters of them itself)
     */
    public void print(Output out, Fields extra) {
        Fields fields = Fields.of().put("subject", subject).put("status", status).put("reasonCode", reasonCode)
                .put("runningSeconds", running.getSeconds()).put("instanceMinutes", cost.instanceMinutes())
                .put("costCny", cost.amount() == null ? null : Formats.money(cost.amount()))
                .put("costExact", cost.exact())
                .put("onDemandCny", cost.onDemand() == null ? null : Formats.money(cost.onDemand()))
                .put("savingCny", cost.saving().map(Formats::money).orElse(null))
                .put("savingPercent", cost.savingPercent().orElse(null));
        extra.asMap().forEach(fields::put);
        String text = "summary  " + subject + "  " + status + (reasonCode != null ? "  " + reasonCode : "") + "\n"
                + "         running " + Formats.duration(running) + ", held " + cost.instanceMinutes().toPlainString()
                + " instance-minutes\n"
                + "         " + costText();
        out.line("summary", fields, text);
    }

    private String costText() {
        if (cost.amount() == null) {
            return "cost: on the bill the next day (instance tag acs:pai:dlc:payType=spot)";
        }
        if (!cost.exact()) {
            return "cost at most " + Formats.cny(cost.amount()) + " (market price never above the bid; the bill"
                    + " the next day has the exact amount)";
        }
        String text = "cost " + Formats.cny(cost.amount());
        if (cost.onDemand() != null) {
            text += ", on-demand " + Formats.cny(cost.onDemand()) + ", saved " + Formats.cny(cost.saving().orElseThrow())
                    + " (" + cost.savingPercent().map(p -> p.toPlainString() + "%").orElse("-") + ")";
        }
        return text;
    }
}
