package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.junit.MockClients;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.EcsSpec;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.UpdateJobRequest;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** R1–R5 and R11: which resources exist where, what runs on them, what cannot change. */
class ResourceAndRegionRulesTest extends SpotContract {

    @Test
    void R1_lingjunAndGeneralPurposeSpotResourcesAreBothOffered() {
        Map<String, List<String>> specsByType = dlc.listEcsSpecs(r -> r.pageSize(100)).ecsSpecs().stream()
                .collect(Collectors.groupingBy(s -> s.resourceType().orElse(""),
                        Collectors.mapping(s -> s.instanceType().orElseThrow(), Collectors.toList())));
        assertThat(specsByType.keySet()).containsExactlyInAnyOrder("ECS", "Lingjun");
        assertThat(specsByType.get("ECS")).contains(G7).allMatch(s -> s.startsWith("ecs."));
        assertThat(specsByType.get("Lingjun")).contains(GU108).allMatch(s -> s.startsWith("ml."));
        assertThat(dlc.listEcsSpecs(r -> r.resourceType("Lingjun")).ecsSpecs())
                .extracting(s -> s.resourceType().orElse("")).containsOnly("Lingjun");

        String general = submit(generalPurpose(0.011));
        String lingjun = submit(lingjun(0.4, false));
        assertThat(job(general).resourceType()).contains("ECS");
        assertThat(job(lingjun).resourceType()).contains("Lingjun");
        assertThat(List.of(status(general), status(lingjun))).containsOnly(JobStatus.ENV_PREPARING);
    }

    @Test
    void R2_aSpotJobIsRefusedInARegionWithoutItsKindOfResource() {
        // this class's mock serves cn-wulanchabu, which has both kinds (R1 shows them taking jobs)
        assertOffers("cn-hangzhou", true, false);
        assertOffers("ap-southeast-1", false, true);
        assertOffers("us-west-1", false, false);
    }

    @Test
    void R3_lingjunTakesPyTorchAndMpiJobs_generalPurposeOnlyPyTorch() {
        assertThat(status(submit(lingjun(0.4, false).toBuilder().jobType("MPIJob").build())))
                .isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(submit(lingjun(0.4, false)))).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(submit(generalPurpose(0.011)))).isEqualTo(JobStatus.ENV_PREPARING);

        assertRefusedUnder("R3", generalPurpose(0.011).toBuilder().jobType("MPIJob").build());
        assertRefusedUnder("R3", generalPurpose(0.011).toBuilder().jobType("TFJob").build());
        assertRefusedUnder("R3", lingjun(0.4, false).toBuilder().jobType("TFJob").build());
    }

    @Test
    void R4_automaticFaultToleranceIsSupportedOnLingjunOnly() {
        JobSettings aiMaster = JobSettings.builder().enableErrorMonitoringInAiMaster(true).build();

        assertRefusedUnder("R4", generalPurpose(0.011).toBuilder().settings(aiMaster).build());
        String lingjun = submit(lingjun(0.4, true));
        assertThat(job(lingjun).settings().flatMap(JobSettings::enableErrorMonitoringInAiMaster)).contains(true);
    }

    @Test
    void R5_aSpotJobsInstanceTypeAndBidCannotBeChanged() {
        outbid(G7); // the job waits: a job that waits may otherwise change its roles
        String id = submit(generalPurpose(0.006));
        JobSpec submitted = job(id).jobSpecs().get(0);

        assertUpdateRefusedUnderR5(id, JobSpec.builder().from(submitted).ecsSpec("ecs.g7.2xlarge").build());
        assertUpdateRefusedUnderR5(id, JobSpec.builder().from(submitted).spotSpec(SpotSpec.priceLimit(0.011)).build());

        dlc.updateJob(UpdateJobRequest.builder().jobId(id).priority(7).build());
        assertThat(job(id).priority()).hasValue(7);
        assertThat(job(id).jobSpecs()).containsExactly(submitted);
    }

    @Test
    void R11_lingjunJobsNeedAUserVpc() {
        assertRefusedUnder("R11", lingjun(0.4, false).toBuilder().userVpc(Optional.empty()).build());
        CreateJobRequestUserVpc withoutSecurityGroup = CreateJobRequestUserVpc.builder().vpcId("vpc-1")
                .switchId("vsw-1").build();
        assertRefusedUnder("R11", lingjun(0.4, false).toBuilder().userVpc(withoutSecurityGroup).build());

        assertThat(generalPurpose(0.011).userVpc()).isEmpty();
        assertThat(status(submit(generalPurpose(0.011)))).isEqualTo(JobStatus.ENV_PREPARING);
    }

    private void assertUpdateRefusedUnderR5(String id, JobSpec changed) {
        DlcServiceException refused = catchThrowableOfType(DlcServiceException.class,
                () -> dlc.updateJob(UpdateJobRequest.builder().jobId(id).addJobSpecs(changed).build()));
        assertThat(refused).isNotNull();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("R5");
    }

    /** A mock of another region: which kinds of spot job it takes, and that it refuses the others under R2. */
    private static void assertOffers(String region, boolean generalPurpose, boolean lingjun) {
        try (DlcMockServer mock = DlcMockServer.builder().region(region).start();
             DlcClient client = MockClients.clientBuilder(mock).clientValidation(false).build()) {
            assertTakes(client, generalPurpose(0.011), generalPurpose, region);
            assertTakes(client, lingjun(0.4, false), lingjun, region);
            List<EcsSpec> specs = client.listEcsSpecs(r -> r.pageSize(100)).ecsSpecs();
            assertThat(specs.stream().anyMatch(s -> s.resourceType().orElse("").equals("ECS")))
                    .isEqualTo(generalPurpose);
            assertThat(specs.stream().anyMatch(s -> s.resourceType().orElse("").equals("Lingjun"))).isEqualTo(lingjun);
        }
    }

    private static void assertTakes(DlcClient client, CreateJobRequest job, boolean offered, String region) {
        if (offered) {
            assertThat(client.createJob(job).jobId()).isPresent();
        } else {
            assertThat(assertRefusedUnder(client, "R2", job).errorMessage()).contains(region);
        }
    }
}
