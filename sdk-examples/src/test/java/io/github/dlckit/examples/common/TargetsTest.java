package io.github.dlckit.examples.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetsTest {

    private static CommandLine cli(String... args) {
        return CommandLine.parse(Targets.OPTIONS, args);
    }

    @Test
    void theMockIsTheDefaultEvenWithARegionInTheEnvironment() {
        try (Target target = Targets.open(cli(), Map.of(Targets.REGION_VARIABLE, "cn-hangzhou"))) {
            assertThat(target).isInstanceOf(MockTarget.class);
            assertThat(target.mock()).isPresent();
            assertThat(target.placement().region()).isEqualTo("cn-wulanchabu");
            assertThat(target.placement().userVpc()).isPresent(); // a stand-in, so Lingjun jobs run on the mock
        }
    }

    @Test
    void cloudTakesTheRegionFromTheFlagOrTheEnvironment() {
        try (Target fromEnvironment = Targets.open(cli("--cloud"), Map.of(Targets.REGION_VARIABLE, "cn-hangzhou"));
             Target fromFlag = Targets.open(cli("--region", "cn-shanghai", "--workspace", "12345"), Map.of())) {
            assertThat(fromEnvironment).isInstanceOf(CloudTarget.class);
            assertThat(fromEnvironment.mock()).isEmpty();
            assertThat(fromEnvironment.description())
                    .isEqualTo("target: PAI-DLC, region cn-hangzhou, endpoint pai-dlc.cn-hangzhou.aliyuncs.com,"
                            + " credentials from the default chain");
            assertThat(fromFlag.placement().region()).isEqualTo("cn-shanghai");
            assertThat(fromFlag.placement().workspaceId()).contains("12345");
            assertThat(fromFlag.placement().userVpc()).isEmpty();
        }
    }

    @Test
    void theExamplesOwnVariablesSelectTheRealServiceForScripts() {
        try (Target byRegion = Targets.open(cli(), Map.of(Targets.TARGET_REGION_VARIABLE, "cn-shenzhen"));
             Target byEndpoint = Targets.open(cli(), Map.of(Targets.TARGET_ENDPOINT_VARIABLE,
                     "https://pai-dlc-vpc.cn-hangzhou.aliyuncs.com", Targets.REGION_VARIABLE, "cn-hangzhou"))) {
            assertThat(byRegion).isInstanceOf(CloudTarget.class);
            assertThat(byRegion.placement().region()).isEqualTo("cn-shenzhen");
            assertThat(byEndpoint).isInstanceOf(CloudTarget.class);
            assertThat(byEndpoint.description()).contains("pai-dlc-vpc.cn-hangzhou.aliyuncs.com");
        }
    }

    @Test
    void cloudWithoutARegionOrWithHalfAVpcIsAUsageError() {
        assertThatThrownBy(() -> Targets.open(cli("--cloud"), Map.of())).isInstanceOf(UsageException.class)
                .hasMessageContaining("--region ID, DLCKIT_REGION or ALIBABA_CLOUD_REGION_ID");
        assertThatThrownBy(() -> Targets.open(cli("--region", "cn-hangzhou", "--vpc", "vpc-1"), Map.of()))
                .hasMessage("a VPC needs all of --vpc, --vswitch and --security-group");
    }

    @Test
    void onTheRealServiceTheCostIsAnUpperBoundFromTheStatusHistory() {
        List<String> history = new ArrayList<>(List.of("EnvPreparing@2026-11-29T00:00:00Z",
                "Running@2026-11-29T00:00:30Z", "Failed@2026-11-29T00:10:00Z"));
        try (Target cloud = Targets.open(cli("--region", "cn-hangzhou"), Map.of())) {
            JobCost cost = cloud.cost(Jobs.withHistory("0.011", history));

            assertThat(cost.instanceMinutes()).isEqualByComparingTo("10.00");
            assertThat(cost.amount()).isEqualByComparingTo("0.11");
            assertThat(cost.exact()).isFalse();
            assertThat(cost.onDemand()).isNull();
            assertThat(cost.saving()).isEmpty();
        }
    }
}
