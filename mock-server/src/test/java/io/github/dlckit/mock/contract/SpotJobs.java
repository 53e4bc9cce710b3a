package io.github.dlckit.mock.contract;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;

/**
 * The jobs the contract tests submit. Each is valid for the mock's default pools in cn-wulanchabu; tests change
 * one thing at a time ({@code toBuilder()}) to show one rule.
 */
final class SpotJobs {

    /** A general-purpose spot pool: original 0.0117 CNY/min, range 0.00117–0.0117, capacity 200. */
    static final String G7 = "ecs.g7.xlarge";
    /** A Lingjun spot pool: original 2.2 CNY/min, range 0.22–2.2, capacity 16. */
    static final String GU108 = "ml.gu7xf.8xlarge-gu108";
    /** A VPC, required on Lingjun (R11). */
    static final CreateJobRequestUserVpc VPC = CreateJobRequestUserVpc.builder().vpcId("vpc-contract")
            .switchId("vsw-contract").securityGroupId("sg-contract").build();
    /** A command that runs a day (M12): longer than any test waits. */
    static final String A_DAY = "sleep 1d";

    private SpotJobs() {
    }

    /**
     * @param bid {@code SpotPriceLimit}, CNY per minute
     * @return a PyTorchJob with one worker on {@link #G7}
     */
    static CreateJobRequest generalPurpose(double bid) {
        return generalPurpose(SpotSpec.priceLimit(bid));
    }

    /**
     * @param bid any bid, valid or not
     * @return a PyTorchJob with one worker on {@link #G7} bidding that
     */
    static CreateJobRequest generalPurpose(SpotSpec bid) {
        return pyTorchJob(role("Worker", G7, 1, bid)).build();
    }

    /**
     * @param discount {@code SpotDiscountLimit}, a fraction of the original price
     * @param faultTolerant {@code Settings.EnableErrorMonitoringInAIMaster} (M11)
     * @return a PyTorchJob with one worker on {@link #GU108}, in a VPC
     */
    static CreateJobRequest lingjun(double discount, boolean faultTolerant) {
        return lingjun(SpotSpec.discountLimit(discount)).toBuilder()
                .settings(JobSettings.builder().enableErrorMonitoringInAiMaster(faultTolerant).build()).build();
    }

    /**
     * @param bid any bid, valid or not
     * @return a PyTorchJob with one worker on {@link #GU108} bidding that, in a VPC
     */
    static CreateJobRequest lingjun(SpotSpec bid) {
        return pyTorchJob(role("Worker", GU108, 1, bid)).userVpc(VPC).build();
    }

    /**
     * @param maxRestarts {@code Settings.ElasticSpotJobMaxRestartTimes}
     * @return {@link #lingjun} at a 0.4 discount with fault tolerance and that restart budget
     */
    static CreateJobRequest faultTolerantLingjun(int maxRestarts) {
        return lingjun(0.4, true).toBuilder().settings(JobSettings.builder().enableErrorMonitoringInAiMaster(true)
                .elasticSpotJobMaxRestartTimes(maxRestarts).build()).build();
    }

    /**
     * @param roles the roles
     * @return a PyTorchJob of those roles running {@link #A_DAY}, to complete or change
     */
    static CreateJobRequest.Builder pyTorchJob(JobSpec... roles) {
        CreateJobRequest.Builder job = CreateJobRequest.builder().displayName("contract").jobType("PyTorchJob")
                .userCommand(A_DAY);
        for (JobSpec role : roles) {
            job.addJobSpecs(role);
        }
        return job;
    }

    /**
     * @param type the role, e.g. {@code Worker}
     * @param ecsSpec the instance type
     * @param pods how many pods
     * @param bid the bid
     * @return the role
     */
    static JobSpec role(String type, String ecsSpec, int pods, SpotSpec bid) {
        return JobSpec.builder().type(type).image("registry.cn-wulanchabu.aliyuncs.com/pai/pytorch:2.3")
                .podCount(pods).ecsSpec(ecsSpec).spotSpec(bid).build();
    }
}
