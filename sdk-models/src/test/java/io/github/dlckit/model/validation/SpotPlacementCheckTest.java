package io.github.dlckit.model.validation;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline helper for the rules that depend on region and resource type. */
class SpotPlacementCheckTest {

    private static final CreateJobRequestUserVpc VPC = CreateJobRequestUserVpc.builder()
            .vpcId("vpc-1").switchId("vsw-1").securityGroupId("sg-1").build();

    private static CreateJobRequest job(String jobType, String ecsSpec, SpotSpec bid) {
        return CreateJobRequest.builder().displayName("j").jobType(jobType).userCommand("sleep 1")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec(ecsSpec).spotSpec(bid).build())
                .build();
    }

    private static List<String> problems(String region, CreateJobRequest request) {
        return SpotPlacementCheck.forRegion(region).check(request).stream().map(Violation::toString).toList();
    }

    @Test
    void seedJobsPassWhereTheyAreOffered() {
        assertThat(problems("cn-hangzhou", job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011)))).isEmpty();
        assertThat(problems("cn-wulanchabu", job("MPIJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))
                .toBuilder().userVpc(VPC).build())).isEmpty();
    }

    @Test
    void r2_regionWithoutThatKindOfSpotCapacity() {
        assertThat(problems("cn-hangzhou", job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))
                .toBuilder().userVpc(VPC).build()))
                .containsExactly("JobSpecs[0].EcsSpec: R2 requires a region with Lingjun preemptible resources "
                        + "(ap-southeast-1, cn-wulanchabu), got cn-hangzhou");
        assertThat(problems("eu-central-1", job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011))))
                .singleElement().asString().startsWith("JobSpecs[0].EcsSpec: R2").endsWith("got eu-central-1");
    }

    @Test
    void r3_frameworksPerResourceType() {
        assertThat(problems("cn-hangzhou", job("TFJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011))))
                .containsExactly("JobType: R3 requires PyTorchJob for ECS preemptible resources, got TFJob");
        assertThat(problems("cn-hangzhou", job("MPIJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011))))
                .singleElement().asString().startsWith("JobType: R3");
        assertThat(problems("cn-wulanchabu", job("TFJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.5))
                .toBuilder().userVpc(VPC).build()))
                .containsExactly("JobType: R3 requires PyTorchJob or MPIJob for Lingjun preemptible resources, got TFJob");
    }

    @Test
    void r4_faultToleranceOnlyOnLingjun() {
        CreateJobRequest withAiMaster = job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011)).toBuilder()
                .settings(JobSettings.builder().enableErrorMonitoringInAiMaster(true).build()).build();

        assertThat(problems("cn-hangzhou", withAiMaster)).singleElement().asString()
                .startsWith("Settings.EnableErrorMonitoringInAIMaster: R4 requires Lingjun resources");
    }

    @Test
    void r9_bidTypeMustMatchTheResourceType() {
        assertThat(problems("cn-hangzhou", job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.discountLimit(0.4))))
                .containsExactly("JobSpecs[0].SpotSpec.SpotDiscountLimit: R9 is valid only for Lingjun resources; "
                        + "bid with SpotPriceLimit on general-purpose resources, got 0.4");
        assertThat(problems("cn-wulanchabu", job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.priceLimit(0.5))
                .toBuilder().userVpc(VPC).build()))
                .singleElement().asString().startsWith("JobSpecs[0].SpotSpec.SpotPriceLimit: R9");
    }

    @Test
    void r10_priceLimitWithinTheMarketRangeWhenKnown() {
        CreateJobRequest request = job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(5));

        assertThat(problems("cn-hangzhou", request)).isEmpty();
        assertThat(SpotPlacementCheck.forRegion("cn-hangzhou").priceRange("ecs.g7.xlarge", 0.01, 0.1).check(request))
                .extracting(Violation::toString)
                .containsExactly("JobSpecs[0].SpotSpec.SpotPriceLimit: R10 requires a price within the market range "
                        + "0.01 to 0.1 CNY per minute of ecs.g7.xlarge, got 5.0");
    }

    @Test
    void r11_lingjunJobsNeedAUserVpc() {
        assertThat(problems("cn-wulanchabu", job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))))
                .containsExactly("UserVpc: R11 requires VpcId, SwitchId and SecurityGroupId for jobs on Lingjun "
                        + "resources, got none");
        assertThat(problems("cn-wulanchabu", job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))
                .toBuilder().userVpc(CreateJobRequestUserVpc.builder().vpcId("vpc-1").build()).build()))
                .singleElement().asString().endsWith("got an incomplete UserVpc");
    }

    @Test
    void resourceTypesCanComeFromTheCaller() {
        CreateJobRequest request = job("PyTorchJob", "custom.type", SpotSpec.discountLimit(0.4));

        assertThat(problems("cn-hangzhou", request)).isEmpty();
        assertThat(SpotPlacementCheck.forRegion("cn-hangzhou").resourceTypes(spec -> ResourceType.ECS).check(request))
                .extracting(Violation::rule).containsExactly("R9");
        assertThatThrownBy(() -> SpotPlacementCheck.forRegion("cn-hangzhou").resourceTypes(s -> ResourceType.ECS)
                .validate(request)).isInstanceOf(ValidationException.class).hasMessageContaining("R9");
    }
}
