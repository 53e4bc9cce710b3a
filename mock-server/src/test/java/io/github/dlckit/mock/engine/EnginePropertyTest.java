package io.github.dlckit.mock.engine;

import io.github.dlckit.mock.api.view.JobView;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.market.BillingRecord;
import io.github.dlckit.mock.engine.market.DemandState;
import io.github.dlckit.mock.engine.market.DemandStatus;
import io.github.dlckit.mock.engine.market.MarketListener;
import io.github.dlckit.mock.engine.market.PoolKey;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.PoolUpdate;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobRequestUserVpc;
import io.github.dlckit.model.GetJobEventsRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.StatusTransitionItem;
import io.github.dlckit.model.StopJobRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomised scenarios through the whole engine — submissions (general-purpose and Lingjun, some fault tolerant,
 * some on demand), stops, price and capacity changes, clock advances — checking after every step that
 * M7's over-commit invariant in every pool (allocated − capacity ≤ P + W + G: instances still protected, announced,
 * or waiting for their M8 check point); no job both holds instances and waits; no instance is billed while not held;
 * each job's bill equals Σ price × time held, computed here from the price changes and the job's own history; and
 * every status change is in StatusHistory and GetJobEvents.
 */
class EnginePropertyTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    private static final String REGION = "cn-wulanchabu";
    private static final Caller OWNER = new Caller("acct-prop", REGION, "user");
    private static final List<String> ECS_SPECS = List.of("ecs.g7.xlarge", "ecs.g7.2xlarge", "ecs.c7.2xlarge");
    private static final List<String> LINGJUN_SPECS = List.of("ml.gu7i.c32m188.1-gu30", "ml.gu7xf.8xlarge-gu108");
    private static final Set<JobStatus> HOLDING = EnumSet.of(JobStatus.ENV_PREPARING, JobStatus.SANITY_CHECKING,
            JobStatus.RUNNING, JobStatus.SUCCEEDED_RESERVING, JobStatus.FAILED_RESERVING);
    private static final int STEPS = 250;

    private SplittableRandom random;
    private DlcEngine engine;
    private final List<String> jobIds = new ArrayList<>();
    private final Map<PoolKey, NavigableMap<Instant, BigDecimal>> prices = new HashMap<>();
    /** M8: each pool's check interval, fixed for the run. */
    private final Map<PoolKey, Long> checkIntervals = new HashMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void invariantsHoldAfterEveryStep(long seed) {
        random = new SplittableRandom(seed);
        engine = new DlcEngine(new EngineConfig(REGION, seed, T0, io.github.dlckit.mock.engine.job.JobTimings.defaults()));
        engine.execute(c -> {
            for (PoolSnapshot pool : c.market().pools()) {
                prices.put(pool.key(), new TreeMap<>(Map.of(T0, pool.marketPrice())));
                checkIntervals.put(pool.key(), random.nextInt(0, 2) * 300L);
                c.market().updatePool(pool.key(), PoolUpdate.of().protectionSeconds(random.nextInt(0, 2) * 600L)
                        .capacity(random.nextInt(2, 8)).checkIntervalSeconds(checkIntervals.get(pool.key())));
            }
            c.market().addListener(new MarketListener() {
                @Override
                public void onPriceChanged(PoolKey pool, Instant at, BigDecimal market, BigDecimal average) {
                    prices.get(pool).put(at, market);
                }
            });
            return null;
        });
        for (int step = 0; step < STEPS; step++) {
            String action = step(step);
            checkInvariants("seed " + seed + " step " + step + " (" + action + ")");
        }
        int billedJobs = engine.execute(c -> c.market().billing().billedJobs().size());
        assertThat(billedJobs).as("the scenario allocates").isGreaterThan(10);
    }

    private String step(int n) {
        int dice = random.nextInt(100);
        if (dice < 30) {
            return submit(n);
        }
        if (dice < 40 && !jobIds.isEmpty()) {
            String id = jobIds.get(random.nextInt(jobIds.size()));
            engine.execute(c -> {
                Job job = c.jobs().find(OWNER, id);
                if (!job.status().isTerminal() && job.status() != JobStatus.STOPPING) {
                    c.jobs().stopJob(OWNER, StopJobRequest.of(id));
                }
                return null;
            });
            return "stop " + id;
        }
        if (dice < 70) {
            List<PoolSnapshot> pools = engine.execute(c -> c.market().pools());
            PoolSnapshot pool = pools.get(random.nextInt(pools.size()));
            PoolUpdate update = PoolUpdate.of();
            switch (random.nextInt(3)) {
                case 0 -> update.capacity(random.nextInt(0, 8));
                case 1 -> update.marketPrice(between(pool.minPrice(), pool.maxPrice()));
                default -> update.averagePrice(between(pool.minPrice(), pool.maxPrice()));
            }
            engine.execute(c -> c.market().updatePool(pool.key(), update));
            return "update " + pool.key().spec();
        }
        long seconds = random.nextInt(1, 900);
        engine.execute(c -> c.clock().advanceBy(Duration.ofSeconds(seconds)));
        return "advance " + seconds + " s";
    }

    private String submit(int n) {
        boolean lingjun = random.nextInt(3) == 0;
        boolean spot = random.nextInt(5) != 0;
        String spec = lingjun ? LINGJUN_SPECS.get(random.nextInt(LINGJUN_SPECS.size()))
                : ECS_SPECS.get(random.nextInt(ECS_SPECS.size()));
        JobSpec.Builder role = JobSpec.builder().type("Worker").podCount(random.nextInt(1, 3)).ecsSpec(spec);
        if (spot && lingjun) {
            role.spotSpec(SpotSpec.discountLimit(random.nextInt(1, 10) / 10.0));
        } else if (spot) {
            BigDecimal max = engine.execute(c -> c.market().pools().stream()
                    .filter(p -> p.key().spec().equals(spec)).findFirst().orElseThrow().maxPrice());
            role.spotSpec(SpotSpec.priceLimit(max.doubleValue() * random.nextInt(2, 10) / 10.0));
        }
        CreateJobRequest.Builder job = CreateJobRequest.builder().displayName("job-" + n).jobType("PyTorchJob")
                .priority(random.nextInt(1, 10)).userCommand("sleep " + random.nextInt(1, 3000))
                .addJobSpecs(role.build());
        if (lingjun) {
            job.userVpc(CreateJobRequestUserVpc.builder().vpcId("vpc").switchId("vsw").securityGroupId("sg").build())
                    .settings(JobSettings.builder().enableErrorMonitoringInAiMaster(random.nextBoolean())
                            .elasticSpotJobMaxRestartTimes(random.nextInt(0, 3)).build());
        }
        String id = engine.execute(c -> c.jobs().createJob(OWNER, job.build())).jobId();
        jobIds.add(id);
        return "submit " + id + (spot ? " spot " : " on-demand ") + spec;
    }

    private void checkInvariants(String where) {
        engine.execute(c -> {
            Instant now = c.clock().now();
            for (PoolSnapshot pool : c.market().pools()) {
                // M7: P + W + G, instances still protected, whose release is announced, or off their check points (M8)
                int shielded = 0;
                long interval = Duration.ofSeconds(checkIntervals.get(pool.key())).toNanos();
                for (String id : jobIds) {
                    DemandState state = c.market().demand(id).orElse(null);
                    long since = state == null || state.protectedUntil() == null ? 0
                            : Duration.between(state.protectedUntil(), now).toNanos();
                    boolean offCheckPoint = interval > 0 && (since < 0 || since % interval != 0);
                    if (state != null && state.status() != DemandStatus.WAITING && (state.releaseAt() != null
                            || now.isBefore(state.protectedUntil()) || offCheckPoint)) {
                        shielded += state.demand().requests().stream().filter(r -> r.pool().equals(pool.key()))
                                .mapToInt(r -> r.instances()).sum();
                    }
                }
                assertThat(pool.allocated() - pool.capacity()).as(where + ": M7 over-commit in " + pool.key()
                        + " beyond the " + shielded + " protected, announced or checked-later instances")
                        .isLessThanOrEqualTo(shielded);
            }
            for (String id : jobIds) {
                Job job = c.jobs().find(OWNER, id);
                DemandStatus demand = c.market().demand(id).map(DemandState::status).orElse(null);
                if (job.status().isWaiting()) {
                    assertThat(demand).as(where + ": waiting " + id + " holds no instances")
                            .isNotIn(DemandStatus.HOLDING, DemandStatus.RELEASE_PENDING);
                }
                if (job.isSpot() && HOLDING.contains(job.status())) {
                    assertThat(demand).as(where + ": " + id + " " + job.status() + " holds its instances")
                            .isIn(DemandStatus.HOLDING, DemandStatus.RELEASE_PENDING);
                }
                List<BillingRecord> bills = c.market().billing().records(id);
                boolean held = demand == DemandStatus.HOLDING || demand == DemandStatus.RELEASE_PENDING;
                assertThat(bills.stream().filter(BillingRecord::open).count()).as(where + ": open bills of " + id)
                        .isEqualTo(held ? bills.stream().map(BillingRecord::instanceId).distinct()
                                .filter(i -> bills.stream().anyMatch(b -> b.open() && b.instanceId().equals(i)))
                                .count() : 0);
                assertThat(bills).allSatisfy(b -> assertThat(b.endTime()).isBeforeOrEqualTo(now));
                checkHistory(where, c, job);
                checkBill(where, c, job, now);
            }
            return null;
        });
    }

    /** R25: StatusHistory is contiguous, ends in the current status, and each entry has its event. */
    private void checkHistory(String where, DlcEngine.Context c, Job job) {
        GetJobResponse view = JobView.getJob(c.jobs().getJob(OWNER, GetJobRequest.of(job.jobId())), c.clock().now(),
                true);
        List<StatusTransitionItem> history = view.statusHistory();
        assertThat(history.get(history.size() - 1).status()).as(where).contains(job.status().wireValue());
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i - 1).endTime()).as(where + ": history of " + job.jobId() + " is contiguous")
                    .isEqualTo(history.get(i).startTime());
        }
        List<String> events = c.jobs().getJobEvents(OWNER, GetJobEventsRequest.of(job.jobId())).lines();
        // M20: one event per status change, except a spot job's waiting, which M21's waiting events tell
        long told = history.stream().filter(h -> !(job.isSpot() && h.statusEnum().isWaiting())).count();
        assertThat(events.stream().filter(e -> e.contains(" created as ") || e.contains(" changed from ")).count())
                .as(where + ": one status event per history entry of " + job.jobId()).isEqualTo(told);
    }

    /** Σ price × time held over the periods the job held its instances, from its own history (M13, M15, R22). */
    private void checkBill(String where, DlcEngine.Context c, Job job, Instant now) {
        if (!job.isSpot()) {
            assertThat(c.market().billing().records(job.jobId())).as(where + ": on-demand jobs have no spot bill").isEmpty();
            return;
        }
        BigDecimal expected = BigDecimal.ZERO;
        PoolKey pool = c.market().pools().stream()
                .filter(p -> p.key().spec().equals(job.jobSpecs().get(0).ecsSpec().orElseThrow())).findFirst()
                .orElseThrow().key();
        long instances = job.podCount();
        Instant heldSince = null;
        for (Job.Transition t : job.history()) {
            boolean holds = HOLDING.contains(t.status()); // M28: Stopping gives the instances back at once
            if (holds && heldSince == null) {
                heldSince = t.start();
            } else if (!holds && heldSince != null) {
                expected = expected.add(cost(pool, heldSince, t.start()).multiply(BigDecimal.valueOf(instances)));
                heldSince = null;
            }
        }
        if (heldSince != null) {
            expected = expected.add(cost(pool, heldSince, now).multiply(BigDecimal.valueOf(instances)));
        }
        BigDecimal billed = c.market().billing().total(job.jobId());
        assertThat(billed.subtract(expected).abs()).as(where + ": bill of " + job.jobId() + " is " + billed
                + ", Σ price × time held is " + expected).isLessThanOrEqualTo(new BigDecimal("0.000001"));
    }

    private BigDecimal cost(PoolKey pool, Instant from, Instant to) {
        BigDecimal total = BigDecimal.ZERO;
        NavigableMap<Instant, BigDecimal> series = prices.get(pool);
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            BigDecimal price = series.floorEntry(cursor).getValue();
            Instant next = series.higherKey(cursor);
            Instant end = next == null || next.isAfter(to) ? to : next;
            BigDecimal minutes = BigDecimal.valueOf(Duration.between(cursor, end).toNanos())
                    .divide(BigDecimal.valueOf(60_000_000_000L), 20, RoundingMode.HALF_EVEN);
            total = total.add(price.multiply(minutes));
            cursor = end;
        }
        return total;
    }

    private BigDecimal between(BigDecimal min, BigDecimal max) {
        double fraction = random.nextDouble();
        return min.add(max.subtract(min).multiply(BigDecimal.valueOf(fraction))).setScale(6, RoundingMode.HALF_EVEN);
    }
}
