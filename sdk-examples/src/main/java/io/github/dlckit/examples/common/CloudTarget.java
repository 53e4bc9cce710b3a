package io.github.dlckit.examples.common;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.DlcClientBuilder;
import io.github.dlckit.sdk.retry.Sleeper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The real PAI-DLC as a target: a client for a region (or an explicit endpoint) with the default credentials
 * chain (environment, profile, RAM role... see the README), wall time, and nothing the API does not offer: no
 * market control, no bills until the next day.
 */
public final class CloudTarget extends Target {

    /** Real jobs change slowly and every call counts against the API's rate limit. */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(30);
    private static final Duration WAIT_LIMIT = Duration.ofHours(12);

    private final String endpoint;

    private CloudTarget(DlcClient dlc, Placement placement, String endpoint) {
        super(dlc, placement, Clock.systemUTC(), Sleeper.system(), POLL_INTERVAL, WAIT_LIMIT);
        this.endpoint = endpoint;
    }

    /**
     * @param placement where jobs go; its region picks the endpoint
     * @param endpointOverride another endpoint (a VPC or private gateway), or null
     * @return the target; credentials are looked up when the first call is signed
     */
    public static CloudTarget connect(Placement placement, URI endpointOverride) {
        DlcClientBuilder builder = DlcClient.builder().region(placement.region());
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        String endpoint = endpointOverride != null ? endpointOverride.toString()
                : "pai-dlc." + placement.region() + ".aliyuncs.com";
        return new CloudTarget(builder.build(), placement, endpoint);
    }

    @Override
    public Optional<MockControl> mock() {
        return Optional.empty();
    }

    /** The DLC API shows no spot prices (only a discount in ListEcsSpecs): see the market program. */
    @Override
    public Optional<SpotQuote> quote(String ecsSpec) {
        return Optional.empty();
    }

    /**
     * The bill comes the next day, so: the instance-minutes held (from the job's status history) and, for a price
     * bid, the most they can cost — a job pays the market price, which is never above its bid while it holds the
     * instance (R16).
     */
    @Override
    public JobCost cost(GetJobResponse job) {
        long seconds = JobTimes.holding(job, clock().instant()).getSeconds() * JobTimes.pods(job);
        BigDecimal minutes = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal atMost = Bid.of(job).map(Bid::priceLimit).map(minutes::multiply).orElse(null);
        return new JobCost(minutes, atMost, false, null);
    }

    @Override
    public String description() {
        return "target: PAI-DLC, region " + placement().region() + ", endpoint " + endpoint
                + ", credentials from the default chain";
    }

    @Override
    public Fields descriptionFields() {
        return Fields.of().put("kind", "cloud").put("region", placement().region()).put("endpoint", endpoint);
    }
}
