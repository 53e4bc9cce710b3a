package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server-side admission rules, engine only (the SDK-level contract tests drive the same rules over HTTP). */
class SpotAdmissionTest {

    private static final Map<String, SpotOffer> OFFERS = Map.of(
            "ecs.g7.xlarge", new SpotOffer("ecs.g7.xlarge", ResourceType.ECS, 0.0012, 0.0117),
            "ml.gu7xf.8xlarge-gu108", new SpotOffer("ml.gu7xf.8xlarge-gu108", ResourceType.LINGJUN, 0.5, 5.0));
    private static final SpotAdmission ADMISSION = new SpotAdmission(spec -> Optional.ofNullable(OFFERS.get(spec)));
    private static final Caller ULANQAB = new Caller("a", "cn-wulanchabu", "u");
    private static final CreateJobRequestUserVpc VPC = CreateJobRequestUserVpc.builder().vpcId("vpc-1").switchId("vsw-1")
            .securityGroupId("sg-1").build();

    private static CreateJobRequest job(String jobType, String spec, SpotSpec bid) {
        return CreateJobRequest.builder().displayName("j").jobType(jobType).userCommand("sleep 1")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec(spec).spotSpec(bid).build()).build();
    }

    private static void refused(Caller caller, CreateJobRequest request, String messageStart) {
        assertThatThrownBy(() -> ADMISSION.check(caller, request, ResourceType.ECS))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).startsWith(messageStart);
                });
    }

    @Test
    void seedJobsAreAdmitted() {
        assertThatCode(() -> ADMISSION.check(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011)),
                ResourceType.ECS)).doesNotThrowAnyException();
        assertThatCode(() -> ADMISSION.check(ULANQAB, job("MPIJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))
                .toBuilder().userVpc(VPC).build(), ResourceType.LINGJUN)).doesNotThrowAnyException();
    }

    @Test
    void R2_refusedInARegionWithoutThatKindOfSpot() {
        refused(new Caller("a", "cn-hangzhou", "u"), job("PyTorchJob", "ml.gx8xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))
                .toBuilder().userVpc(VPC).build(), "R2: Lingjun preemptible resources are not offered in cn-hangzhou");
        refused(new Caller("a", "cn-hangzhou", "u"), job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4))
                .toBuilder().userVpc(VPC).build(), "R2: Lingjun preemptible resources are not offered in cn-hangzhou");
    }

    @Test
    void R3_frameworks() {
        refused(ULANQAB, job("TFJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011)), "R3: JobType TFJob cannot run on ECS");
        refused(ULANQAB, job("MPIJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011)), "R3: JobType MPIJob");
    }

    @Test
    void R4_noAutomaticFaultToleranceOnGeneralPurpose() {
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011)).toBuilder()
                .settings(JobSettings.builder().enableErrorMonitoringInAiMaster(true).build()).build(), "R4:");
    }

    @Test
    void R6_R7_R8_bidShape() {
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.builder().spotPriceLimit(0.011).build()), "R6:");
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.builder().spotStrategy("SpotWithPriceLimit").build()),
                "R7:");
        refused(ULANQAB, job("MPIJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.35)).toBuilder().userVpc(VPC).build(),
                "R7: JobSpecs[0].SpotSpec.SpotDiscountLimit must be one of 0.1");
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.011).toBuilder().spotDiscountLimit(0.4)
                .build()), "R8:");
    }

    @Test
    void R9_bidTypeMatchesTheResourceType() {
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.discountLimit(0.4)),
                "R9: JobSpecs[0].SpotSpec.SpotDiscountLimit is valid only for Lingjun resources");
        refused(ULANQAB, job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.priceLimit(1.0)).toBuilder().userVpc(VPC)
                .build(), "R9: Lingjun resources support only discount bids");
    }

    @Test
    void R10_priceLimitWithinTheMarketRange() {
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.5)),
                "R10: JobSpecs[0].SpotSpec.SpotPriceLimit 0.5 is outside the market price range 0.0012 to 0.0117");
        refused(ULANQAB, job("PyTorchJob", "ecs.g7.xlarge", SpotSpec.priceLimit(0.001)), "R10:");
    }

    @Test
    void R11_lingjunJobsNeedAUserVpc() {
        refused(ULANQAB, job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4)), "R11:");
        refused(ULANQAB, job("PyTorchJob", "ml.gu7xf.8xlarge-gu108", SpotSpec.discountLimit(0.4)).toBuilder()
                .userVpc(CreateJobRequestUserVpc.builder().vpcId("vpc-1").build()).build(), "R11:");
    }

    @Test
    void anInstanceTypeWithoutSpotInstancesIsRefused() {
        refused(ULANQAB, job("PyTorchJob", "ecs.unknown", SpotSpec.priceLimit(0.01)),
                "JobSpecs[0].EcsSpec ecs.unknown has no preemptible instances in cn-wulanchabu");
    }
}
