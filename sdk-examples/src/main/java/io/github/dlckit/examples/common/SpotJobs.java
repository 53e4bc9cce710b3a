package io.github.dlckit.examples.common;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobType;
import io.github.dlckit.model.SpotSpec;

import java.math.BigDecimal;

/**
 * The two spot jobs of the seed document, as {@code CreateJob} requests: a general-purpose job bidding a price
 * ({@code SpotPriceLimit}) and a Lingjun job bidding a discount ({@code SpotDiscountLimit}). Both run one PyTorch
 * worker; every example job's name starts with {@link #NAME_PREFIX}, so the clean-up program finds them.
 */
public final class SpotJobs {

    /** The start of every example job's DisplayName. */
    public static final String NAME_PREFIX = "dlckit-example-";

    /**
     * The seed document's command with half an hour of "training" instead of 30 seconds, so the market has time to
     * move while the job runs. On the mock a job runs for the sum of its {@code sleep}s and logs its {@code echo}s.
     */
    public static final String TRAINING_COMMAND = "echo 'Hello World' && sleep 1800 && echo 'DONE'";

    private SpotJobs() {
    }

    /**
     * A general-purpose (ECS) spot job: {@code SpotWithPriceLimit} with a price limit (R6, R7).
     *
     * @param where region, workspace and (optional for general-purpose) VPC
     * @param name the DisplayName, after {@link #NAME_PREFIX}
     * @param ecsSpec the instance type, e.g. {@code ecs.g7.xlarge}
     * @param priceLimit the most to pay, CNY per instance-minute, within the type's market range (R10)
     * @param command the user command
     * @return the request
     */
    public static CreateJobRequest generalPurpose(Placement where, String name, String ecsSpec, BigDecimal priceLimit,
                                                  String command) {
        return job(where, name, command, worker(where, ecsSpec, SpotSpec.priceLimit(priceLimit.doubleValue())))
                .build();
    }

    /**
     * A Lingjun spot job: a discount bid (R9), a VPC (R11), and AIMaster fault tolerance (R20), so that a release
     * puts the job back to bidding instead of failing it, at most {@code maxRestarts} times.
     *
     * @param where region, workspace and VPC
     * @param name the DisplayName, after {@link #NAME_PREFIX}
     * @param ecsSpec the Lingjun instance type, e.g. {@code ml.gu7xf.8xlarge-gu108}
     * @param discountLimit the most to pay as a fraction of the original price, 0.1 to 0.9 in steps of 0.1 (R7)
     * @param maxRestarts how many releases the job may survive
     * @param command the user command
     * @return the request
     * @throws UsageException when no VPC was given
     */
    public static CreateJobRequest lingjun(Placement where, String name, String ecsSpec, BigDecimal discountLimit,
                                           int maxRestarts, String command) {
        if (where.userVpc().isEmpty()) {
            throw new UsageException("Lingjun jobs need a VPC: --vpc, --vswitch and --security-group");
        }
        return job(where, name, command, worker(where, ecsSpec, SpotSpec.discountLimit(discountLimit.doubleValue())))
                .settings(JobSettings.builder()
                        .enableErrorMonitoringInAiMaster(true)        // automatic fault tolerance (AIMaster)
                        .elasticSpotJobMaxRestartTimes(maxRestarts)   // the restart budget
                        .build())
                .build();
    }

    private static CreateJobRequest.Builder job(Placement where, String name, String command, JobSpec worker) {
        CreateJobRequest.Builder job = CreateJobRequest.builder()
                .displayName(NAME_PREFIX + name)
                .jobType(JobType.PYTORCH_JOB)
                .addJobSpecs(worker)
                .userCommand(command);
        where.workspaceId().ifPresent(job::workspaceId);
        where.userVpc().ifPresent(job::userVpc); // required for Lingjun (R11), optional otherwise
        return job;
    }

    private static JobSpec worker(Placement where, String ecsSpec, SpotSpec bid) {
        return JobSpec.builder()
                .type("Worker")
                .podCount(1)
                .image("dsw-registry-vpc." + where.region() + ".cr.aliyuncs.com/pai/pytorch-training:1.12-cpu-py39-ubuntu20.04")
                .ecsSpec(ecsSpec)
                .spotSpec(bid)
                .build();
    }
}
