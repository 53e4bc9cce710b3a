package io.github.dlckit.mock.engine.bench;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobTimings;
import io.github.dlckit.mock.engine.market.PoolDefinition;
import io.github.dlckit.mock.engine.market.PoolKey;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.PoolUpdate;
import io.github.dlckit.mock.engine.market.SpecAttributes;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.StopJobRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The whole mock engine under load — jobs, their lifecycle, the spot market and billing — as the HTTP handlers
 * drive it: 200 pools (the 8 default ones and 192 more, general-purpose and Lingjun, in the served region), 10,000
 * jobs submitted through CreateJob at random times over 24 virtual hours (1–4 pods, `sleep` commands of 5 minutes
 * to 4 hours, price and discount bids, one Lingjun job in five fault tolerant, one job in ten stopped by its user),
 * a capacity change every 10 minutes, and a price tick per pool per virtual minute (288,000 ticks). Prints the wall
 * time, the heap and the outcome counts.
 *
 * <p>Then it checks that a price change costs work in proportion to its own pool's jobs: it times price changes of
 * one pool holding 200 jobs, first alone, then with 9,800 more jobs in other pools; the two times should match.
 *
 * <p>Not a test ({@code mvn verify} does not run it). Run it in a JVM capped at 256 MB:
 * <pre>
 *   mvn -B -q -pl mock-server test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *       -Dexec.args="-Xmx256m -cp %classpath io.github.dlckit.mock.engine.bench.EngineBenchmark"
 * </pre>
 * Optional arguments after the class name: {@code seed jobs} (defaults 1 10000).
 */
public final class EngineBenchmark {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final String REGION = EngineConfig.DEFAULT_REGION;
    private static final Caller OWNER = new Caller("acct-bench", REGION, "bench");
    private static final CreateJobRequestUserVpc VPC = CreateJobRequestUserVpc.builder().vpcId("vpc-bench")
            .switchId("vsw-bench").securityGroupId("sg-bench").build();

    private final SplittableRandom random;
    private final DlcEngine engine;
    private final List<PoolSnapshot> pools = new ArrayList<>();
    private final List<String> jobIds = new ArrayList<>();
    private int refused;

    private EngineBenchmark(long seed) {
        this.random = new SplittableRandom(seed);
        this.engine = new DlcEngine(new EngineConfig(REGION, seed, T0, JobTimings.defaults()));
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        EngineBenchmark bench = new EngineBenchmark(seed);
        bench.addPools(200);
        bench.scheduleWorkload(jobs, Duration.ofHours(24));

        long start = System.nanoTime();
        bench.engine.execute(c -> c.clock().advanceBy(Duration.ofHours(24)));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "engine: %d jobs over %d pools, 24 virtual hours: %.2f s wall%n", jobs,
                bench.pools.size(), seconds);
        bench.printOutcome();
        System.out.printf(Locale.ROOT, "heap: peak %d MB, used after GC %d MB (max %d MB)%n", peakHeapMb(),
                usedAfterGcMb(), Runtime.getRuntime().maxMemory() >> 20);
        priceChangeCostIsPerPool(seed);
    }

    private void addPools(int total) {
        engine.execute(c -> {
            int existing = c.market().pools().size();
            for (int i = existing; i < total; i++) {
                boolean lingjun = i % 5 == 0;
                PoolKey key = lingjun ? PoolKey.lingjun(REGION, "ml.bench-" + i) : PoolKey.ecs(REGION, "ecs.bench-" + i);
                BigDecimal original = BigDecimal.valueOf(lingjun ? 0.5 + random.nextDouble() * 2.5
                        : 0.01 + random.nextDouble() * 0.2).setScale(4, java.math.RoundingMode.HALF_EVEN);
                c.market().addPool(PoolDefinition.builder(key).attributes(SpecAttributes.cpu(8, 32))
                        .capacity(random.nextInt(10, 61)).originalPrice(original)
                        .protectionSeconds(new long[] {0, 600, 3600}[random.nextInt(3)])
                        .warningSeconds(i % 10 == 0 ? 120 : 0).competingDemand(random.nextInt(0, 20)).build());
            }
            pools.addAll(c.market().pools());
            return null;
        });
    }

    /** Every submission, stop and capacity change is a clock event, so one advance runs the whole day. */
    private void scheduleWorkload(int jobs, Duration span) {
        engine.execute(c -> {
            for (int n = 0; n < jobs; n++) {
                Duration at = Duration.ofMillis((long) (random.nextDouble() * span.toMillis()));
                CreateJobRequest request = job(n);
                boolean stopLater = random.nextInt(10) == 0;
                Duration stopAfter = Duration.ofMinutes(random.nextInt(1, 240));
                c.clock().scheduleAfter(at, "submit job " + n, () -> {
                    try {
                        String id = c.jobs().createJob(OWNER, request).jobId();
                        jobIds.add(id);
                        if (stopLater) {
                            c.clock().scheduleAfter(stopAfter, "stop " + id, () -> stop(c, id));
                        }
                    } catch (EngineException e) {
                        refused++;
                    }
                });
            }
            for (Duration t = Duration.ofMinutes(10); t.compareTo(span) < 0; t = t.plusMinutes(10)) {
                PoolSnapshot pool = pools.get(random.nextInt(pools.size()));
                int capacity = Math.max(1, random.nextInt(5, 70));
                c.clock().scheduleAfter(t, "capacity of " + pool.key(),
                        () -> c.market().updatePool(pool.key(), PoolUpdate.of().capacity(capacity)));
            }
            return null;
        });
    }

    private CreateJobRequest job(int n) {
        PoolSnapshot pool = pools.get(random.nextInt(pools.size()));
        boolean lingjun = pool.key().isLingjun();
        SpotSpec bid = lingjun ? SpotSpec.discountLimit(random.nextInt(1, 10) / 10.0)
                : SpotSpec.priceLimit(pool.maxPrice().doubleValue() * (0.2 + 0.8 * random.nextDouble()));
        CreateJobRequest.Builder job = CreateJobRequest.builder().displayName("bench-" + n).jobType("PyTorchJob")
                .priority(random.nextInt(1, 10)).userCommand("echo start && sleep " + random.nextInt(300, 14_400))
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(random.nextInt(1, 5)).ecsSpec(pool.key().spec())
                        .spotSpec(bid).build());
        if (lingjun) {
            job.userVpc(VPC).settings(JobSettings.builder().enableErrorMonitoringInAiMaster(random.nextInt(5) == 0)
                    .elasticSpotJobMaxRestartTimes(3).build());
        }
        return job.build();
    }

    private static void stop(DlcEngine.Context c, String id) {
        Job job = c.jobs().find(OWNER, id);
        if (!job.status().isTerminal() && job.status() != JobStatus.STOPPING) {
            c.jobs().stopJob(OWNER, StopJobRequest.of(id));
        }
    }

    private void printOutcome() {
        engine.execute(c -> {
            Map<JobStatus, Integer> byStatus = new EnumMap<>(JobStatus.class);
            int restarts = 0;
            for (String id : jobIds) {
                Job job = c.jobs().find(OWNER, id);
                byStatus.merge(job.status(), 1, Integer::sum);
                restarts += job.restarts().size();
            }
            long records = c.market().billing().billedJobs().stream()
                    .mapToLong(id -> c.market().billing().records(id).size()).sum();
            System.out.printf(Locale.ROOT, "jobs: %d submitted, %d refused at CreateJob; by status %s; %d restarts "
                    + "(fault tolerance); %d billing records, %s CNY%n", jobIds.size(), refused, byStatus, restarts,
                    records, c.market().billing().totalOfOwner(OWNER.accountId()).setScale(2,
                            java.math.RoundingMode.HALF_EVEN));
            return null;
        });
    }

    /**
     * Work per price change is proportional to that pool's jobs: the mean cost of a price change of one pool
     * holding 200 jobs, alone and then beside 9,800 jobs in 150 other pools.
     */
    private static void priceChangeCostIsPerPool(long seed) {
        PriceChanges alone = new PriceChanges(seed, 0);
        PriceChanges crowded = new PriceChanges(seed, 9_800);
        // Interleaved rounds, medians: JIT warm-up and GC land on both sides alike.
        double[] aloneMicros = new double[7];
        double[] crowdedMicros = new double[7];
        for (int round = -1; round < aloneMicros.length; round++) {
            double a = alone.meanMicros();
            double c = crowded.meanMicros();
            if (round >= 0) {
                aloneMicros[round] = a;
                crowdedMicros[round] = c;
            }
        }
        double a = median(aloneMicros);
        double c = median(crowdedMicros);
        System.out.printf(Locale.ROOT, "price change of a pool holding 200 jobs: %.1f µs alone, %.1f µs beside 9,800 "
                + "other jobs (ratio %.2f; medians of %d interleaved rounds)%n", a, c, c / a, aloneMicros.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** An engine whose last pool holds 200 jobs that survive every price change, beside {@code otherJobs} more. */
    private static final class PriceChanges {
        private final EngineBenchmark bench;
        private final PoolSnapshot hot;
        private final BigDecimal low;
        private final BigDecimal high;

        PriceChanges(long seed, int otherJobs) {
            bench = new EngineBenchmark(seed);
            bench.addPools(151);
            hot = bench.pools.get(bench.pools.size() - 1);
            bench.engine.execute(c -> {
                c.market().updatePool(hot.key(), PoolUpdate.of().capacity(400).protectionSeconds(0)
                        .marketPrice(hot.minPrice()));
                for (int i = 0; i < 200; i++) {
                    c.jobs().createJob(OWNER, bench.hotJob(hot, i));
                }
                for (int i = 0; i < otherJobs; i++) {
                    c.jobs().createJob(OWNER, bench.job(i));
                }
                return null;
            });
            low = hot.minPrice();
            high = hot.minPrice().add(hot.maxPrice().subtract(hot.minPrice()).multiply(new BigDecimal("0.01")));
        }

        /** @return the mean cost of 4,000 price changes of the hot pool, alternating between two prices */
        double meanMicros() {
            int changes = 4_000;
            long start = System.nanoTime();
            for (int i = 0; i < changes; i++) {
                BigDecimal price = (i & 1) == 0 ? low : high;
                bench.engine.execute(c -> c.market().updatePool(hot.key(), PoolUpdate.of().marketPrice(price)));
            }
            return (System.nanoTime() - start) / 1e3 / changes;
        }
    }

    /** A job on the hot pool that bids its ceiling: it holds through every price change. */
    private CreateJobRequest hotJob(PoolSnapshot pool, int n) {
        JobSpec role = JobSpec.builder().type("Worker").podCount(1).ecsSpec(pool.key().spec())
                .spotSpec(pool.key().isLingjun() ? SpotSpec.discountLimit(0.9) : SpotSpec.priceLimit(pool.maxPrice()
                        .doubleValue())).build();
        CreateJobRequest.Builder job = CreateJobRequest.builder().displayName("hot-" + n).jobType("PyTorchJob")
                .userCommand("sleep 86400").addJobSpecs(role);
        if (pool.key().isLingjun()) {
            job.userVpc(VPC);
        }
        return job.build();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long usedAfterGcMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
