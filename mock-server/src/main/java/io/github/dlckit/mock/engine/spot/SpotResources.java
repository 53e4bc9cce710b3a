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
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.SpotSpec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connects jobs to the {@link SpotMarket}: a spot job's roles become one gang demand (M5) — one pool request per
 * instance type and bid — and the market's allocations and releases come back to the job lifecycle. Jobs that do
 * not bid, and the pay-as-you-go roles of a spot job, get their instances from the on-demand broker.
 *
 * <p>A job that re-enters the queue after a release (R20) keeps its first submission time, so it does not lose
 * its place among jobs of the same priority (M6).
 */
public final class SpotResources implements ResourceBroker, MarketListener {

    private final SpotMarket market;
    private final ResourceBroker onDemand;
    private final String region;
    private final Map<String, Job> biddingJobs = new HashMap<>();
    private final Map<String, Instant> firstSubmitted = new HashMap<>();
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
        for (PoolSnapshot pool : market.pools()) {
            if (pool.key().region().equals(region) && pool.key().spec().equals(ecsSpec)) {
                return Optional.of(new SpotOffer(ecsSpec, pool.key().resourceType(),
                        pool.minPrice().doubleValue(), pool.maxPrice().doubleValue()));
            }
        }
        return Optional.empty();
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
        Map<String, PoolRequest> requests = new LinkedHashMap<>();
        for (JobSpec role : roles) {
            if (!SpotAdmission.bidsOnSpot(role)) {
                continue;
            }
            String spec = role.ecsSpec().orElse("");
            PoolKey pool = new PoolKey(region, resourceTypeOf(spec), spec);
            Bid bid = bidOf(role.spotSpec(), pool);
            String key = spec + "|" + bid;
            int pods = (int) role.podCount().orElse(1);
            PoolRequest merged = requests.containsKey(key)
                    ? new PoolRequest(pool, requests.get(key).instances() + pods, bid) : new PoolRequest(pool, pods, bid);
            requests.put(key, merged);
        }
        return new Demand(jobId, ownerId, priority, submittedAt, new ArrayList<>(requests.values()));
    }

    @Override
    public void request(Job job) {
        if (!job.isSpot()) {
            onDemand.request(job);
            return;
        }
        Instant queuedSince = firstSubmitted.computeIfAbsent(job.jobId(), id -> market.clock().now());
        biddingJobs.put(job.jobId(), job);
        market.submit(demandOf(job.jobId(), job.owner().accountId(), job.priority(), queuedSince, job.jobSpecs()));
    }

    @Override
    public void release(Job job) {
        if (biddingJobs.remove(job.jobId()) != null) {
            market.withdraw(job.jobId());
        } else {
            onDemand.release(job);
        }
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
            listener.releaseWarning(job, releaseAt, message);
        }
    }

    @Override
    public void onReleased(String jobId, ReleaseCause cause, String message) {
        Job job = biddingJobs.remove(jobId);
        if (job != null) {
            listener.released(job, cause.name(), message);
        }
    }

    /**
     * The bid of a role: its price or discount limit, taken at the decimal value the user wrote (the wire type is
     * float32: 0.011f is 0.011, not 0.010999999940395355). The legacy UseSpotInstance switch without a SpotSpec
     * bids the pool's ceiling, i.e. up to the pay-as-you-go price.
     */
    private static Bid bidOf(Optional<SpotSpec> spot, PoolKey pool) {
        if (spot.flatMap(SpotSpec::spotPriceLimit).isPresent()) {
            return Bid.priceLimit(new BigDecimal(Float.toString(spot.get().spotPriceLimit().get())));
        }
        if (spot.flatMap(SpotSpec::spotDiscountLimit).isPresent()) {
            return Bid.discountLimit(new BigDecimal(Float.toString(spot.get().spotDiscountLimit().get())));
        }
        return Bid.discountLimit(BigDecimal.ONE);
    }

    /** One instance per pod in the job's role order: spot instances for bidding roles, on-demand nodes otherwise. */
    private List<Instance> inRoleOrder(Job job, List<SpotInstance> instances) {
        Map<String, Deque<SpotInstance>> bySpec = new HashMap<>();
        for (SpotInstance i : instances) {
            bySpec.computeIfAbsent(i.pool().spec(), s -> new ArrayDeque<>()).add(i);
        }
        List<Instance> ordered = new ArrayList<>();
        int onDemandNode = 0;
        for (JobSpec role : job.jobSpecs()) {
            String spec = role.ecsSpec().orElse("quota");
            for (long pod = 0; pod < role.podCount().orElse(1); pod++) {
                Deque<SpotInstance> pool = SpotAdmission.bidsOnSpot(role) ? bySpec.get(spec) : null;
                ordered.add(pool != null && !pool.isEmpty() ? new Instance(pool.poll().instanceId(), spec)
                        : new Instance(job.jobId() + "-node-" + (onDemandNode++), spec));
            }
        }
        return ordered;
    }
}
