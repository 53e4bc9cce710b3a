package io.github.dlckit.mock.engine.market;

import java.util.function.Function;

/**
 * M21: why a spot job waits: a code, and a message naming the pool and its numbers. The numbers are those of the
 * pool's last settlement for as long as the reason stands — the market hands out a new reason only when the code
 * or the pool in question changes, not at every price move — and are fixed when it stops standing (the demand is
 * allocated or withdrawn, another reason replaces it, or the job leaves its waiting status). The message is
 * written out when read.
 */
public final class WaitingReason {

    /** Some bid is below the price it must meet. */
    public static final String PRICE_TOO_LOW = "SpotPriceTooLow";
    /** Every bid meets its price, but some pool has too little free stock. */
    public static final String STOCK_INSUFFICIENT = "SpotStockInsufficient";

    private final String code;
    private final SpotPool pool;
    private final Function<PoolReading, String> text;
    private PoolReading fixed;
    private PoolReading written;
    private String message;

    /**
     * @param code {@link #PRICE_TOO_LOW} or {@link #STOCK_INSUFFICIENT}
     * @param pool the pool the message names
     * @param text writes the message from a reading of that pool
     */
    WaitingReason(String code, SpotPool pool, Function<PoolReading, String> text) {
        this.code = code;
        this.pool = pool;
        this.text = text;
    }

    /** @return {@link #PRICE_TOO_LOW} or {@link #STOCK_INSUFFICIENT} */
    public String code() {
        return code;
    }

    /** @return the pool and the numbers */
    public String message() {
        PoolReading reading = fixed != null ? fixed : pool.settledReading();
        if (reading != written) {
            written = reading;
            message = text.apply(reading);
        }
        return message;
    }

    /** Keeps the numbers of now from here on (the reason no longer stands). */
    public void fix() {
        if (fixed == null) {
            fixed = pool.settledReading();
        }
    }

    @Override
    public String toString() {
        return code + ": " + message();
    }
}
