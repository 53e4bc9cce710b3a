package io.github.dlckit.mock.engine.market.bench;

import io.github.dlckit.mock.engine.market.Bid;
import io.github.dlckit.mock.engine.market.Demand;
import io.github.dlckit.mock.engine.market.MarketListener;
import io.github.dlckit.mock.engine.market.PoolDefinition;
import io.github.dlckit.mock.engine.market.PoolKey;
import io.github.dlckit.mock.engine.market.PoolRequest;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.PoolUpdate;
import io.github.dlckit.mock.engine.market.ReleaseCause;
import io.github.dlckit.mock.engine.market.SpecAttributes;
import io.github.dlckit.mock.engine.market.SpotInstance;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.mock.engine.market.SpotRegions;
import io.github.dlckit.mock.engine.time.EventClock;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The spot market under load: 200 pools (160 general-purpose, 40 Lingjun, spread over the R2 regions),
 * 10,000 demands submitted at random times over 24 virtual hours (1–8 instances, one pool or, for one in ten,
 * two; priorities 0–9; price-limit bids between 20 % and 100 % of the original price, discount bids 0.1–0.9),
 * each withdrawn after a random run time of 5 minutes to 4 hours unless released first; protection 0, 10 or
 * 60 minutes, a 2-minute warning in one pool of ten; every 10 minutes one pool's capacity is reset to 10–120 %
 * of its initial value (stock releases, M7); every pool's price ticks every virtual minute with noise
 * (≈ 288,000 ticks). Prints the wall time of the simulation, the heap, and the counts.
 *
 * <p>Not a test (its name does not end in {@code Test}): {@code mvn verify} does not run it. Run it with
 * <pre>
 *   mvn -B -q -pl mock-server test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=io.github.dlckit.mock.engine.market.bench.SpotMarketBenchmark
 * </pre>
 * and, to prove the heap bound, in a JVM of its own capped at 256 MB:
 * <pre>
 *   mvn -B -q -pl mock-server test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *       -Dexec.args="-Xmx256m -cp %classpath io.github.dlckit.mock.engine.market.bench.SpotMarketBenchmark"
 * </pre>
 * Optional arguments: {@code seed jobs pools hours} (defaults 1 10000 200 24).
 */
public final class SpotMarketBenchmark {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");

    private final SplittableRandom random;
    private final EventClock clock = new EventClock(T0);
    private final SpotMarket market;
    private final List<PoolSnapshot> pools = new ArrayList<>();
    private final Counts counts = new Counts();

    private SpotMarketBenchmark(long seed) {
        this.random = new SplittableRandom(seed);
        this.market = new SpotMarket(clock, seed);
        market.addListener(counts);
    }

    /**
     * @param args optional: seed, jobs, pools, hours
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int poolCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int hours = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        resetPeaks();
        long started = System.nanoTime();

        SpotMarketBenchmark benchmark = new SpotMarketBenchmark(seed);
        benchmark.addPools(poolCount);
        benchmark.scheduleDemands(jobs, Duration.ofHours(hours));
        benchmark.scheduleCapacityChanges(Duration.ofHours(hours));
        benchmark.clock.advanceBy(Duration.ofHours(hours));

        long simulated = System.nanoTime() - started;
        benchmark.report(simulated, jobs, poolCount, hours);
    }

    private void addPools(int count) {
        for (int i = 0; i < count; i++) {
            boolean lingjun = i % 5 == 4;
            PoolKey key = lingjun
                    ? PoolKey.lingjun(SpotRegions.LINGJUN.get(i % 2), "ml.bench-" + i)
                    : PoolKey.ecs(SpotRegions.GENERAL_PURPOSE.get(i % 6), "ecs.bench-" + i);
            int capacity = random.nextInt(20, 101);
            BigDecimal original = BigDecimal.valueOf(random.nextInt(100, 30_000), 4);
            pools.add(market.addPool(PoolDefinition.builder(key)
                    .attributes(lingjun ? SpecAttributes.gpu(96, 1024, 8, "GU108", 80) : SpecAttributes.cpu(8, 32))
                    .capacity(capacity)
                    .originalPrice(original)
                    .competingDemand(capacity * random.nextInt(20, 61) / 100)
                    .protectionSeconds(List.of(0L, 600L, 3600L).get(random.nextInt(3)))
                    .warningSeconds(i % 10 == 3 ? 120 : 0)
                    .build()));
        }
    }

    private void scheduleDemands(int jobs, Duration span) {
        for (int n = 1; n <= jobs; n++) {
            String jobId = "job-" + n;
            Instant submitAt = T0.plusSeconds(random.nextLong(span.toSeconds()));
            Duration runTime = Duration.ofMinutes(random.nextInt(5, 241));
            Demand demand = demand(jobId, submitAt);
            clock.schedule(submitAt, "submit " + jobId, () -> market.submit(demand));
            clock.schedule(submitAt.plus(runTime), "finish " + jobId, () -> market.withdraw(jobId));
        }
    }

    private void scheduleCapacityChanges(Duration span) {
        for (Duration at = Duration.ofMinutes(10); at.compareTo(span) < 0; at = at.plusMinutes(10)) {
            PoolSnapshot pool = pools.get(random.nextInt(pools.size()));
            int capacity = pool.capacity() * random.nextInt(10, 121) / 100;
            clock.schedule(T0.plus(at), "capacity of " + pool.key(),
                    () -> market.updatePool(pool.key(), PoolUpdate.of().capacity(capacity)));
        }
    }

    private Demand demand(String jobId, Instant submitAt) {
        PoolSnapshot first = pools.get(random.nextInt(pools.size()));
        List<PoolRequest> requests = new ArrayList<>(List.of(request(first)));
        if (random.nextInt(10) == 0) {
            PoolSnapshot second = pools.get(random.nextInt(pools.size()));
            if (second.key().resourceType() == first.key().resourceType()) {
                requests.add(request(second));
            }
        }
        return new Demand(jobId, "owner-" + random.nextInt(50), random.nextInt(10), submitAt, requests);
    }

    private PoolRequest request(PoolSnapshot pool) {
        Bid bid = pool.key().isLingjun()
                ? Bid.discountLimit(BigDecimal.valueOf(random.nextInt(1, 10), 1))
                : Bid.priceLimit(pool.originalPrice().multiply(BigDecimal.valueOf(random.nextInt(20, 101), 2))
                        .max(pool.minPrice()).min(pool.maxPrice()));
        return new PoolRequest(pool.key(), random.nextInt(1, 9), bid);
    }

    private void report(long simulatedNanos, int jobs, int poolCount, int hours) {
        long countStarted = System.nanoTime();
        long records = 0;
        BigDecimal billed = BigDecimal.ZERO;
        for (String jobId : market.billing().billedJobs()) {
            records += market.billing().records(jobId).size();
            billed = billed.add(market.billing().total(jobId));
        }
        long countNanos = System.nanoTime() - countStarted;
        long peak = peakHeap();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();

        System.out.printf("spot market benchmark: %d pools, %d jobs, %d virtual hours%n", poolCount, jobs, hours);
        System.out.printf("  simulation wall time   %.2f s%n", simulatedNanos / 1e9);
        System.out.printf("  heap                   peak %d MB, used after GC %d MB, max %d MB%n",
                peak >> 20, used >> 20, max >> 20);
        System.out.printf("  price changes          %d (pool ticks: %d)%n", counts.priceChanges,
                (long) poolCount * hours * 60);
        System.out.printf("  allocations            %d%n", counts.allocations);
        System.out.printf("  releases               %d (price %d, stock %d), warnings %d%n",
                counts.releases.values().stream().mapToInt(Integer::intValue).sum(),
                counts.releases.getOrDefault(ReleaseCause.PRICE, 0), counts.releases.getOrDefault(ReleaseCause.STOCK, 0),
                counts.warnings);
        System.out.printf("  billing                %d records for %d jobs, %s CNY (read in %.2f s)%n", records,
                market.billing().billedJobs().size(), billed.setScale(2, RoundingMode.HALF_EVEN),
                countNanos / 1e9);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Counts the callbacks. */
    private static final class Counts implements MarketListener {
        int allocations;
        int warnings;
        long priceChanges;
        final Map<ReleaseCause, Integer> releases = new EnumMap<>(ReleaseCause.class);

        @Override
        public void onAllocated(String jobId, List<SpotInstance> instances) {
            allocations++;
        }

        @Override
        public void onReleaseWarning(String jobId, Instant releaseAt, ReleaseCause cause, String message) {
            warnings++;
        }

        @Override
        public void onReleased(String jobId, ReleaseCause cause, String message) {
            releases.merge(cause, 1, Integer::sum);
        }

        @Override
        public void onPriceChanged(PoolKey pool, Instant at, BigDecimal marketPrice, BigDecimal averagePrice) {
            priceChanges++;
        }
    }
}
