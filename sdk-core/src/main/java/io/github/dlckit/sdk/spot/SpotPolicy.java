package io.github.dlckit.sdk.spot;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link SpotJobRunner} does when an attempt is preempted or waits too long, and the limits of a run.
 * Prices are CNY per instance-minute, as {@code SpotPriceLimit} (R7). Defaults: after a preemption submit again
 * with the same bid; no limit on waiting (DLC never times a wait out, M21); at most 5 attempts; no deadline; no
 * budget; poll every 30 s.
 *
 * <pre>{@code
 * SpotPolicy policy = SpotPolicy.builder()
 *         .onPreemption(Fallback.SAME_BID)
 *         .maxWaitPerAttempt(Duration.ofMinutes(10))                 // then: raise the bid, then the next type
 *         .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0117"))
 *         .fallbackInstanceTypes("ecs.g6.xlarge")
 *         .maxAttempts(6).deadline(Duration.ofHours(4)).budget(new BigDecimal("5.00"))
 *         .build();
 * }</pre>
 */
public final class SpotPolicy {

    /** The step of a discount bid, and its range (R7). */
    static final BigDecimal DISCOUNT_STEP = new BigDecimal("0.1");
    static final BigDecimal MIN_DISCOUNT = new BigDecimal("0.1");
    static final BigDecimal MAX_DISCOUNT = new BigDecimal("0.9");

    private final List<Fallback> onPreemption;
    private final List<Fallback> onWaitTimeout;
    private final RegionStrategy regionStrategy;
    private final List<String> fallbackInstanceTypes;
    private final BigDecimal priceStep;
    private final BigDecimal maxPrice;
    private final BigDecimal maxDiscount;
    private final Map<String, BigDecimal[]> marketRanges;
    private final int maxAttempts;
    private final Duration deadline;
    private final Duration maxWaitPerAttempt;
    private final BigDecimal budget;
    private final Duration pollInterval;

    private SpotPolicy(Builder b) {
        this.onPreemption = Collections.unmodifiableList(new ArrayList<>(b.onPreemption));
        this.onWaitTimeout = Collections.unmodifiableList(new ArrayList<>(b.onWaitTimeout));
        this.regionStrategy = b.regionStrategy;
        this.fallbackInstanceTypes = Collections.unmodifiableList(new ArrayList<>(b.fallbackInstanceTypes));
        this.priceStep = b.priceStep;
        this.maxPrice = b.maxPrice;
        this.maxDiscount = b.maxDiscount;
        this.marketRanges = Collections.unmodifiableMap(new LinkedHashMap<>(b.marketRanges));
        this.maxAttempts = b.maxAttempts;
        this.deadline = b.deadline;
        this.maxWaitPerAttempt = b.maxWaitPerAttempt;
        this.budget = b.budget;
        this.pollInterval = b.pollInterval;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults */
    public static SpotPolicy defaults() {
        return builder().build();
    }

    /** @return the fallbacks tried, in order, after a preemption */
    public List<Fallback> onPreemption() {
        return onPreemption;
    }

    /** @return the fallbacks tried, in order, after an attempt waited {@link #maxWaitPerAttempt()} in vain */
    public List<Fallback> onWaitTimeout() {
        return onWaitTimeout;
    }

    /** @return where the next region stands among the fallbacks */
    public RegionStrategy regionStrategy() {
        return regionStrategy;
    }

    /** @return the instance types tried after the request's own, in order */
    public List<String> fallbackInstanceTypes() {
        return fallbackInstanceTypes;
    }

    /** @return how much a price bid rises per {@link Fallback#RAISE_BID}, if price bids may rise */
    public Optional<BigDecimal> priceStep() {
        return Optional.ofNullable(priceStep);
    }

    /** @return the highest {@code SpotPriceLimit} the runner may send, if price bids may rise */
    public Optional<BigDecimal> maxPrice() {
        return Optional.ofNullable(maxPrice);
    }

    /** @return the highest {@code SpotDiscountLimit} the runner may send, if discount bids may rise */
    public Optional<BigDecimal> maxDiscount() {
        return Optional.ofNullable(maxDiscount);
    }

    /** @return the market price range [min, max] the caller gave for a type (R10), or null */
    BigDecimal[] marketRangeOf(String instanceType) {
        return marketRanges.get(instanceType);
    }

    /** @return the most attempts a run makes (a lost CreateJob sent again stays within its attempt) */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return how long a run may take in all, from its start; the job in flight is stopped then */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** @return how long one attempt may wait for instances before it is stopped and a fallback tried */
    public Optional<Duration> maxWaitPerAttempt() {
        return Optional.ofNullable(maxWaitPerAttempt);
    }

    /** @return the most a run may cost by the runner's {@link PriceSource}, in CNY */
    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return the pause between two {@code GetJob} polls */
    public Duration pollInterval() {
        return pollInterval;
    }

    @Override
    public String toString() {
        return "SpotPolicy{onPreemption=" + onPreemption + ", onWaitTimeout=" + onWaitTimeout + ", regionStrategy="
                + regionStrategy + ", fallbackInstanceTypes=" + fallbackInstanceTypes + ", priceStep=" + priceStep
                + ", maxPrice=" + maxPrice + ", maxDiscount=" + maxDiscount + ", maxAttempts=" + maxAttempts
                + ", deadline=" + deadline + ", maxWaitPerAttempt=" + maxWaitPerAttempt + ", budget=" + budget + "}";
    }

    /** Builds a {@link SpotPolicy}; {@link #build()} names every bad value. */
    public static final class Builder {
        private List<Fallback> onPreemption = Collections.singletonList(Fallback.SAME_BID);
        private List<Fallback> onWaitTimeout = Arrays.asList(Fallback.RAISE_BID, Fallback.NEXT_INSTANCE_TYPE);
        private RegionStrategy regionStrategy = RegionStrategy.SAME_REGION_FIRST;
        private final List<String> fallbackInstanceTypes = new ArrayList<>();
        private BigDecimal priceStep;
        private BigDecimal maxPrice;
        private BigDecimal maxDiscount;
        private final Map<String, BigDecimal[]> marketRanges = new LinkedHashMap<>();
        private int maxAttempts = 5;
        private Duration deadline;
        private Duration maxWaitPerAttempt;
        private BigDecimal budget;
        private Duration pollInterval = Duration.ofSeconds(30);
        private final List<String> problems = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param fallbacks tried in order after a preemption; the first possible one is taken (default
         *                  {@code SAME_BID})
         * @return this builder
         */
        public Builder onPreemption(Fallback... fallbacks) {
            this.onPreemption = Arrays.asList(fallbacks);
            return this;
        }

        /**
         * @param fallbacks tried in order after a wait of {@link #maxWaitPerAttempt(Duration)} (default
         *                  {@code RAISE_BID, NEXT_INSTANCE_TYPE})
         * @return this builder
         */
        public Builder onWaitTimeout(Fallback... fallbacks) {
            this.onWaitTimeout = Arrays.asList(fallbacks);
            return this;
        }

        /**
         * @param strategy where the next region stands among the fallbacks (default {@code SAME_REGION_FIRST})
         * @return this builder
         */
        public Builder regionStrategy(RegionStrategy strategy) {
            this.regionStrategy = strategy;
            return this;
        }

        /**
         * @param instanceTypes tried, in order, after the request's own {@code EcsSpec}; each replaces the
         *                      {@code EcsSpec} of every spot role
         * @return this builder
         */
        public Builder fallbackInstanceTypes(String... instanceTypes) {
            this.fallbackInstanceTypes.addAll(Arrays.asList(instanceTypes));
            return this;
        }

        /**
         * Lets price bids rise: each {@link Fallback#RAISE_BID} adds {@code step}, never past {@code max}.
         *
         * @param step CNY per minute, positive
         * @param max the highest {@code SpotPriceLimit} to send, e.g. the on-demand price
         * @return this builder
         */
        public Builder raisePriceBy(BigDecimal step, BigDecimal max) {
            this.priceStep = step;
            this.maxPrice = max;
            return this;
        }

        /**
         * Lets discount bids (Lingjun) rise by 0.1 per {@link Fallback#RAISE_BID} (R7), never past {@code max}.
         *
         * @param max the highest {@code SpotDiscountLimit} to send, 0.1 to 0.9 in steps of 0.1
         * @return this builder
         */
        public Builder raiseDiscountUpTo(BigDecimal max) {
            this.maxDiscount = max;
            return this;
        }

        /**
         * The market price range of a type, as the console shows it (R10): the runner never bids outside it.
         *
         * @param instanceType the type
         * @param min the lowest price bid allowed, CNY per minute
         * @param max the highest
         * @return this builder
         */
        public Builder marketRange(String instanceType, BigDecimal min, BigDecimal max) {
            if (instanceType == null || min == null || max == null || min.signum() <= 0 || max.compareTo(min) < 0) {
                problems.add("marketRange of " + instanceType + " must be 0 < min <= max, got [" + min + ", " + max
                        + "]");
            } else {
                marketRanges.put(instanceType, new BigDecimal[] {min, max});
            }
            return this;
        }

        /**
         * @param attempts the most jobs one run submits (at least 1; default 5)
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * @param deadline how long a run may take in all; the job in flight is stopped when it passes
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * @param maxWait how long one attempt may wait for instances (Creating, Queuing, Bidding) before it is
         *                stopped and {@link #onWaitTimeout} is consulted
         * @return this builder
         */
        public Builder maxWaitPerAttempt(Duration maxWait) {
            this.maxWaitPerAttempt = maxWait;
            return this;
        }

        /**
         * @param cny the most a run may cost, estimated with the runner's {@link PriceSource} (required then); the
         *            job in flight is stopped when the estimate reaches it
         * @return this builder
         */
        public Builder budget(BigDecimal cny) {
            this.budget = cny;
            return this;
        }

        /**
         * @param interval the pause between two polls of the job in flight (default 30 s)
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = interval;
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException naming every bad value
         */
        public SpotPolicy build() {
            List<String> all = new ArrayList<>(problems);
            checkFallbacks("onPreemption", onPreemption, all);
            checkFallbacks("onWaitTimeout", onWaitTimeout, all);
            if (regionStrategy == null) {
                all.add("regionStrategy must not be null");
            }
            if (fallbackInstanceTypes.contains(null)) {
                all.add("fallbackInstanceTypes must not contain null");
            }
            if ((priceStep == null) != (maxPrice == null) || priceStep != null
                    && (priceStep.signum() <= 0 || maxPrice.signum() <= 0)) {
                all.add("raisePriceBy needs a positive step and a positive maximum, got " + priceStep + " and "
                        + maxPrice);
            }
            if (maxDiscount != null && (maxDiscount.compareTo(MIN_DISCOUNT) < 0
                    || maxDiscount.compareTo(MAX_DISCOUNT) > 0
                    || maxDiscount.remainder(DISCOUNT_STEP).signum() != 0)) {
                all.add("raiseDiscountUpTo must be 0.1 to 0.9 in steps of 0.1 (R7), got " + maxDiscount);
            }
            if (maxAttempts < 1) {
                all.add("maxAttempts must be at least 1, got " + maxAttempts);
            }
            checkPositive("deadline", deadline, all);
            checkPositive("maxWaitPerAttempt", maxWaitPerAttempt, all);
            checkPositive("pollInterval", pollInterval, all);
            if (pollInterval == null) {
                all.add("pollInterval must not be null");
            }
            if (budget != null && budget.signum() <= 0) {
                all.add("budget must be positive, got " + budget);
            }
            if (!all.isEmpty()) {
                throw new IllegalArgumentException("Invalid SpotPolicy: " + String.join("; ", all));
            }
            return new SpotPolicy(this);
        }

        private static void checkFallbacks(String name, List<Fallback> fallbacks, List<String> problems) {
            if (fallbacks == null || fallbacks.isEmpty() || fallbacks.contains(null)) {
                problems.add(name + " must list at least one fallback and no null (GIVE_UP to stop)");
            }
        }

        private static void checkPositive(String name, Duration value, List<String> problems) {
            if (value != null && (value.isZero() || value.isNegative())) {
                problems.add(name + " must be positive, got " + value);
            }
        }
    }
}
