package io.github.dlckit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * The bid of a role on preemptible (spot) instances: strategy {@code SpotWithPriceLimit} plus one ceiling,
 * {@code SpotPriceLimit} (CNY per minute) or {@code SpotDiscountLimit} (a fraction of the instance type's
 * original price, Lingjun only).
 *
 * <p>Hand-written rather than generated, for the two factories most callers need:
 * <pre>{@code
 * SpotSpec general = SpotSpec.priceLimit(0.011);   // at most 0.011 CNY per minute
 * SpotSpec lingjun = SpotSpec.discountLimit(0.4);  // at most 40% of the original price
 * }</pre>
 * The service rules (one ceiling, 0.1 to 0.9 in steps of 0.1, ...) are checked by
 * {@link io.github.dlckit.model.validation.SpotRules}, not when a value is built, so a response the
 * service sends is always readable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpotSpec.class)
@JsonDeserialize(as = ImmutableSpotSpec.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface SpotSpec {

    /**
     * Bid ceiling as a fraction of the instance type's original (pay-as-you-go) price; mutually exclusive
     * with {@code SpotPriceLimit}.
     *
     * <p>Wire name {@code SpotDiscountLimit}, float32; 0.1 to 0.9 in steps of 0.1; valid only for Lingjun
     * resources; example <code>0.8</code>.
     *
     * @return the value, empty when absent
     */
    @JsonProperty("SpotDiscountLimit")
    Optional<Float> spotDiscountLimit();

    /**
     * Bid ceiling as an absolute price; mutually exclusive with {@code SpotDiscountLimit}.
     *
     * <p>Wire name {@code SpotPriceLimit}, float32; unit CNY/minute; must lie within the instance type's
     * market price range; example <code>0.4744</code>.
     *
     * @return the value, empty when absent
     */
    @JsonProperty("SpotPriceLimit")
    Optional<Float> spotPriceLimit();

    /**
     * Bidding strategy; the limits count only under {@code SpotWithPriceLimit}.
     *
     * <p>Wire name {@code SpotStrategy}, string; one of <code>SpotWithPriceLimit</code>.
     *
     * <p>Typed view: {@link #spotStrategyEnum()}.
     *
     * @return the value, empty when absent
     */
    @JsonProperty("SpotStrategy")
    Optional<String> spotStrategy();

    /**
     * {@code SpotStrategy} as a {@link SpotStrategy}; read {@link #spotStrategy()} for the text as sent.
     *
     * @return the value, or {@link SpotStrategy#UNKNOWN} when absent or not one this SDK knows
     */
    default SpotStrategy spotStrategyEnum() {
        return SpotStrategy.fromWire(spotStrategy().orElse(null));
    }

    /**
     * A bid of at most {@code cnyPerMinute} per instance: {@code SpotWithPriceLimit} with {@code SpotPriceLimit}.
     * The way to bid on general-purpose (ECS) spot instances.
     *
     * @param cnyPerMinute the highest price per instance and minute, in CNY
     * @return the spot spec
     */
    static SpotSpec priceLimit(double cnyPerMinute) {
        return builder().spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT).spotPriceLimit(cnyPerMinute).build();
    }

    /**
     * A bid of at most {@code fraction} of the original price: {@code SpotWithPriceLimit} with
     * {@code SpotDiscountLimit}. The only way to bid on Lingjun spot resources; 0.1 to 0.9 in steps of 0.1.
     *
     * @param fraction the highest price as a fraction of the original price, for example 0.4
     * @return the spot spec
     */
    static SpotSpec discountLimit(double fraction) {
        return builder().spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT).spotDiscountLimit(fraction).build();
    }

    /**
     * Starts building a {@link SpotSpec}.
     *
     * @return a new, empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding a copy of this value, to change some attributes.
     *
     * @return a builder initialised from this value
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link SpotSpec} values: the generated builder plus typed setters. */
    final class Builder extends ImmutableSpotSpec.Builder {

        /**
         * Sets {@code SpotDiscountLimit} from a {@code double}; the wire type is float32.
         *
         * @param spotDiscountLimit the fraction of the original price
         * @return this builder
         */
        public Builder spotDiscountLimit(double spotDiscountLimit) {
            return spotDiscountLimit(Float.valueOf((float) spotDiscountLimit));
        }

        /**
         * Sets {@code SpotPriceLimit} from a {@code double}; the wire type is float32.
         *
         * @param spotPriceLimit the price in CNY per minute
         * @return this builder
         */
        public Builder spotPriceLimit(double spotPriceLimit) {
            return spotPriceLimit(Float.valueOf((float) spotPriceLimit));
        }

        /**
         * Sets {@code SpotStrategy} to a known value.
         *
         * @param spotStrategy the value; not {@link SpotStrategy#UNKNOWN}
         * @return this builder
         */
        public Builder spotStrategy(SpotStrategy spotStrategy) {
            return spotStrategy(WireEnums.toWire(spotStrategy));
        }
    }
}
