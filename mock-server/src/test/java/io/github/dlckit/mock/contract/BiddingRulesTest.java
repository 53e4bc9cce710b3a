package io.github.dlckit.mock.contract;

import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static org.assertj.core.api.Assertions.assertThat;

/** R6–R10, M4 and M17: what a bid may be, what it is worth, and which price it must meet. */
class BiddingRulesTest extends SpotContract {

    private static final String STRATEGY = "SpotWithPriceLimit";

    @Test
    void R6_limitsCountOnlyUnderSpotWithPriceLimit() {
        assertRefusedUnder("R6", generalPurpose(SpotSpec.builder().spotPriceLimit(0.011).build()));
        assertRefusedUnder("R6", generalPurpose(SpotSpec.builder().spotStrategy("SpotAsPriceGo")
                .spotPriceLimit(0.011).build()));
        assertRefusedUnder("R6", lingjun(SpotSpec.builder().spotStrategy("SpotAsPriceGo").build()));

        price(G7, "0.005");
        assertThat(status(submit(generalPurpose(0.0049)))).as("the limit counts: below the market").isEqualTo(JobStatus.QUEUING);
        assertThat(status(submit(generalPurpose(0.0051)))).isEqualTo(JobStatus.ENV_PREPARING);
    }

    @Test
    void R7_aPriceLimitOrADiscountLimitOfTenthsFromOneToNine() {
        assertThat(status(submit(generalPurpose(0.011)))).isEqualTo(JobStatus.ENV_PREPARING);
        // discounts of the original price 2.2; the average starts at 0.715 (32.5 %)
        assertThat(status(submit(lingjun(0.1, false)))).isEqualTo(JobStatus.BIDDING);
        assertThat(status(submit(lingjun(0.9, false)))).isEqualTo(JobStatus.ENV_PREPARING);

        for (double discount : new double[] {0.0, 0.05, 0.45, 0.95, 1.0}) {
            assertRefusedUnder("R7", lingjun(discount, false));
        }
        assertRefusedUnder("R7", generalPurpose(-0.005));
        assertRefusedUnder("R7", generalPurpose(SpotSpec.builder().spotStrategy(STRATEGY).build()));
    }

    @Test
    void R8_notBothLimits() {
        SpotSpec both = SpotSpec.builder().spotStrategy(STRATEGY).spotPriceLimit(0.011).spotDiscountLimit(0.4).build();

        assertRefusedUnder("R8", generalPurpose(both));
        assertRefusedUnder("R8", lingjun(both));
    }

    @Test
    void R9_discountBidsOnlyOnLingjun_andLingjunOnlyDiscountBids() {
        assertRefusedUnder("R9", generalPurpose(SpotSpec.discountLimit(0.4)));
        assertRefusedUnder("R9", lingjun(SpotSpec.priceLimit(1.0)));

        assertThat(status(submit(generalPurpose(SpotSpec.priceLimit(0.011))))).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(submit(lingjun(SpotSpec.discountLimit(0.4))))).isEqualTo(JobStatus.ENV_PREPARING);
    }

    @Test
    void R10_aPriceLimitMustLieWithinTheMarketPriceRange() {
        assertThat(pool(G7).minPrice()).isEqualByComparingTo("0.00117");
        assertThat(pool(G7).maxPrice()).isEqualByComparingTo("0.0117");

        assertThat(status(submit(generalPurpose(0.00117)))).as("the floor").isEqualTo(JobStatus.QUEUING);
        assertThat(status(submit(generalPurpose(0.0117)))).as("the ceiling").isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(assertRefusedUnder("R10", generalPurpose(0.00116)).errorMessage())
                .contains("0.00117").contains("0.0117");
        assertRefusedUnder("R10", generalPurpose(0.0118));
    }

    @Test
    void M4_aDiscountBidIsWorthItsFractionOfTheOriginalPrice_andATieWins() {
        price(GU108, "0.88"); // 0.4 × 2.2
        assertThat(status(submit(lingjun(0.4, false)))).as("a tie").isEqualTo(JobStatus.ENV_PREPARING);

        price(GU108, "0.880001");
        String waiting = submit(lingjun(0.4, false));
        assertThat(status(waiting)).isEqualTo(JobStatus.BIDDING);

        change(GU108, c -> c.onDemandPrice("2.2001")); // 0.4 × 2.2001 = 0.88004
        assertThat(status(waiting)).isEqualTo(JobStatus.ENV_PREPARING);
    }

    @Test
    void M17_generalPurposeBidsMeetTheMarketPrice_lingjunBidsTheAveragePrice_stockCountsForBoth() {
        change(G7, c -> c.marketPrice("0.007").averagePrice("0.004"));
        String general = submit(generalPurpose(0.006));
        change(GU108, c -> c.marketPrice("0.3").averagePrice("1.0"));
        String lingjun = submit(lingjun(0.4, false));
        assertThat(status(general)).isEqualTo(JobStatus.QUEUING);
        assertThat(status(lingjun)).isEqualTo(JobStatus.BIDDING);

        change(G7, c -> c.marketPrice("0.006").averagePrice("0.011"));
        change(GU108, c -> c.marketPrice("2.2").averagePrice("0.88"));
        assertThat(status(general)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(lingjun)).isEqualTo(JobStatus.ENV_PREPARING);

        change(G7, c -> c.capacity(1));
        change(GU108, c -> c.capacity(1));
        assertThat(status(submit(generalPurpose(0.011)))).isEqualTo(JobStatus.QUEUING);
        assertThat(status(submit(lingjun(0.9, false)))).isEqualTo(JobStatus.BIDDING);
    }
}
