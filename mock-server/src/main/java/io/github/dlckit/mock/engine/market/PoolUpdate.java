package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/**
 * A change to some of a pool's attributes, applied at once and atomically by
 * {@link SpotMarket#updatePool(PoolKey, PoolUpdate)}: either every field is valid and all apply, or none does.
 * Fields left unset keep their value.
 *
 * <p>Setting the market price pins it ({@link PriceMode#MANUAL}); setting the average price pins the average
 * (M16). Setting the mode explicitly wins over both, applied last: {@code AUTO} unpins market and average.
 * Changing the price range clamps the current market and average prices into it; an explicitly given price
 * outside the (new) range is refused. Changing the original price changes what discount bids are worth (M4)
 * but not the range. The protection period applies to allocations made after the change.
 */
public final class PoolUpdate {

    private Integer capacity;
    private Integer competingDemand;
    private BigDecimal originalPrice;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private BigDecimal marketPrice;
    private BigDecimal averagePrice;
    private PriceMode mode;
    private Long protectionSeconds;
    private Long warningSeconds;
    private Long checkIntervalSeconds;
    private Integer stockThresholdPercent;
    private String releaseReasonCode;
    private Boolean minuteGranularity;
    private Boolean protectionPriceLock;

    /** @return an update that changes nothing yet */
    public static PoolUpdate of() {
        return new PoolUpdate();
    }

    /** Sets the capacity in instances (not negative); returns this update. */
    public PoolUpdate capacity(int value) {
        this.capacity = value;
        return this;
    }

    /** Sets the instances used by other tenants (not negative, M2); returns this update. */
    public PoolUpdate competingDemand(int value) {
        this.competingDemand = value;
        return this;
    }

    /** Sets the pay-as-you-go price, CNY/min; returns this update. */
    public PoolUpdate originalPrice(BigDecimal value) {
        this.originalPrice = value;
        return this;
    }

    /** Sets the floor, CNY/min; returns this update. */
    public PoolUpdate minPrice(BigDecimal value) {
        this.minPrice = value;
        return this;
    }

    /** Sets the ceiling, CNY/min; returns this update. */
    public PoolUpdate maxPrice(BigDecimal value) {
        this.maxPrice = value;
        return this;
    }

    /** Sets and pins the market price, CNY/min, within the range (M16); returns this update. */
    public PoolUpdate marketPrice(BigDecimal value) {
        this.marketPrice = value;
        return this;
    }

    /** Sets and pins the average price, CNY/min, within the range (M3, M16); returns this update. */
    public PoolUpdate averagePrice(BigDecimal value) {
        this.averagePrice = value;
        return this;
    }

    /** Sets the price mode, applied after the prices (M16); returns this update. */
    public PoolUpdate mode(PriceMode value) {
        this.mode = value;
        return this;
    }

    /** Sets the protection period of later allocations, 0 = none (M7); returns this update. */
    public PoolUpdate protectionSeconds(long value) {
        this.protectionSeconds = value;
        return this;
    }

    /** Sets the notice before a release, 0 = none (M9); returns this update. */
    public PoolUpdate warningSeconds(long value) {
        this.warningSeconds = value;
        return this;
    }

    /** Sets M8's check interval of unprotected releases, 0 = at once; returns this update. */
    public PoolUpdate checkIntervalSeconds(long value) {
        this.checkIntervalSeconds = value;
        return this;
    }

    /** M14: the free-stock share (0–100) below which the pool reports ClosedWithStock. */
    public PoolUpdate stockThresholdPercent(int value) {
        this.stockThresholdPercent = value;
        return this;
    }

    /** M10: the reason code of releases this pool causes; empty to follow the server's option. */
    public PoolUpdate releaseReasonCode(String value) {
        this.releaseReasonCode = value;
        return this;
    }

    /** M13: whether each billing record's duration is rounded up to whole minutes (R37). */
    public PoolUpdate minuteGranularity(boolean value) {
        this.minuteGranularity = value;
        return this;
    }

    /**
     * M13: whether the protected time of later allocations is billed at the market price at allocation, the time
     * after it at each moment's price, as ECS bills protected spot instances (R46).
     */
    public PoolUpdate protectionPriceLock(boolean value) {
        this.protectionPriceLock = value;
        return this;
    }

    Boolean protectionPriceLock() {
        return protectionPriceLock;
    }

    Boolean minuteGranularity() {
        return minuteGranularity;
    }

    Integer stockThresholdPercent() {
        return stockThresholdPercent;
    }

    String releaseReasonCode() {
        return releaseReasonCode;
    }

    Integer capacity() {
        return capacity;
    }

    Integer competingDemand() {
        return competingDemand;
    }

    BigDecimal originalPrice() {
        return originalPrice;
    }

    BigDecimal minPrice() {
        return minPrice;
    }

    BigDecimal maxPrice() {
        return maxPrice;
    }

    BigDecimal marketPrice() {
        return marketPrice;
    }

    BigDecimal averagePrice() {
        return averagePrice;
    }

    PriceMode mode() {
        return mode;
    }

    Long protectionSeconds() {
        return protectionSeconds;
    }

    Long warningSeconds() {
        return warningSeconds;
    }

    Long checkIntervalSeconds() {
        return checkIntervalSeconds;
    }
}
