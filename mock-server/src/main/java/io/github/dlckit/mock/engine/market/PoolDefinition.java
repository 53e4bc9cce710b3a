package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/**
 * Everything needed to add a pool (M1); build one with {@link #builder(PoolKey)}.
 *
 * @param key region, resource type and spec
 * @param attributes what the spec offers (for {@code ListEcsSpecs})
 * @param capacity instances available to our tenants
 * @param originalPrice the pay-as-you-go price, CNY per minute per instance
 * @param minPrice the floor (default 10 % of the original price)
 * @param maxPrice the ceiling (default 100 % of the original price)
 * @param startPrice the market price at creation (default: the M2 target at the initial utilisation)
 * @param protectionSeconds the protection period of new allocations (default 3600; 0 = none, M7)
 * @param warningSeconds the notice before a release (default 0 = none, M9)
 * @param competingDemand instances used by other tenants, counted in utilisation (M2)
 */
public record PoolDefinition(PoolKey key, SpecAttributes attributes, int capacity, BigDecimal originalPrice,
                             BigDecimal minPrice, BigDecimal maxPrice, BigDecimal startPrice,
                             long protectionSeconds, long warningSeconds, int competingDemand) {

    /** The default floor as a fraction of the original price (M1). */
    public static final BigDecimal DEFAULT_FLOOR_FRACTION = new BigDecimal("0.1");
    /** The default protection period (M7). */
    public static final long DEFAULT_PROTECTION_SECONDS = 3600;

    /** Validates the fields. */
    public PoolDefinition {
        Checks.requirePresent("key", key);
        Checks.requirePresent("attributes", attributes);
        Checks.requireNonNegative("capacity", capacity);
        Checks.requirePositive("originalPrice", originalPrice);
        Checks.requireNonNegative("minPrice", minPrice);
        Checks.requirePositive("maxPrice", maxPrice);
        if (minPrice.compareTo(maxPrice) > 0) {
            throw new IllegalArgumentException("minPrice " + Prices.format(minPrice) + " is above maxPrice "
                    + Prices.format(maxPrice));
        }
        Checks.requireWithin("startPrice", startPrice, minPrice, maxPrice);
        Checks.requireNonNegative("protectionSeconds", protectionSeconds);
        Checks.requireNonNegative("warningSeconds", warningSeconds);
        Checks.requireNonNegative("competingDemand", competingDemand);
    }

    /**
     * @param key the pool's key
     * @return a builder; capacity, original price and attributes are required
     */
    public static Builder builder(PoolKey key) {
        return new Builder(key);
    }

    /** Builds a {@link PoolDefinition}, filling in the defaults. */
    public static final class Builder {
        private final PoolKey key;
        private SpecAttributes attributes;
        private Integer capacity;
        private BigDecimal originalPrice;
        private BigDecimal minPrice;
        private BigDecimal maxPrice;
        private BigDecimal startPrice;
        private long protectionSeconds = DEFAULT_PROTECTION_SECONDS;
        private long warningSeconds;
        private int competingDemand;

        private Builder(PoolKey key) {
            this.key = key;
        }

        /** Sets what the spec offers; returns this builder. */
        public Builder attributes(SpecAttributes value) {
            this.attributes = value;
            return this;
        }

        /** Sets the instances available to our tenants; returns this builder. */
        public Builder capacity(int value) {
            this.capacity = value;
            return this;
        }

        /** Sets the pay-as-you-go price, CNY/min; returns this builder. */
        public Builder originalPrice(BigDecimal value) {
            this.originalPrice = value;
            return this;
        }


        /** Sets the floor, CNY/min; returns this builder. */
        public Builder minPrice(BigDecimal value) {
            this.minPrice = value;
            return this;
        }


        /** Sets the ceiling, CNY/min; returns this builder. */
        public Builder maxPrice(BigDecimal value) {
            this.maxPrice = value;
            return this;
        }


        /** Sets the market (and average) price at creation, CNY/min; returns this builder. */
        public Builder startPrice(BigDecimal value) {
            this.startPrice = value;
            return this;
        }


        /** Sets the protection period of new allocations, 0 = none; returns this builder. */
        public Builder protectionSeconds(long value) {
            this.protectionSeconds = value;
            return this;
        }

        /** Sets the notice before a release, 0 = none; returns this builder. */
        public Builder warningSeconds(long value) {
            this.warningSeconds = value;
            return this;
        }

        /** Sets the instances used by other tenants; returns this builder. */
        public Builder competingDemand(int value) {
            this.competingDemand = value;
            return this;
        }

        /** Builds the definition, filling in the defaults; throws {@link IllegalArgumentException} naming a bad field. */
        public PoolDefinition build() {
            Checks.requirePresent("capacity", capacity);
            Checks.requirePositive("originalPrice", originalPrice);
            BigDecimal min = minPrice != null ? minPrice : originalPrice.multiply(DEFAULT_FLOOR_FRACTION);
            BigDecimal max = maxPrice != null ? maxPrice : originalPrice;
            BigDecimal start = startPrice;
            if (start == null && min.compareTo(max) <= 0) {
                double utilisation = PriceProcess.utilisation(0, competingDemand, capacity);
                start = Prices.clamp(Prices.round(PriceProcess.m2TargetPrice(
                        min.doubleValue(), max.doubleValue(), utilisation)), min, max);
            }
            return new PoolDefinition(key, attributes, capacity, originalPrice, min, max, start,
                    protectionSeconds, warningSeconds, competingDemand);
        }
    }
}
