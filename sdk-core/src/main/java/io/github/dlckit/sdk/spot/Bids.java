package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.SpotSpec;

/** Bids in words, for events and results. */
final class Bids {

    private Bids() {
    }

    static String describe(SpotSpec bid) {
        if (bid == null) {
            return "no bid";
        }
        if (bid.spotPriceLimit().isPresent()) {
            return "SpotPriceLimit " + BidLadder.decimal(bid.spotPriceLimit().get()).toPlainString() + " CNY/min";
        }
        if (bid.spotDiscountLimit().isPresent()) {
            return "SpotDiscountLimit " + BidLadder.decimal(bid.spotDiscountLimit().get()).toPlainString();
        }
        return "no limit";
    }
}
