package io.github.dlckit.examples.common;

import java.math.BigDecimal;

/**
 * What one instance type costs on the spot market now, in CNY per instance-minute.
 *
 * @param ecsSpec the instance type
 * @param lingjun whether it is a Lingjun type (bids are discounts, met against the average price)
 * @param market the market price: what holders pay (R22), and what general-purpose bids must meet (R12, R16)
 * @param average the trailing average price that Lingjun bids must meet (R17)
 * @param onDemand the original, pay-as-you-go price
 * @param ceiling the highest price a price bid may name (R10)
 * @param stockStatus {@code WithStock}, {@code ClosedWithStock}, {@code WithoutStock} or {@code ClosedWithoutStock}
 */
public record SpotQuote(String ecsSpec, boolean lingjun, BigDecimal market, BigDecimal average, BigDecimal onDemand,
                        BigDecimal ceiling, String stockStatus) {

    /** @return the price a bid must meet: the average for Lingjun, else the market price (M17) */
    public BigDecimal priceToMeet() {
        return lingjun ? average : market;
    }

    /** @return what {@link #priceToMeet()} is called in output: {@code average} or {@code market} */
    public String priceToMeetName() {
        return lingjun ? "average" : "market";
    }
}
