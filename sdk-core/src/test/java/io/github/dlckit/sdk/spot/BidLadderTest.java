package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BidLadderTest {

    final BidLadder ladder = new BidLadder(SpotPolicy.builder().raiseDiscountUpTo(new BigDecimal("0.7"))
            .raisePriceBy(new BigDecimal("0.002"), new BigDecimal("0.015")).build());

    @Test
    void R7_discountBidsRiseInStepsOfATenthUpToTheCap() {
        SpotSpec start = SpotSpec.discountLimit(0.4);

        assertThat(ladder.at(start, "ml.gu7i.c16m60.1-gu30", 1).spotDiscountLimit()).contains(0.5f);
        assertThat(ladder.at(start, "ml.gu7i.c16m60.1-gu30", 3).spotDiscountLimit()).contains(0.7f);
        assertThat(ladder.at(start, "ml.gu7i.c16m60.1-gu30", 9).spotDiscountLimit()).contains(0.7f);
        assertThat(ladder.canRaise(start, "ml.gu7i.c16m60.1-gu30", 2)).isTrue();
        assertThat(ladder.canRaise(start, "ml.gu7i.c16m60.1-gu30", 3)).isFalse();
    }

    @Test
    void aBidAboveTheCapIsKept_butNeverRaised() {
        SpotSpec start = SpotSpec.priceLimit(0.02);

        assertThat(ladder.at(start, "ecs.g7.xlarge", 2).spotPriceLimit()).contains(0.02f);
        assertThat(ladder.canRaise(start, "ecs.g7.xlarge", 0)).isFalse();
    }

    @Test
    void withoutARaiseInThePolicy_theBidStays() {
        BidLadder fixed = new BidLadder(SpotPolicy.defaults());

        assertThat(fixed.canRaise(SpotSpec.priceLimit(0.01), "ecs.g7.xlarge", 0)).isFalse();
        assertThat(fixed.canRaise(SpotSpec.discountLimit(0.4), "ml.gu7i", 0)).isFalse();
    }

    @Test
    void R10_aPriceBidIsKeptInsideTheMarketRange() {
        BidLadder ranged = new BidLadder(SpotPolicy.builder()
                .raisePriceBy(new BigDecimal("0.002"), new BigDecimal("0.015"))
                .marketRange("ecs.g6.xlarge", new BigDecimal("0.0050"), new BigDecimal("0.0090")).build());

        assertThat(ranged.at(SpotSpec.priceLimit(0.004), "ecs.g6.xlarge", 0).spotPriceLimit()).contains(0.005f);
        assertThat(ranged.at(SpotSpec.priceLimit(0.008), "ecs.g6.xlarge", 1).spotPriceLimit()).contains(0.009f);
        assertThat(ranged.canRaise(SpotSpec.priceLimit(0.008), "ecs.g6.xlarge", 1)).isFalse();
    }
}
