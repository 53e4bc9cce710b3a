package io.github.dlckit.examples.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BidRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aPriceBidIsTheMarketPlusTheMarginRoundedUpToATenThousandth() {
        assertThat(BidRules.priceBid(d("0.003803"), d("0.2"), d("0.0117"))).isEqualByComparingTo("0.0046");
        assertThat(BidRules.priceBid(d("0.0100"), d("0.1"), d("0.0117"))).isEqualByComparingTo("0.0110");
    }

    @Test
    void aPriceBidNeverExceedsTheCeiling() {
        assertThat(BidRules.priceBid(d("0.0110"), d("0.1"), d("0.0117"))).isEqualByComparingTo("0.0117");
    }

    @Test
    void aDiscountBidIsRoundedUpToATenthWithinTheAllowedRange() {
        assertThat(BidRules.discountBid(d("0.715"), d("2.2"), d("0.2"))).isEqualByComparingTo("0.4");
        assertThat(BidRules.discountBid(d("0.01"), d("2.2"), d("0.2"))).isEqualByComparingTo("0.1");
        assertThat(BidRules.discountBid(d("2.2"), d("2.2"), d("0.2"))).isEqualByComparingTo("0.9");
    }
}
