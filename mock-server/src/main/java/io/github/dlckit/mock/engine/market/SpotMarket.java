package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.engine.time.ScheduledEvent;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spot market of one mock DLC: pools and their prices (M1–M3, M16), demands and allocation (R12, R13, M4–M6,
 * M17), releases (R15–R19, M7, M9), billing (R22–R24, M13) and stock (M14), all on the mock's {@link EventClock}.
 *
 * <h2>Time and evaluation (M8)</h2>
 * Everything happens in clock events, in virtual-time order. Every {@link MarketSettings#tickInterval() tick}
 * moves the prices; protection expiries, warned releases and trace points are events at their times. A call
 * from outside ({@link #submit}, {@link #withdraw}, {@link #updatePool}) changes the state at once — a submitted
 * demand is waiting, a withdrawn one is gone and its billing closed, a new capacity is in force — and schedules
 * a settlement at the current instant, where allocation and release are re-evaluated and the listeners called.
 * So after such a call, run the clock's due events ({@link EventClock#runDue()}, or any advance) to see the
 * consequences — the HTTP layer should do that after each request. A price set through {@link #updatePool} is
 * in force (and billed) from the call on.
 *
 * <h2>Listeners</h2>
 * {@link MarketListener} callbacks run inside those events, after the market has settled, and may call back
 * into the market (for instance to resubmit a released Lingjun job, R20). Wiring a job lifecycle:
 * <pre>{@code
 * market.addListener(lifecycle);      // onAllocated -> EnvPreparing; onReleased -> Failed, or requeue (R20)
 * market.validate(demand);            // at CreateJob, before the job exists: R7, R9, R10, unknown pools
 * market.submit(demand);              // the job is Queuing/Bidding from now on
 * clock.runDue();                     // allocates now if it fits (R12), calling onAllocated
 * market.withdraw(jobId);             // when the job stops, succeeds or fails on its own
 * }</pre>
 *
 * <h2>Errors</h2>
 * Bad input — an unknown pool, a negative capacity, a price outside the pool's range (refused, not clamped),
 * a bid the pool does not take (R7, R9, R10) — throws {@link IllegalArgumentException} naming the field.
 */
public final class SpotMarket {

    private final EventClock clock;
    private final TimeBase time;
    private final long seed;
    /** M31: how long a pool keeps its history. */
    public static final Duration HISTORY_RETENTION = Duration.ofDays(30);
    /** How often (in ticks) history older than the retention window is dropped. */
    private static final int RETENTION_EVERY_TICKS = 60;

    private MarketSettings settings;
    private QueueOrder queueOrder = QueueOrder.PRIORITY_FIRST;
    private int ticksSinceRetention;
    private final Map<PoolKey, SpotPool> pools = new LinkedHashMap<>();
    private final SpotBilling billing;
    private final DemandBook demands;
    private final Notifications notifications = new Notifications();
    private final DirtyPools dirty = new DirtyPools();
    private ScheduledEvent pendingSettlement;
    private boolean settling;
    /** M21: the pools the current (or last) settlement looked at or changed the stock of. */
    private final Set<SpotPool> settledPools = new LinkedHashSet<>();
    /** M21: the waiting jobs whose reason the last settlement may have changed. */
    private List<String> reasonsToReread = List.of();
    private int nextPoolOrdinal;

    /**
     * A market with {@link MarketSettings#defaults() default settings} and no pools (see {@link DefaultCatalogue}).
     *
     * @param clock the mock's clock; the market schedules its ticks on it from now
     * @param seed seeds every pool's price stream (M2)
     */
    public SpotMarket(EventClock clock, long seed) {
        this(clock, seed, MarketSettings.defaults());
    }

    /**
     * @param clock the mock's clock
     * @param seed seeds every pool's price stream (M2)
     * @param settings tick interval, average window and price process
     */
    public SpotMarket(EventClock clock, long seed, MarketSettings settings) {
        this.clock = Checks.requirePresent("clock", clock);
        this.settings = Checks.requirePresent("settings", settings);
        this.seed = seed;
        this.time = new TimeBase(clock);
        this.billing = new SpotBilling(time, key -> {
            SpotPool pool = pools.get(key);
            return pool != null && pool.minuteGranularity();
        });
        this.demands = new DemandBook(billing);
        scheduleTick();
    }

    /** @return the clock the market runs on */
    public EventClock clock() {
        return clock;
    }

    /** @return the settings */
    public MarketSettings settings() {
        return settings;
    }

    /** @return M6's queue order in force */
    public QueueOrder queueOrder() {
        return queueOrder;
    }

    /**
     * M6: a new queue order from now on; the waiting jobs are re-ordered at once (a settlement follows).
     *
     * @param order the order
     */
    public void queueOrder(QueueOrder order) {
        this.queueOrder = Checks.requirePresent("order", order);
        pools.values().forEach(dirty::allocation);
        requestSettlement();
    }

    /**
     * M3: a new trailing window for every pool's average price, from now on.
     *
     * @param window the window, positive
     */
    public void averageWindow(Duration window) {
        settings = settings.withAverageWindow(window);
        long now = time.now();
        for (SpotPool pool : pools.values()) {
            BigDecimal before = pool.priceToMeet();
            pool.averageWindow(window.toNanos(), now);
            dirty.priceMoved(pool, before);
            notifyPrices(pool);
        }
        requestSettlement();
    }

    /**
     * M31: a pool's history between two times: the values in force at {@code from} (or at the pool's creation,
     * if later), then one point per change up to {@code to} included. Points older than
     * {@link #HISTORY_RETENTION} are gone.
     *
     * @param key the pool
     * @param from the start
     * @param to the end, not before {@code from}
     * @return the points, in time order
     */
    public List<HistoryPoint> history(PoolKey key, Instant from, Instant to) {
        SpotPool pool = require(key);
        List<HistoryPoint> out = new ArrayList<>();
        long start = Math.max(time.nanosAt(from), pool.createdAt());
        long end = time.nanosAt(to);
        if (start > end) {
            return out;
        }
        for (PoolHistory.Point p : pool.changes().between(start, end)) {
            out.add(new HistoryPoint(time.instantAt(p.time()), p.marketPrice(), p.averagePrice(), p.capacity(),
                    p.allocated()));
        }
        return out;
    }

    /** @return billing: records and totals per job and per owner */
    public SpotBilling billing() {
        return billing;
    }

    /** @param listener called on allocations, warnings, releases and price changes, after earlier listeners */
    public void addListener(MarketListener listener) {
        notifications.addListener(Checks.requirePresent("listener", listener));
    }

    /** @param listener no longer called */
    public void removeListener(MarketListener listener) {
        notifications.removeListener(listener);
    }

    // ---------------------------------------------------------------------------------------------- pools

    /**
     * Adds a pool (M1), its market and average price at the definition's start price.
     *
     * @param definition the pool
     * @return the new pool
     * @throws IllegalArgumentException if the pool exists or its region offers no spot of its type (R2)
     */
    public PoolSnapshot addPool(PoolDefinition definition) {
        PoolKey key = Checks.requirePresent("definition", definition).key();
        if (!SpotRegions.r2OffersSpot(key.region(), key.resourceType())) {
            throw new IllegalArgumentException("region " + key.region() + " offers no preemptible "
                    + key.resourceType().wireValue() + " resources (R2)");
        }
        if (pools.containsKey(key)) {
            throw new IllegalArgumentException("pool " + key + " already exists");
        }
        SpotPool pool = new SpotPool(definition, nextPoolOrdinal++, time.now(), seed, settings);
        pools.put(key, pool);
        return pool.snapshot();
    }

    /**
     * Removes a pool nobody uses, e.g. to replace the default catalogue.
     *
     * @param key the pool
     * @throws IllegalArgumentException if unknown, or a demand waits for or holds it
     */
    public void removePool(PoolKey key) {
        SpotPool pool = require(key);
        if (pool.hasDemands()) {
            throw new IllegalArgumentException("pool " + key + " still has waiting or holding demands");
        }
        pool.traceEvents().forEach(ScheduledEvent::cancel);
        dirty.forget(pool);
        pools.remove(key);
    }

    /**
     * Changes a pool now (see {@link PoolUpdate} for the rules); allocation and release are re-evaluated at this
     * instant (M8).
     *
     * @param key the pool
     * @param update what to change
     * @return the pool after the change
     * @throws IllegalArgumentException naming the field, with nothing changed
     */
    public PoolSnapshot updatePool(PoolKey key, PoolUpdate update) {
        SpotPool pool = require(key);
        pool.checkUpdate(Checks.requirePresent("update", update));
        applyUpdate(pool, update);
        requestSettlement();
        return pool.snapshot();
    }

    /**
     * Loads a trace (M16): pins the pool's market price now and applies each point at its time after now, as a
     * clock event. Replaces the points still pending from an earlier trace; setting the pool back to
     * {@link PriceMode#AUTO} drops them. A point's prices are checked against the range now and clamped into the
     * range in force when the point applies.
     *
     * @param key the pool
     * @param points the points, in any order
     * @throws IllegalArgumentException naming the field of a bad point, with nothing loaded
     */
    public void loadTrace(PoolKey key, List<TracePoint> points) {
        SpotPool pool = require(key);
        for (TracePoint point : Checks.requirePresent("points", points)) {
            pool.checkUpdate(Checks.requirePresent("point", point).toUpdate());
        }
        pool.traceEvents().forEach(ScheduledEvent::cancel);
        pool.traceEvents().clear();
        pool.pinMarket(true);
        for (TracePoint point : points) {
            pool.traceEvents().add(clock.scheduleAfter(Duration.ofSeconds(point.afterSeconds()),
                    "trace point of " + key, () -> applyTracePoint(pool, point)));
        }
    }

    /**
     * @param key a pool
     * @return the pool as it is now
     * @throws IllegalArgumentException if unknown
     */
    public PoolSnapshot pool(PoolKey key) {
        return require(key).snapshot();
    }

    /**
     * @param region a region
     * @param spec an instance type
     * @return that pool as it is now, if the market has it (one snapshot, not one per pool)
     */
    public Optional<PoolSnapshot> findPool(String region, String spec) {
        for (SpotPool pool : pools.values()) {
            if (pool.key().region().equals(region) && pool.key().spec().equals(spec)) {
                return Optional.of(pool.snapshot());
            }
        }
        return Optional.empty();
    }

    /** @return every pool as it is now, in the order they were added */
    public List<PoolSnapshot> pools() {
        List<PoolSnapshot> snapshots = new ArrayList<>(pools.size());
        pools.values().forEach(pool -> snapshots.add(pool.snapshot()));
        return snapshots;
    }

    // -------------------------------------------------------------------------------------------- demands

    /**
     * Checks a demand without submitting it: its pools exist and take its bids (R7, R9, R10), and it is not from
     * the future. Lets the job lifecycle refuse a bad CreateJob before creating the job.
     *
     * @param demand the demand
     * @throws IllegalArgumentException naming the field
     */
    public void validate(Demand demand) {
        Checks.requirePresent("demand", demand);
        if (demand.submittedAt().isAfter(clock.now())) {
            throw new IllegalArgumentException("submittedAt " + demand.submittedAt() + " is after now " + clock.now());
        }
        for (PoolRequest request : demand.requests()) {
            BidRules.checkRequest(request, require(request.pool()));
        }
    }

    /**
     * Queues a demand now; it is allocated at this instant's settlement if it fits (R12), else it waits (R13).
     *
     * @param demand the demand
     * @throws IllegalArgumentException if invalid (see {@link #validate}) or the job already has a demand here
     */
    public void submit(Demand demand) {
        validate(demand);
        if (demands.find(demand.jobId()) != null) {
            throw new IllegalArgumentException("job " + demand.jobId() + " already has a demand in the market");
        }
        ActiveDemand active = demands.queue(demand, this::require);
        active.claims().forEach(claim -> dirty.allocation(claim.pool()));
        requestSettlement();
    }

    /**
     * Withdraws a job's demand now (the job stopped, finished or failed): a waiting demand leaves the queue; held
     * instances are freed and their billing closed at once. No callback: the caller knows.
     *
     * @param jobId the job
     * @return false if the job had no demand here (never submitted, already released or withdrawn)
     */
    public boolean withdraw(String jobId) {
        ActiveDemand active = demands.find(jobId);
        if (active == null) {
            return false;
        }
        demands.remove(active, time.now()).forEach(dirty::allocation);
        requestSettlement();
        return true;
    }

    /**
     * @param jobId a job
     * @return its demand as it is now, if it has one here
     */
    public Optional<DemandState> demand(String jobId) {
        ActiveDemand active = demands.find(jobId);
        if (active == null) {
            return Optional.empty();
        }
        boolean holding = active.isHolding();
        List<java.math.BigDecimal> bids = new ArrayList<>();
        active.claims().forEach(claim -> bids.add(claim.bidValue()));
        return Optional.of(new DemandState(active.demand(), active.status(), active.heldInstances(),
                holding ? time.instantAt(active.allocatedAt()) : null,
                holding ? time.instantAt(active.protectedUntil()) : null,
                active.isReleasePending() ? time.instantAt(active.releaseAt()) : null, bids));
    }

    /**
     * M21: why a waiting demand waits: a bid below its price to meet (the first such pool in request order), or
     * else too little free stock (the first such pool). The message quotes that pool's numbers as its last
     * settlement left them (see {@link WaitingReason}) and is only written out when read.
     *
     * @param jobId a job
     * @return the reason, or empty when the job does not wait here (or would fit now)
     */
    public Optional<WaitingReason> waitingReason(String jobId) {
        ActiveDemand active = demands.find(jobId);
        if (active == null || !active.isWaiting()) {
            return Optional.empty();
        }
        PoolClaim cause = m21Cause(active);
        if (cause == null) {
            return Optional.empty();
        }
        SpotPool pool = cause.pool();
        String bid = cause.bidText();
        String spec = pool.key().spec();
        WaitingReason reason;
        if (!BidRules.m4BidMeetsPrice(cause.bidValue(), pool.priceToMeet())) {
            String kind = pool.key().isLingjun() ? "average" : "market";
            reason = new WaitingReason(WaitingReason.PRICE_TOO_LOW, pool, reading -> "bid " + bid + " is below the "
                    + kind + " price " + reading.priceText() + " for " + spec + " (CNY per minute)");
        } else {
            int needed = active.instancesIn(pool);
            reason = new WaitingReason(WaitingReason.STOCK_INSUFFICIENT, pool, reading -> "needs " + needed
                    + " instance(s) of " + spec + " but the free stock is " + reading.free() + " (capacity "
                    + reading.capacity() + "); bid " + bid + ", price " + reading.priceText() + " (CNY per minute)");
        }
        active.reason(reason);
        return Optional.of(reason);
    }

    /**
     * M21: the claim a waiting demand waits for: the first whose bid is below its price to meet, else the first
     * whose pool has too little free stock; null when it would fit now.
     */
    private static PoolClaim m21Cause(ActiveDemand active) {
        for (PoolClaim claim : active.claims()) {
            if (!BidRules.m4BidMeetsPrice(claim.bidValue(), claim.pool().priceToMeet())) {
                return claim;
            }
        }
        for (PoolClaim claim : active.claims()) {
            if (active.instancesIn(claim.pool()) > claim.pool().free()) {
                return claim;
            }
        }
        return null;
    }

    /**
     * M21: the waiting jobs whose {@link #waitingReason} may have changed at the last settlement — a bid now on
     * the other side of its price to meet, a need on the other side of the free stock, a bid revalued, or newly
     * waiting — in the pools it looked at or changed the stock of (every change of a price to meet, capacity,
     * stock or bid value marks its pool for the next settlement, M8). The other waiting jobs keep their reason,
     * whose numbers follow their pool; so a listener re-reads only these, and the work per settlement follows
     * the claims that crossed a line, not every job waiting in a pool whose price moved.
     *
     * @return job ids, pool by pool in queue order, each once
     */
    public List<String> waitingJobsOfLastSettlement() {
        return reasonsToReread;
    }

    /**
     * M21, at the end of a settlement: finds the waiting demands whose reason may have changed, fixes the numbers
     * of those that would fit now (they keep their last reason, as it was), then takes each pool's new reading.
     */
    private void m21ReasonsToReread() {
        List<String> jobs = new ArrayList<>();
        Set<ActiveDemand> seen = new HashSet<>();
        Map<SpotPool, PoolReading> readings = new LinkedHashMap<>();
        for (SpotPool pool : settledPools) {
            Set<PoolClaim> changed = new java.util.TreeSet<>(PoolClaim.QUEUE_ORDER);
            readings.put(pool, pool.visitChangedReasons(claim -> {
                if (claim.demand().isWaiting()) {
                    changed.add(claim);
                }
            }));
            for (PoolClaim claim : changed) {
                ActiveDemand demand = claim.demand();
                if (seen.add(demand)) {
                    jobs.add(demand.jobId());
                    if (m21Cause(demand) == null) {
                        demand.fixReason();
                    }
                }
            }
        }
        readings.forEach(SpotPool::settledReading);
        reasonsToReread = jobs;
    }

    /**
     * M32: releases a holding job on request, through the path a market release takes: protection and the check
     * grid are ignored; with a warning, the release is announced (an earlier announced time wins).
     *
     * @param jobId the job
     * @param warningSeconds the notice, or null for the warning period of the pool of the job's first request
     * @param cause which numbers the text gives (PRICE or STOCK)
     * @return when the instances go
     * @throws IllegalStateException when the job holds no instances here
     */
    public Instant preempt(String jobId, Long warningSeconds, ReleaseCause cause) {
        ActiveDemand demand = demands.find(jobId);
        if (demand == null || !demand.isHolding()) {
            throw new IllegalStateException("job " + jobId + " holds no preemptible instances");
        }
        if (warningSeconds != null) {
            Checks.requireNonNegative("WarningSeconds", warningSeconds);
        }
        SpotPool trigger = demand.claims().get(0).pool();
        long warning = warningSeconds != null ? warningSeconds : trigger.warningSeconds();
        ReleasePolicy.Decision decision = new ReleasePolicy.Decision(demand, cause,
                ReleasePolicy.requestText(demand, cause));
        long releaseAt = time.now() + TimeBase.nanosOfSeconds(warning);
        if (demand.isReleasePending() && demand.releaseAt() <= releaseAt) {
            return time.instantAt(demand.releaseAt());
        }
        if (warning == 0) {
            release(demand, decision, trigger);
            requestSettlement();
        } else {
            announce(decision, trigger, releaseAt);
        }
        return time.instantAt(releaseAt);
    }

    // ---------------------------------------------------------------------------------------- internals

    private SpotPool require(PoolKey key) {
        SpotPool pool = pools.get(Checks.requirePresent("pool", key));
        if (pool == null) {
            throw new IllegalArgumentException("unknown pool " + key);
        }
        return pool;
    }

    private void scheduleTick() {
        clock.scheduleAfter(settings.tickInterval(), "market tick", this::tick);
    }

    /** M2, M3: every pool moves its prices, then the market settles (M8). */
    private void tick() {
        scheduleTick();
        long now = time.now();
        if (++ticksSinceRetention >= RETENTION_EVERY_TICKS) {
            ticksSinceRetention = 0;
            long cutoff = now - HISTORY_RETENTION.toNanos();
            pools.values().forEach(pool -> pool.forgetBefore(cutoff));
        }
        for (SpotPool pool : pools.values()) {
            BigDecimal before = pool.priceToMeet();
            if (pool.tick(now, settings)) {
                if (pool.hasDemands()) { // a pool nobody waits for or holds needs no settlement
                    dirty.priceMoved(pool, before);
                }
                notifyPrices(pool);
            }
        }
        settle();
    }

    private void applyUpdate(SpotPool pool, PoolUpdate update) {
        if (update.mode() == PriceMode.AUTO) {
            pool.traceEvents().forEach(ScheduledEvent::cancel);
            pool.traceEvents().clear();
        }
        if (pool.apply(update, time.now())) {
            notifyPrices(pool);
        }
        dirty.both(pool);
    }

    private void applyTracePoint(SpotPool pool, TracePoint point) {
        applyUpdate(pool, point.toUpdateWithin(pool.minPrice(), pool.maxPrice()));
        settle();
    }

    private void notifyPrices(SpotPool pool) {
        notifications.priceChanged(pool.key(), clock.now(), pool.marketPrice(), pool.averagePrice());
    }

    private void requestSettlement() {
        if (pendingSettlement == null) {
            pendingSettlement = clock.schedule(clock.now(), "market settlement", () -> {
                pendingSettlement = null;
                settle();
            });
        }
    }

    /**
     * M8: releases first (they free capacity), then allocations, then the callbacks. Only the pools where
     * something changed are looked at.
     */
    private void settle() {
        if (settling) {
            throw new IllegalStateException("the market is settling: a listener must not advance the clock");
        }
        settling = true;
        settledPools.clear();
        try {
            releasePhase();
            allocationPhase();
            m21ReasonsToReread();
            notifications.settled();
            notifications.deliver();
        } finally {
            settling = false;
        }
    }

    private void releasePhase() {
        long now = time.now();
        for (SpotPool pool : dirty.takeForRelease()) {
            settledPools.add(pool);
            ReleasePolicy.priceReleases(pool, now).forEach(decision -> m8ReleaseAtCheckPoint(decision, pool, now));
            ReleasePolicy.m7StockReleases(pool, now).forEach(decision -> m8ReleaseAtCheckPoint(decision, pool, now));
        }
    }

    /**
     * M8: in a pool with a check interval, a release (for price or stock) waits for the demand's next check point;
     * the demand holds until then, and the check decides again (a bid that meets the price again stays). A
     * warning (M9) starts at the check point.
     */
    private void m8ReleaseAtCheckPoint(ReleasePolicy.Decision decision, SpotPool pool, long now) {
        ActiveDemand demand = decision.demand();
        if (CheckGrid.m8AtCheckPoint(demand, pool, now)) {
            m9ReleaseOrWarn(decision, pool);
            return;
        }
        long at = CheckGrid.m8NextCheckPoint(demand, pool, now);
        ScheduledEvent pending = demand.checkPoint(pool);
        if (pending != null && time.nanosAt(pending.time()) == at) {
            return;
        }
        demand.checkPoint(pool, clock.schedule(time.instantAt(at), "check point of " + demand.jobId(), () -> {
            demand.checkPoint(pool, null);
            dirty.release(pool);
            settle();
        }));
    }

    private void allocationPhase() {
        List<SpotPool> improved = dirty.takeForAllocation();
        settledPools.addAll(improved);
        for (ActiveDemand candidate : Allocator.m6Candidates(improved, queueOrder)) {
            if (candidate.isWaiting() && Allocator.r12BidsAndStockSuffice(candidate)) {
                allocate(candidate);
            }
        }
    }

    /** M5, M7, M15: allocates the whole gang, starts billing and the protection period. */
    private void allocate(ActiveDemand demand) {
        long protectionSeconds = 0;
        for (PoolClaim claim : demand.claims()) {
            protectionSeconds = Math.max(protectionSeconds, claim.pool().protectionSeconds());
        }
        long protectedUntil = time.now() + TimeBase.nanosOfSeconds(protectionSeconds);
        ScheduledEvent expiry = protectionSeconds == 0 ? null : clock.schedule(time.instantAt(protectedUntil),
                "protection of " + demand.jobId() + " ends", () -> protectionEnded(demand));
        demand.claims().forEach(claim -> settledPools.add(claim.pool()));
        notifications.allocated(demand, demands.allocate(demand, time, protectedUntil, expiry));
    }

    /** M7, M8: a protection period ended; the demand's pools get a release check. */
    private void protectionEnded(ActiveDemand demand) {
        demand.claims().forEach(claim -> dirty.release(claim.pool()));
        settle();
    }

    /**
     * M9, R18: without a warning period the release happens now, without notice; with one, the job is warned
     * now and released that many seconds later, whatever the cause (price, average price or stock). The release
     * then happens even if the price or stock recovers meanwhile (once given, a notice stands); a withdrawal
     * cancels it. A job is announced once: a later cause changes nothing.
     */
    private void m9ReleaseOrWarn(ReleasePolicy.Decision decision, SpotPool trigger) {
        ActiveDemand demand = decision.demand();
        if (!demand.isHolding() || demand.isReleasePending()) {
            return;
        }
        long warning = trigger.warningSeconds();
        if (warning == 0) {
            release(demand, decision, trigger);
            return;
        }
        announce(decision, trigger, time.now() + TimeBase.nanosOfSeconds(warning));
    }

    /** M9: schedules the release at {@code releaseAt} and tells the listeners now (replacing a later announcement). */
    private void announce(ReleasePolicy.Decision decision, SpotPool trigger, long releaseAt) {
        ActiveDemand demand = decision.demand();
        Instant at = time.instantAt(releaseAt);
        ScheduledEvent release = clock.schedule(at, "warned release of " + demand.jobId(), () -> {
            release(demand, decision, trigger);
            settle();
        });
        demands.markReleasePending(demand, releaseAt, release);
        notifications.releaseWarning(demand, at, decision.cause(), decision.text());
    }

    /** R15–R19: the whole demand goes (the job loses its gang), billing closes, the freed capacity is offered. */
    private void release(ActiveDemand demand, ReleasePolicy.Decision decision, SpotPool trigger) {
        if (demand.isGone()) {
            return;
        }
        for (SpotPool pool : demands.remove(demand, time.now())) {
            settledPools.add(pool);
            dirty.allocation(pool);
            dirty.release(pool); // M7: a pool still over capacity may need another victim
        }
        notifications.released(demand.jobId(), decision.cause(), decision.text(), trigger.releaseReasonCode());
    }
}
