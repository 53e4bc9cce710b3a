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
 * drive it: {@code pools} pools (the 8 default ones and more, general-purpose and Lingjun, in the served region),
 * {@code jobs} jobs submitted through CreateJob at random times over {@code hours} virtual hours (1–4 pods,
 * {@code sleep} commands of 5 minutes to 4 hours, price and discount bids, one Lingjun job in five fault tolerant,
 * one job in ten stopped by its user), a capacity change every 10 minutes, and a price tick per pool per virtual
 * minute (288,000 ticks for 200 pools and 24 hours). Each job count runs in a fresh engine, after an untimed
 * warm-up run (so that no row times the JIT compiling the engine); the table shows the wall time, the engine thread's CPU time and that per job (flat when the engine is linear in its work), the peak heap of that run and the live
 * heap after it (after a full GC, with the engine still referenced), then the outcome counts of the last run.
 *
 * <p>Then an idle mock (default pools, no jobs) is advanced by {@value #IDLE_DAYS} virtual days through the control
 * API, in the 6-hour slices that let other requests in between (M31 keeps 30 days of history, so the live heap must
 * stay flat); it prints the wall time, the longest slice and the live heap before and after.
 *
 * <p>Last, it checks that a price change costs work in proportion to its own pool's jobs: it times price changes
 * of one pool holding 200 jobs, first alone, then with 9,800 more jobs in other pools; the two times should match.
 *
 * <p>Not a test ({@code mvn verify} does not run it). Run it in a JVM capped at 1 GB:
 * <pre>
 *   mvn -B -q -pl mock-server -am test-compile
 *   mvn -B -q -pl mock-server exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *       -Dexec.args="-Xmx1g -cp %classpath io.github.dlckit.mock.engine.bench.EngineBenchmark 1 10000,100000"
 * </pre>
 * (or {@code benchmarks/run-all}, step 3). Arguments after the class name, all optional:
 * {@code seed jobs pools hours} — defaults {@code 1 10000 200 24}; {@code jobs} may be a comma-separated list
 * (e.g. {@code 10000,25000,50000,100000}), one table row each, in one JVM so that the rows compare.
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
        String[] jobCounts = (args.length > 1 ? args[1] : "10000").split(",");
        int pools = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int hours = args.length > 3 ? Integer.parseInt(args[3]) : 24;

        int warmUpJobs = Math.min(WARM_UP_JOBS, Integer.parseInt(jobCounts[0].trim()));
        // the JIT compiles the engine during the first run in a JVM; without this the first row would time the
        // interpreter too, and its time per job would not compare with the later rows'
        prepared(seed, pools, hours, warmUpJobs).advance(hours);
        System.out.printf(Locale.ROOT, "engine: %d pools, %d virtual hours, seed %d, max heap %d MB, after a warm-up"
                + " run of %d jobs%n", pools, hours, seed, Runtime.getRuntime().maxMemory() >> 20, warmUpJobs);
        System.out.printf(Locale.ROOT, "%8s %9s %9s %9s %9s %9s%n", "jobs", "wall s", "cpu s", "us/job", "peak MB",
                "live MB");
        EngineBenchmark last = null;
        for (String count : jobCounts) {
            last = null; // the previous engine is garbage before the next one is built
            int jobs = Integer.parseInt(count.trim());
            usedAfterGcMb();
            resetPeakHeap();
            EngineBenchmark bench = prepared(seed, pools, hours, jobs);
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            bench.advance(hours);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            long peak = peakHeapMb();
            System.out.printf(Locale.ROOT, "%8d %9.2f %9.2f %9.1f %9d %9d%n", jobs, seconds, cpu, cpu * 1e6 / jobs,
                    peak, usedAfterGcMb());
            last = bench;
        }
        last.printOutcome();
        IdleAdvance.run(seed, IDLE_DAYS);
        priceChangeCostIsPerPool(seed);
    }

    /** The jobs of the untimed first run (at most; fewer when the first row has fewer). */
    static final int WARM_UP_JOBS = 10_000;

    /** An engine with the pools and the workload scheduled over the hours, not yet run. */
    private static EngineBenchmark prepared(long seed, int pools, int hours, int jobs) {
        EngineBenchmark bench = new EngineBenchmark(seed);
        bench.addPools(pools);
        bench.scheduleWorkload(jobs, Duration.ofHours(hours));
        return bench;
    }

    private void advance(int hours) {
        engine.execute(c -> c.clock().advanceBy(Duration.ofHours(hours)));
    }

    /** How far the idle mock is advanced (M31, issue #12). */
    static final int IDLE_DAYS = 365;

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

    /**
     * @return the CPU time of this thread (the engine runs on it): on a shared machine the wall time also counts
     *     the time other processes took, the CPU time does not (the collector's threads are not in it)
     */
    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long usedAfterGcMb() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
