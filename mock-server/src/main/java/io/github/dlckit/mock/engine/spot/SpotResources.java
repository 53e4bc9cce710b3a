package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.ResourceBroker;
import io.github.dlckit.mock.engine.market.Bid;
import io.github.dlckit.mock.engine.market.Demand;
import io.github.dlckit.mock.engine.market.MarketListener;
import io.github.dlckit.mock.engine.market.PoolKey;
import io.github.dlckit.mock.engine.market.PoolRequest;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.ReleaseCause;
import io.github.dlckit.mock.engine.market.SpotInstance;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.model.ElasticSpotSpec;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.SpotSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connects jobs to the {@link SpotMarket}: a spot job's roles become one gang demand (M5) — one pool request per
 * instance type and bid — and the market's allocations, warnings, releases and waiting reasons come back to the
 * job lifecycle. Jobs that do not bid get their instances from the on-demand broker; an {@code AIMaster} role of
 * a spot job takes no capacity (M24).
 *
 * <p>A job that re-enters the queue after a release (R20) keeps its first submission time, so it does not lose
 * its place among jobs of the same priority (M6). An {@code ElasticSpotSpecs} role (M25) bids for the candidate
 * its strategy picks from the pools as they are when it asks, and asks again when another candidate would fit
 * while it waits.
 */
public final class SpotResources implements ResourceBroker, MarketListener {

    /** M24: the system role that takes no capacity. */
    static final String AIMASTER = "AIMaster";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SpotMarket market;
    private final ResourceBroker onDemand;
    private final String region;
    private final Map<String, Job> biddingJobs = new HashMap<>();
    /** M25: the bidding jobs with an ElasticSpotSpecs role, which may re-choose after any settlement. */
    private final Map<String, Job> elasticJobs = new LinkedHashMap<>();
    private final Map<String, Instant> firstSubmitted = new HashMap<>();
    /** M25: the instance type each role of a bidding job asks for (its EcsSpec, or the chosen candidate). */
    private final Map<String, List<String>> chosenSpecs = new HashMap<>();
    private Listener listener;

    /**
     * @param market the market of the served region
     * @param onDemand where jobs that do not bid get their instances
     * @param region the region the mock serves
     */
    public SpotResources(SpotMarket market, ResourceBroker onDemand, String region) {
        this.market = market;
        this.onDemand = onDemand;
        this.region = region;
        market.addListener(this);
    }

    @Override
    public void listener(Listener listener) {
        this.listener = listener;
        onDemand.listener(listener);
    }

    /** The market's word for the instance types it has; the on-demand broker's guess for the others. */
    @Override
    public ResourceType resourceTypeOf(String ecsSpec) {
        return offer(ecsSpec).map(SpotOffer::resourceType).orElseGet(() -> onDemand.resourceTypeOf(ecsSpec));
    }

    /**
     * What the market offers for an instance type in the served region.
     *
     * @param ecsSpec the instance type
     * @return its resource type and price range, or empty when the market has no such pool
     */
    public Optional<SpotOffer> offer(String ecsSpec) {
        return snapshot(ecsSpec).map(pool -> new SpotOffer(ecsSpec, pool.key().resourceType(),
                pool.minPrice().doubleValue(), pool.maxPrice().doubleValue()));
    }

    /**
     * The demand a spot job places (also used to check it at CreateJob, before it exists).
     *
     * @param jobId the job id
     * @param ownerId the paying account
     * @param priority the job's priority
     * @param submittedAt its queue position
     * @param roles the job's roles
     * @return the demand
     */
    public Demand demandOf(String jobId, String ownerId, int priority, Instant submittedAt, List<JobSpec> roles) {
        return demandOf(jobId, ownerId, priority, submittedAt, roles, choose(roles));
    }

    private Demand demandOf(String jobId, String ownerId, int priority, Instant submittedAt, List<JobSpec> roles,
                            List<String> specs) {
        Map<String, PoolRequest> requests = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            JobSpec role = roles.get(i);
            if (!takesSpotCapacity(role)) {
                continue;
            }
            String spec = specs.get(i);
            PoolKey pool = new PoolKey(region, resourceTypeOf(spec), spec);
            Bid bid = bidOf(role, spec);
            String key = spec + "|" + bid;
            int pods = (int) role.podCount().orElse(1);
            PoolRequest merged = requests.containsKey(key)
                    ? new PoolRequest(pool, requests.get(key).instances() + pods, bid) : new PoolRequest(pool, pods, bid);
            requests.put(key, merged);
        }
        return new Demand(jobId, ownerId, priority, submittedAt, new ArrayList<>(requests.values()));
    }

    /**
     * @param job a spot job
     * @return the instance type each of its roles bids for now (M25: the chosen candidate), in role order
     */
    public List<String> chosenSpecs(Job job) {
        return chosenSpecs.getOrDefault(job.jobId(), choose(job.jobSpecs()));
    }

    /**
     * M33: what a bidding role's bid is worth in the pool of {@code spec}, CNY per minute (M4, M24, M25).
     *
     * @param role the role
     * @param spec the instance type it bids for
     * @return the effective bid
     */
    public BigDecimal effectiveBid(JobSpec role, String spec) {
        BigDecimal original = snapshot(spec).map(PoolSnapshot::originalPrice).orElse(BigDecimal.ONE);
        return bidOf(role, spec).valueAt(original).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    @Override
    public void request(Job job) {
        if (!job.isSpot()) {
            onDemand.request(job);
            return;
        }
        Instant queuedSince = firstSubmitted.computeIfAbsent(job.jobId(), id -> market.clock().now());
        biddingJobs.put(job.jobId(), job);
        if (job.jobSpecs().stream().anyMatch(role -> !role.elasticSpotSpecs().isEmpty())) {
            elasticJobs.put(job.jobId(), job);
        }
        List<String> specs = choose(job.jobSpecs());
        chosenSpecs.put(job.jobId(), specs);
        market.submit(demandOf(job.jobId(), job.owner().accountId(), job.priority(), queuedSince, job.jobSpecs(),
                specs));
    }

    @Override
    public void release(Job job) {
        if (biddingJobs.remove(job.jobId()) != null) {
            elasticJobs.remove(job.jobId());
            market.withdraw(job.jobId());
        } else {
            onDemand.release(job);
        }
    }

    /**
     * M32: preempts a job that holds spot instances.
     *
     * @param job the job
     * @param warningSeconds the notice, or null for the pool's
     * @param cause PRICE or STOCK: which numbers the message gives
     * @return when the instances go
     * @throws IllegalStateException when it holds none
     */
    public Instant preempt(Job job, Long warningSeconds, ReleaseCause cause) {
        if (!biddingJobs.containsKey(job.jobId())) {
            throw new IllegalStateException("job " + job.jobId() + " holds no preemptible instances");
        }
        return market.preempt(job.jobId(), warningSeconds, cause);
    }

    @Override
    public void onAllocated(String jobId, List<SpotInstance> instances) {
        Job job = biddingJobs.get(jobId);
        if (job != null) {
            listener.allocated(job, inRoleOrder(job, instances));
        }
    }

    @Override
    public void onReleaseWarning(String jobId, Instant releaseAt, ReleaseCause cause, String message) {
        Job job = biddingJobs.get(jobId);
        if (job != null) {
            listener.releaseWarning(job, releaseAt, cause.name(), message);
        }
    }

    @Override
    public void onReleased(String jobId, ReleaseCause cause, String message, String reasonCode) {
        Job job = biddingJobs.remove(jobId);
        elasticJobs.remove(jobId);
        if (job != null) {
            listener.released(job, cause.name(), message, reasonCode);
        }
    }

    /**
     * M21: each waiting spot job learns why it waits, with the current numbers; an {@code ElasticSpotSpecs} job
     * whose strategy now picks another candidate asks again for it (M25), keeping its queue time. Only the jobs
     * waiting where the settlement looked can have a new reason, so only they are asked about (the others keep
     * theirs): the work per settlement follows its pools, not every job in the market.
     */
    @Override
    public void onSettled() {
        for (Job job : new ArrayList<>(elasticJobs.values())) {
            if (!job.status().isWaiting()) {
                continue;
            }
            List<String> now = choose(job.jobSpecs());
            if (!now.equals(chosenSpecs.get(job.jobId()))) {
                market.withdraw(job.jobId());
                request(job);
                continue;
            }
            tellWhyItWaits(job);
        }
        for (String jobId : market.waitingJobsOfLastSettlement()) {
            Job job = biddingJobs.get(jobId);
            if (job != null && !elasticJobs.containsKey(jobId) && job.status().isWaiting()) {
                tellWhyItWaits(job);
            }
        }
    }

    private void tellWhyItWaits(Job job) {
        market.waitingReason(job.jobId()).ifPresent(r -> listener.waiting(job, r.code(), r::message));
    }

    /** M24: a role takes spot capacity when it bids; the AIMaster role never does. */
    static boolean takesSpotCapacity(JobSpec role) {
        return SpotAdmission.bidsOnSpot(role) && !AIMASTER.equals(role.type().orElse(""));
    }

    /** Per role, the instance type it asks for: its EcsSpec, or the candidate its ElasticSpotSpecs strategy picks. */
    private List<String> choose(List<JobSpec> roles) {
        List<String> specs = new ArrayList<>();
        for (JobSpec role : roles) {
            specs.add(role.elasticSpotSpecs().isEmpty() ? role.ecsSpec().orElse("") : m25Candidate(role));
        }
        return specs;
    }

    /**
     * M25: among the candidates whose effective bid meets the pool's price to meet and whose pool has stock for
     * the whole role, {@code LowestPrice} takes the lowest price, {@code CapacityOptimized} the most free stock
     * (then the lower price); ties by list order. When none fits, the first candidate (the role waits there).
     */
    private String m25Candidate(JobSpec role) {
        List<String> candidates = candidates(role);
        boolean capacity = role.elasticSpotSpecs().stream().map(e -> e.spotStrategy().orElse(""))
                .anyMatch("CapacityOptimized"::equals);
        long pods = role.podCount().orElse(1);
        Comparator<PoolSnapshot> byPrice = Comparator.comparing(SpotResources::priceToMeet);
        Comparator<PoolSnapshot> order = capacity
                ? Comparator.comparingInt(PoolSnapshot::free).reversed().thenComparing(byPrice) : byPrice;
        PoolSnapshot best = null;
        for (String spec : candidates) {
            Optional<PoolSnapshot> pool = snapshot(spec);
            if (pool.isEmpty() || pool.get().free() < pods
                    || elasticBid(role, spec).compareTo(priceToMeet(pool.get())) < 0) {
                continue;
            }
            if (best == null || order.compare(pool.get(), best) < 0) {
                best = pool.get();
            }
        }
        return best != null ? best.key().spec() : candidates.get(0);
    }

    /** M25: the role's EcsSpec (if any) first, with no limits of its own, then the listed types. */
    private static List<String> candidates(JobSpec role) {
        List<String> candidates = new ArrayList<>();
        role.ecsSpec().ifPresent(candidates::add);
        role.elasticSpotSpecs().forEach(e -> e.instanceType().ifPresent(candidates::add));
        return candidates;
    }

    /**
     * M25: an entry's effective bid per minute, {@code min(SpotPriceLimit ÷ 60, p ÷ 100 × OnDemandPrice)}; a
     * missing limit stands for the on-demand price (p for 100). The role's own EcsSpec has no limits.
     */
    BigDecimal elasticBid(JobSpec role, String spec) {
        BigDecimal onDemand = snapshot(spec).map(PoolSnapshot::originalPrice).orElse(BigDecimal.ONE);
        Optional<ElasticSpotSpec> entry = role.elasticSpotSpecs().stream()
                .filter(e -> e.instanceType().filter(spec::equals).isPresent()).findFirst();
        BigDecimal byPrice = onDemand;
        BigDecimal byShare = onDemand;
        if (entry.isPresent() && entry.get().spotPriceLimit().isPresent()) {
            byPrice = BigDecimal.valueOf(entry.get().spotPriceLimit().getAsDouble())
                    .divide(MINUTES_PER_HOUR, 6, RoundingMode.HALF_EVEN);
        }
        if (entry.isPresent() && entry.get().spotDiscountLimit().isPresent()) {
            byShare = BigDecimal.valueOf(entry.get().spotDiscountLimit().getAsDouble()).multiply(onDemand)
                    .divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
        }
        return byPrice.min(byShare);
    }

    /**
     * The bid of a role: its price or discount limit, taken at the decimal value the user wrote (the wire type is
     * float32: 0.011f is 0.011, not 0.010999999940395355; a discount within R7's tolerance is its tenth). The
     * legacy UseSpotInstance switch without a SpotSpec bids the pool's ceiling (M24); an ElasticSpotSpecs role
     * its chosen entry's effective bid (M25).
     */
    private Bid bidOf(JobSpec role, String spec) {
        Optional<SpotSpec> spot = role.spotSpec();
        if (!role.elasticSpotSpecs().isEmpty()) {
            return new Bid.Ceiling(elasticBid(role, spec));
        }
        if (spot.flatMap(SpotSpec::spotPriceLimit).isPresent()) {
            return Bid.priceLimit(new BigDecimal(Float.toString(spot.get().spotPriceLimit().get())));
        }
        if (spot.flatMap(SpotSpec::spotDiscountLimit).isPresent()) {
            long tenths = Math.round(spot.get().spotDiscountLimit().get() * 10.0);
            return Bid.discountLimit(BigDecimal.valueOf(tenths, 1));
        }
        return new Bid.Ceiling(snapshot(spec).map(PoolSnapshot::maxPrice).orElse(BigDecimal.ONE));
    }

    private Optional<PoolSnapshot> snapshot(String ecsSpec) {
        return market.findPool(region, ecsSpec);
    }

    private static BigDecimal priceToMeet(PoolSnapshot pool) {
        return pool.key().resourceType() == ResourceType.LINGJUN ? pool.averagePrice() : pool.marketPrice();
    }

    /** One instance per pod in the job's role order: spot instances for bidding roles, on-demand nodes otherwise. */
    private List<Instance> inRoleOrder(Job job, List<SpotInstance> instances) {
        Map<String, Deque<SpotInstance>> bySpec = new HashMap<>();
        for (SpotInstance i : instances) {
            bySpec.computeIfAbsent(i.pool().spec(), s -> new ArrayDeque<>()).add(i);
        }
        List<String> specs = chosenSpecs(job);
        List<Instance> ordered = new ArrayList<>();
        int onDemandNode = 0;
        for (int r = 0; r < job.jobSpecs().size(); r++) {
            JobSpec role = job.jobSpecs().get(r);
            String spec = takesSpotCapacity(role) ? specs.get(r) : role.ecsSpec().orElse("quota");
            for (long pod = 0; pod < role.podCount().orElse(1); pod++) {
                Deque<SpotInstance> pool = takesSpotCapacity(role) ? bySpec.get(spec) : null;
                ordered.add(pool != null && !pool.isEmpty() ? new Instance(pool.poll().instanceId(), spec)
                        : new Instance(job.jobId() + "-node-" + (onDemandNode++), spec));
            }
        }
        return ordered;
    }
}
