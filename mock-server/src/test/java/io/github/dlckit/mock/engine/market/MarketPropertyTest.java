package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.EventClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random submissions, withdrawals, pool changes, traces and clock advances, with the invariants checked after
 * every step against an independent model built only from what the listener reports. Seeded: a failure replays.
 */
class MarketPropertyTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final String REGION = "cn-wulanchabu"; // offers both ECS and Lingjun (R2)
    private static final int STEPS = 300;

    private final List<PoolKey> keys = List.of(PoolKey.ecs(REGION, "ecs.a"), PoolKey.ecs(REGION, "ecs.b"),
            PoolKey.ecs(REGION, "ecs.c"), PoolKey.lingjun(REGION, "ml.a"), PoolKey.lingjun(REGION, "ml.b"));

    private SplittableRandom random;
    private EventClock clock;
    private SpotMarket market;
    private Model model;
    /** M8: each pool's check interval, fixed for the run so that the model can tell check points. */
    private final Map<PoolKey, Long> checkIntervals = new HashMap<>();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void invariantsHoldAfterEveryStep(long seed) {
        random = new SplittableRandom(seed);
        clock = new EventClock(T0);
        market = new SpotMarket(clock, seed);
        model = new Model();
        market.addListener(model);
        for (PoolKey key : keys) {
            PoolSnapshot pool = market.addPool(definition(key));
            model.prices.put(key, new TreeMap<>(Map.of(T0, pool.marketPrice())));
            checkIntervals.put(key, List.of(0L, 0L, 60L, 300L).get(random.nextInt(4)));
            market.updatePool(key, PoolUpdate.of().checkIntervalSeconds(checkIntervals.get(key)));
        }

        for (int step = 0; step < STEPS; step++) {
            String action = randomStep();
            clock.runDue();
            checkInvariants("seed " + seed + " step " + step + " after " + action);
        }
        clock.advanceBy(Duration.ofHours(2));
        checkInvariants("seed " + seed + " at the end");
        assertThat(model.allocations).as("the scenario exercises allocation").isGreaterThan(20);
        assertThat(model.releases).as("the scenario exercises releases").isGreaterThan(5);
    }

    private PoolDefinition definition(PoolKey key) {
        BigDecimal original = key.isLingjun() ? new BigDecimal("2.0") : new BigDecimal("0.0100");
        return PoolDefinition.builder(key).attributes(SpecAttributes.cpu(4, 16)).capacity(random.nextInt(2, 7))
                .originalPrice(original).competingDemand(random.nextInt(0, 4))
                .protectionSeconds(List.of(0L, 120L, 600L).get(random.nextInt(3)))
                .warningSeconds(random.nextInt(3) == 0 ? 60 : 0).build();
    }

    private String randomStep() {
        int choice = random.nextInt(100);
        if (choice < 35) {
            return submit("job-" + (model.status.size() + 1));
        } else if (choice < 40 && !model.status.isEmpty()) {
            return submit("job-" + random.nextInt(1, model.status.size() + 1)); // may be a released job coming back
        } else if (choice < 55 && !model.status.isEmpty()) {
            String jobId = "job-" + random.nextInt(1, model.status.size() + 1);
            boolean active = model.status.get(jobId) != null;
            assertThat(market.withdraw(jobId)).as("withdraw " + jobId).isEqualTo(active);
            model.withdrawn(jobId);
            return "withdraw " + jobId;
        } else if (choice < 75) {
            return updatePool(keys.get(random.nextInt(keys.size())));
        } else if (choice < 80) {
            PoolKey key = keys.get(random.nextInt(keys.size()));
            List<TracePoint> points = new ArrayList<>();
            for (int i = random.nextInt(1, 4); i > 0; i--) {
                points.add(new TracePoint(random.nextInt(0, 900), randomPrice(key), null,
                        random.nextBoolean() ? random.nextInt(0, 8) : null));
            }
            market.loadTrace(key, points);
            return "trace " + key;
        }
        Duration by = Duration.ofSeconds(random.nextInt(0, 900)).plusMillis(random.nextInt(1000));
        clock.advanceBy(by);
        return "advance " + by;
    }

    private String submit(String jobId) {
        if (model.status.get(jobId) != null) {
            return "nothing (" + jobId + " active)";
        }
        List<PoolRequest> requests = new ArrayList<>();
        for (int i = random.nextInt(1, 3); i > 0; i--) {
            PoolKey key = keys.get(random.nextInt(keys.size()));
            Bid bid = key.isLingjun() ? Bid.discountLimit(BigDecimal.valueOf(random.nextInt(1, 10), 1))
                    : Bid.priceLimit(randomPrice(key));
            requests.add(new PoolRequest(key, random.nextInt(1, 4), bid));
        }
        market.submit(new Demand(jobId, "owner-" + random.nextInt(3), random.nextInt(4), clock.now(), requests));
        model.status.put(jobId, DemandStatus.WAITING);
        return "submit " + jobId;
    }

    private String updatePool(PoolKey key) {
        PoolUpdate update = PoolUpdate.of();
        switch (random.nextInt(6)) {
            case 0 -> update.capacity(random.nextInt(0, 8));
            case 1 -> update.marketPrice(randomPrice(key));
            case 2 -> update.averagePrice(randomPrice(key));
            case 3 -> update.mode(PriceMode.AUTO);
            case 4 -> update.competingDemand(random.nextInt(0, 8));
            default -> update.protectionSeconds(random.nextInt(0, 400));
        }
        market.updatePool(key, update);
        return "update " + key;
    }

    private BigDecimal randomPrice(PoolKey key) {
        PoolSnapshot pool = market.pool(key);
        double low = pool.minPrice().doubleValue();
        double high = pool.maxPrice().doubleValue();
        return Prices.clamp(Prices.round(low + random.nextDouble() * (high - low)), pool.minPrice(), pool.maxPrice());
    }

    private void checkInvariants(String where) {
        Instant now = clock.now();
        Map<PoolKey, int[]> held = new HashMap<>(); // allocated, pending, protected, awaiting a check point
        for (Map.Entry<String, DemandStatus> job : model.status.entrySet()) {
            DemandState state = market.demand(job.getKey()).orElse(null);
            // every allocation and release was reported: the model, built from callbacks, agrees on every job
            assertThat(state == null ? null : state.status()).as(where + ": status of " + job.getKey())
                    .isEqualTo(job.getValue());
            if (state == null) {
                continue;
            }
            if (state.status() == DemandStatus.WAITING) {
                assertThat(state.instances()).as(where + ": a waiting demand holds nothing").isEmpty();
                assertThat(fitsNow(state.demand())).as(where + ": " + job.getKey() + " fits but waits (M8)").isFalse();
                continue;
            }
            assertThat(state.instances()).hasSize(state.demand().totalInstances()); // M5: all of them
            boolean pending = state.status() == DemandStatus.RELEASE_PENDING;
            boolean isProtected = now.isBefore(state.protectedUntil());
            for (PoolRequest request : state.demand().requests()) {
                int[] counts = held.computeIfAbsent(request.pool(), key -> new int[4]);
                boolean awaitingCheck = !isProtected && !pending
                        && !atCheckPoint(request.pool(), state.protectedUntil(), now);
                counts[0] += request.instances();
                counts[1] += pending ? request.instances() : 0;
                counts[2] += isProtected && !pending ? request.instances() : 0;
                counts[3] += awaitingCheck ? request.instances() : 0;
                PoolSnapshot pool = market.pool(request.pool());
                BigDecimal toMeet = request.pool().isLingjun() ? pool.averagePrice() : pool.marketPrice();
                boolean below = request.bid().valueAt(pool.originalPrice()).compareTo(toMeet) < 0;
                assertThat(below && !isProtected && !pending && !awaitingCheck).as(where + ": " + job.getKey()
                        + " holds below its price unprotected, at a check point (R16/R17, M8)").isFalse();
            }
        }
        for (PoolKey key : keys) {
            PoolSnapshot pool = market.pool(key);
            int[] counts = held.getOrDefault(key, new int[4]);
            assertThat(pool.allocated()).as(where + ": allocated in " + key).isEqualTo(counts[0]);
            // M7's over-commit invariant: only protected (P), announced (W) and instances waiting for their check
            // point (G, M8) may exceed capacity
            assertThat(pool.allocated() - pool.capacity()).as(where + ": allocated over capacity in " + key
                    + " beyond protected " + counts[2] + " + announced " + counts[1] + " + awaiting a check point "
                    + counts[3]).isLessThanOrEqualTo(counts[1] + counts[2] + counts[3]);
            assertThat(pool.marketPrice()).isBetween(pool.minPrice(), pool.maxPrice());
            assertThat(pool.averagePrice()).isBetween(pool.minPrice(), pool.maxPrice());
        }
        checkBilling(where, now);
    }

    /** M8: whether {@code now} is a check point of a demand protected until {@code protectedUntil} in that pool. */
    private boolean atCheckPoint(PoolKey pool, Instant protectedUntil, Instant now) {
        long interval = Duration.ofSeconds(checkIntervals.get(pool)).toNanos();
        long since = Duration.between(protectedUntil, now).toNanos();
        return interval == 0 || since >= 0 && since % interval == 0;
    }

    /** R12 for the whole gang, evaluated from the outside. */
    private boolean fitsNow(Demand demand) {
        Map<PoolKey, Integer> wanted = new HashMap<>();
        for (PoolRequest request : demand.requests()) {
            PoolSnapshot pool = market.pool(request.pool());
            BigDecimal toMeet = request.pool().isLingjun() ? pool.averagePrice() : pool.marketPrice();
            if (request.bid().valueAt(pool.originalPrice()).compareTo(toMeet) < 0) {
                return false;
            }
            wanted.merge(request.pool(), request.instances(), Integer::sum);
        }
        return wanted.entrySet().stream().allMatch(want -> want.getValue() <= market.pool(want.getKey()).free());
    }

    /**
     * No instance is billed while not held; each job's bill equals Σ price × time held, integrated here from the
     * observed prices and holdings; records and totals agree to the last digit.
     */
    private void checkBilling(String where, Instant now) {
        Map<String, BigDecimal> expected = new HashMap<>();
        for (Held held : model.held.values()) {
            Instant until = held.until == null ? now : held.until;
            expected.merge(held.jobId, integrate(model.prices.get(held.pool), held.from, until), BigDecimal::add);
        }
        for (String jobId : model.status.keySet()) {
            BigDecimal billedPriceSeconds = BigDecimal.ZERO;
            BigDecimal amounts = BigDecimal.ZERO;
            for (BillingRecord record : market.billing().records(jobId)) {
                Held held = model.held.get(record.instanceId());
                assertThat(held).as(where + ": billed instance " + record.instanceId() + " was allocated").isNotNull();
                Instant until = held.until == null ? now : held.until;
                assertThat(record.startTime()).as(where + ": billed before allocation").isAfterOrEqualTo(held.from);
                assertThat(record.endTime()).as(where + ": billed after release").isBeforeOrEqualTo(until);
                Duration length = Duration.between(record.startTime(), record.endTime());
                assertThat(record.amount()).isEqualTo(SpotBilling.m13Amount(record.price(), length));
                billedPriceSeconds = billedPriceSeconds.add(record.price().multiply(seconds(length)));
                amounts = amounts.add(record.amount());
            }
            assertThat(billedPriceSeconds).as(where + ": Σ price × seconds billed to " + jobId)
                    .isEqualByComparingTo(expected.getOrDefault(jobId, BigDecimal.ZERO));
            assertThat(market.billing().total(jobId)).as(where + ": total of " + jobId).isEqualByComparingTo(amounts);
        }
    }

    private static BigDecimal integrate(NavigableMap<Instant, BigDecimal> prices, Instant from, Instant to) {
        BigDecimal sum = BigDecimal.ZERO;
        Instant cursor = from;
        BigDecimal price = prices.floorEntry(from).getValue();
        for (Map.Entry<Instant, BigDecimal> change : prices.subMap(from, false, to, false).entrySet()) {
            sum = sum.add(price.multiply(seconds(Duration.between(cursor, change.getKey()))));
            cursor = change.getKey();
            price = change.getValue();
        }
        return sum.add(price.multiply(seconds(Duration.between(cursor, to))));
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9);
    }

    /** One instance's holding, as the callbacks told it. */
    private static final class Held {
        final String jobId;
        final PoolKey pool;
        final Instant from;
        Instant until;

        Held(String jobId, PoolKey pool, Instant from) {
            this.jobId = jobId;
            this.pool = pool;
            this.from = from;
        }
    }

    /** What the market reported, nothing else; resubmits some released Lingjun jobs from the callback (R20). */
    private final class Model implements MarketListener {
        final Map<String, DemandStatus> status = new LinkedHashMap<>();
        final Map<String, Held> held = new LinkedHashMap<>();
        final Map<PoolKey, NavigableMap<Instant, BigDecimal>> prices = new HashMap<>();
        final Map<String, Instant> protectedUntil = new HashMap<>();
        final Map<String, List<PoolKey>> pools = new HashMap<>();
        int allocations;
        int releases;

        @Override
        public void onAllocated(String jobId, List<SpotInstance> instances) {
            assertThat(status.get(jobId)).as("allocated " + jobId + " was waiting").isEqualTo(DemandStatus.WAITING);
            status.put(jobId, DemandStatus.HOLDING);
            instances.forEach(i -> held.put(i.instanceId(), new Held(jobId, i.pool(), i.allocatedAt())));
            protectedUntil.put(jobId, market.demand(jobId).orElseThrow().protectedUntil());
            pools.put(jobId, instances.stream().map(SpotInstance::pool).distinct().toList());
            allocations++;
        }

        @Override
        public void onReleaseWarning(String jobId, Instant releaseAt, ReleaseCause cause, String message) {
            assertThat(status.get(jobId)).isEqualTo(DemandStatus.HOLDING);
            assertThat(releaseAt).isAfter(clock.now());
            assertDecidedAtACheckPoint(jobId, cause);
            status.put(jobId, DemandStatus.RELEASE_PENDING);
        }

        @Override
        public void onReleased(String jobId, ReleaseCause cause, String message) {
            assertThat(status.get(jobId)).as("released " + jobId + " was holding").isIn(DemandStatus.HOLDING,
                    DemandStatus.RELEASE_PENDING);
            assertThat(message).isNotBlank();
            if (status.get(jobId) == DemandStatus.HOLDING) { // decided now, not announced earlier (M9)
                assertDecidedAtACheckPoint(jobId, cause);
            }
            // M7: a protected instance is never released, for price or for stock
            assertThat(clock.now()).as("M7: " + jobId + " released (" + cause + ") while protected")
                    .isAfterOrEqualTo(protectedUntil.get(jobId));
            endHolding(jobId);
            releases++;
            DemandState gone = market.demand(jobId).orElse(null);
            assertThat(gone).isNull();
            if (random.nextBoolean()) {
                Demand again = new Demand(jobId, "owner-0", 0, clock.now(), List.of(
                        new PoolRequest(keys.get(3), 1, Bid.discountLimit(new BigDecimal("0.5")))));
                market.submit(again);
                status.put(jobId, DemandStatus.WAITING);
            }
        }

        @Override
        public void onPriceChanged(PoolKey pool, Instant at, BigDecimal marketPrice, BigDecimal averagePrice) {
            prices.get(pool).put(at, marketPrice);
        }

        /** M8: a release is decided at a check point of one of the job's pools (every instant when N is 0). */
        private void assertDecidedAtACheckPoint(String jobId, ReleaseCause cause) {
            assertThat(pools.get(jobId).stream().anyMatch(pool -> atCheckPoint(pool, protectedUntil.get(jobId),
                    clock.now()))).as("M8: " + jobId + " released (" + cause + ") between its check points").isTrue();
        }

        void withdrawn(String jobId) {
            endHolding(jobId);
        }

        private void endHolding(String jobId) {
            status.put(jobId, null);
            held.values().stream().filter(h -> h.jobId.equals(jobId) && h.until == null)
                    .forEach(h -> h.until = clock.now());
        }
    }
}
