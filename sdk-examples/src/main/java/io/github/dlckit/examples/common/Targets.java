package io.github.dlckit.examples.common;

import io.github.dlckit.model.CreateJobRequestUserVpc;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses the target from the command line and the environment. The embedded mock is the default; the real
 * service only when asked for — by {@code --cloud}, {@code --region} or {@code --endpoint}, or by the examples' own
 * variables {@value #TARGET_REGION_VARIABLE} and {@value #TARGET_ENDPOINT_VARIABLE} (for scripts). The vendor's
 * {@value #REGION_VARIABLE} alone, which a developer's shell often holds, never sends a quick start to a paying
 * account: it only supplies the region once the real service is asked for.
 */
public final class Targets {

    /** The environment variable the vendor's tools read the region from. */
    public static final String REGION_VARIABLE = "ALIBABA_CLOUD_REGION_ID";
    /** Like {@code --region}: run on the real service in this region. */
    public static final String TARGET_REGION_VARIABLE = "DLCKIT_REGION";
    /** Like {@code --endpoint}: run on the real service at this endpoint. */
    public static final String TARGET_ENDPOINT_VARIABLE = "DLCKIT_ENDPOINT";

    /** Options every program takes. */
    public static final List<Option> OPTIONS = List.of(
            Option.toggle("cloud", "use the real PAI-DLC (region from --region or " + REGION_VARIABLE + ")"),
            Option.value("region", "ID", null, "the real service's region, e.g. cn-hangzhou (implies --cloud)"),
            Option.value("endpoint", "URL", null, "another endpoint of the real service (implies --cloud)"),
            Option.value("workspace", "ID", null, "the workspace of the jobs"),
            Option.value("vpc", "ID", null, "UserVpc VpcId (Lingjun jobs need a VPC)"),
            Option.value("vswitch", "ID", null, "UserVpc SwitchId"),
            Option.value("security-group", "ID", null, "UserVpc SecurityGroupId"),
            Option.value("seed", "N", "1", "mock: the seed of ids and prices"),
            Option.value("start", "TIME", "2026-11-29T00:00:00Z", "mock: the virtual time at start"));

    /** The mock's stand-in for a VPC, so Lingjun jobs (R11) run there without flags. */
    private static final CreateJobRequestUserVpc MOCK_VPC = CreateJobRequestUserVpc.builder()
            .vpcId("vpc-example").switchId("vsw-example").securityGroupId("sg-example").build();

    private Targets() {
    }

    /**
     * @param cli the command line (with {@link #OPTIONS})
     * @param environment the process environment
     * @return the target it names: the embedded mock unless the real service was asked for
     * @throws UsageException when the real service was asked for without a region, or the VPC is incomplete
     */
    public static Target open(CommandLine cli, Map<String, String> environment) {
        Optional<CreateJobRequestUserVpc> vpc = userVpc(cli);
        Optional<String> workspace = cli.given("workspace");
        if (!wantsCloud(cli, environment)) {
            return MockTarget.start(cli.number("seed"), cli.instant("start"),
                    region -> new Placement(region, workspace, Optional.of(vpc.orElse(MOCK_VPC))));
        }
        String region = cli.given("region").or(() -> variable(environment, TARGET_REGION_VARIABLE))
                .or(() -> variable(environment, REGION_VARIABLE))
                .orElseThrow(() -> new UsageException("the real service needs a region: --region ID, "
                        + TARGET_REGION_VARIABLE + " or " + REGION_VARIABLE));
        URI endpoint = cli.given("endpoint").or(() -> variable(environment, TARGET_ENDPOINT_VARIABLE))
                .map(URI::create).orElse(null);
        return CloudTarget.connect(new Placement(region, workspace, vpc), endpoint);
    }

    private static boolean wantsCloud(CommandLine cli, Map<String, String> environment) {
        return cli.isSet("cloud") || cli.isSet("region") || cli.isSet("endpoint")
                || variable(environment, TARGET_REGION_VARIABLE).isPresent()
                || variable(environment, TARGET_ENDPOINT_VARIABLE).isPresent();
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    private static Optional<CreateJobRequestUserVpc> userVpc(CommandLine cli) {
        long given = Stream.of("vpc", "vswitch", "security-group").filter(cli::isSet).count();
        if (given == 0) {
            return Optional.empty();
        }
        if (given < 3) {
            throw new UsageException("a VPC needs all of --vpc, --vswitch and --security-group");
        }
        return Optional.of(CreateJobRequestUserVpc.builder().vpcId(cli.string("vpc"))
                .switchId(cli.string("vswitch")).securityGroupId(cli.string("security-group")).build());
    }
}
