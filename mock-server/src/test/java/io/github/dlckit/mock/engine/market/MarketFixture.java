package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.EventClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A market on a fresh clock with a recording listener, plus terse helpers. Test pools are pinned by default
 * (M16), so that prices move only when a test moves them.
 */
final class MarketFixture {

    static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    static final PoolKey ECS = PoolKey.ecs("cn-hangzhou", "ecs.g7.xlarge");
    static final PoolKey ECS_2 = PoolKey.ecs("cn-hangzhou", "ecs.g7.2xlarge");
    static final PoolKey LINGJUN = PoolKey.lingjun("cn-wulanchabu", "ml.gu7xf.8xlarge-gu108");

    final EventClock clock = new EventClock(T0);
    final SpotMarket market;
    final Recorder events = new Recorder();

    MarketFixture() {
        this(MarketSettings.defaults(), 42);
    }

    MarketFixture(MarketSettings settings, long seed) {
        market = new SpotMarket(clock, seed, settings);
        market.addListener(events);
    }

    static BigDecimal p(String price) {
        return new BigDecimal(price);
    }

    /** An ECS-like pool: original 0.0100, range [0.0010, 0.0100], start 0.0050, no protection. */
    static PoolDefinition.Builder pool(PoolKey key, int capacity) {
        return PoolDefinition.builder(key)
                .attributes(SpecAttributes.cpu(4, 16))
                .capacity(capacity)
                .originalPrice(p("0.0100"))
                .minPrice(p("0.0010"))
                .maxPrice(p("0.0100"))
                .startPrice(p("0.0050"))
                .protectionSeconds(0);
    }

    /** A Lingjun-like pool: original 2.0, range [0.2, 2.0], start 0.6 (so a 0.4 discount bid, worth 0.8, fits). */
    static PoolDefinition.Builder lingjunPool(int capacity) {
        return pool(LINGJUN, capacity).originalPrice(p("2.0")).minPrice(p("0.2")).maxPrice(p("2.0")).startPrice(p("0.6"));
    }

    /** Adds the pool and pins its prices (M16). */
    MarketFixture add(PoolDefinition.Builder definition) {
        PoolDefinition built = definition.build();
        market.addPool(built);
        market.updatePool(built.key(), PoolUpdate.of().mode(PriceMode.MANUAL));
        return this;
    }

    static Demand demand(String jobId, int priority, PoolRequest... requests) {
        return Demand.of(jobId, "owner-1", priority, T0, requests);
    }

    static PoolRequest request(PoolKey pool, int instances, String bid) {
        Bid value = pool.isLingjun() ? Bid.discountLimit(p(bid)) : Bid.priceLimit(p(bid));
        return new PoolRequest(pool, instances, value);
    }

    /** Submits a one-pool demand now and settles. */
    void submit(String jobId, PoolKey pool, int instances, String bid) {
        submit(jobId, 0, request(pool, instances, bid));
    }

    void submit(String jobId, int priority, PoolRequest... requests) {
        market.submit(Demand.of(jobId, "owner-1", priority, clock.now(), requests));
        clock.runDue();
    }

    void setMarketPrice(PoolKey pool, String price) {
        update(pool, PoolUpdate.of().marketPrice(p(price)));
    }

    void update(PoolKey pool, PoolUpdate update) {
        market.updatePool(pool, update);
        clock.runDue();
    }

    void advanceSeconds(long seconds) {
        clock.advanceBy(Duration.ofSeconds(seconds));
    }

    DemandStatus status(String jobId) {
        return market.demand(jobId).map(DemandState::status).orElse(null);
    }

    Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** Records every callback as a line, with its virtual time. */
    final class Recorder implements MarketListener {
        final List<String> lines = new ArrayList<>();
        final List<String> releaseMessages = new ArrayList<>();

        @Override
        public void onAllocated(String jobId, List<SpotInstance> instances) {
            lines.add(stamp() + " allocated " + jobId + " " + instances.stream().map(SpotInstance::instanceId).toList());
        }

        @Override
        public void onReleaseWarning(String jobId, Instant releaseAt, ReleaseCause cause, String message) {
            lines.add(stamp() + " warned " + jobId + " " + cause + " release at +"
                    + Duration.between(T0, releaseAt).toSeconds());
        }

        @Override
        public void onReleased(String jobId, ReleaseCause cause, String message) {
            lines.add(stamp() + " released " + jobId + " " + cause);
            releaseMessages.add(message);
        }

        List<String> lines() {
            return lines;
        }

        private String stamp() {
            return "+" + Duration.between(T0, clock.now()).toSeconds();
        }
    }
}
