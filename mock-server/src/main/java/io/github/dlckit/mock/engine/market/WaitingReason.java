package io.github.dlckit.mock.engine.market;

import java.util.function.Supplier;

/**
 * M21: why a spot job waits: a code, and a message naming the pool and the numbers of the moment it was asked,
 * written out when first read (and then kept).
 */
public final class WaitingReason {

    /** Some bid is below the price it must meet. */
    public static final String PRICE_TOO_LOW = "SpotPriceTooLow";
    /** Every bid meets its price, but some pool has too little free stock. */
    public static final String STOCK_INSUFFICIENT = "SpotStockInsufficient";

    private final String code;
    private Supplier<String> text;
    private String message;

    /**
     * @param code {@link #PRICE_TOO_LOW} or {@link #STOCK_INSUFFICIENT}
     * @param text writes the message from values taken when the reason was made
     */
    public WaitingReason(String code, Supplier<String> text) {
        this.code = code;
        this.text = text;
    }

    /** @return {@link #PRICE_TOO_LOW} or {@link #STOCK_INSUFFICIENT} */
    public String code() {
        return code;
    }

    /** @return the pool and the numbers */
    public String message() {
        if (message == null) {
            message = text.get();
            text = null;
        }
        return message;
    }

    @Override
    public String toString() {
        return code + ": " + message();
    }
}
