package io.github.dlckit.mock.engine.market;

/**
 * M21: why a spot job waits.
 *
 * @param code {@link #PRICE_TOO_LOW} or {@link #STOCK_INSUFFICIENT}
 * @param message names the pool and the numbers
 */
public record WaitingReason(String code, String message) {

    /** Some bid is below the price it must meet. */
    public static final String PRICE_TOO_LOW = "SpotPriceTooLow";
    /** Every bid meets its price, but some pool has too little free stock. */
    public static final String STOCK_INSUFFICIENT = "SpotStockInsufficient";
}
