package io.github.dlckit.mock.engine.market;

import io.github.dlckit.mock.engine.time.ScheduledEvent;
import io.github.dlckit.model.SpotStockStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * One pool's state (M1): attributes, prices, counters and the per-pool indexes that keep a price change's work
 * proportional to this pool's demands — waiting claims in queue order (M6), holders by bid (a rise scans only
 * those now below it) and holders newest first (M7 stock releases).
 */
final class SpotPool {

    private final PoolKey key;
    private final int ordinal;
    private final SpecAttributes attributes;
    private final PriceHistory history;
    private final TrailingAverage trailingAverage;
    private final SplittableRandom random;
    private int capacity;
    private int competingDemand;
    private BigDecimal originalPrice;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private BigDecimal averagePrice;
    private PriceMode mode = PriceMode.AUTO;
    private boolean averagePinned;
    private long protectionSeconds;
    private long warningSeconds;
    private long checkIntervalSeconds;
    private int stockThresholdPercent = 20;
    private String releaseReasonCode;
    private boolean minuteGranularity;
    private boolean protectionPriceLock;
    private BigDecimal priceToMeetShown;
    private String priceToMeetText;
    /** Closed holdings still billed from this pool's history (not yet frozen), oldest start first. */
    private final PriorityQueue<Holding> closedHoldings = new PriorityQueue<>(Holding.OLDEST_FIRST);
    private final PoolHistory changes;
    private final long createdAt;
    private int allocated;
    private final NavigableSet<PoolClaim> waiting = new TreeSet<>(PoolClaim.QUEUE_ORDER);
    private final ClaimIndex<BigDecimal> waitingByBid = new ClaimIndex<>(PoolClaim::bidValue);
    private final ClaimIndex<Integer> waitingByNeed = new ClaimIndex<>(claim -> claim.demand().instancesIn(this));
    /** M21: claims that started waiting since the last settlement here, and have no reason yet. */
    private final List<PoolClaim> newWaiters = new ArrayList<>();
    private boolean bidsRevalued;
    private PoolReading settledReading;
    private final NavigableSet<PoolClaim> holdersByBid = new TreeSet<>(PoolClaim.BID_ORDER);
    private final NavigableSet<PoolClaim> holdersNewestFirst = new TreeSet<>(PoolClaim.NEWEST_FIRST);
    private final List<ScheduledEvent> traceEvents = new ArrayList<>();
    /** Demands (not claims) waiting here and holding here, for the pool view without a scan. */
    private int waitingDemands;
    private int holdingDemands;

    SpotPool(PoolDefinition definition, int ordinal, long now, long seed, MarketSettings settings) {
        this.key = definition.key();
        this.ordinal = ordinal;
        this.attributes = definition.attributes();
        this.history = new PriceHistory(now, definition.startPrice());
        this.trailingAverage = new TrailingAverage(history, settings.averageWindow().toNanos(), now);
        this.random = PriceProcess.m2RandomStream(seed, key);
        this.capacity = definition.capacity();
        this.competingDemand = definition.competingDemand();
        this.originalPrice = definition.originalPrice();
        this.minPrice = definition.minPrice();
        this.maxPrice = definition.maxPrice();
        this.averagePrice = definition.startPrice();
        this.protectionSeconds = definition.protectionSeconds();
        this.warningSeconds = definition.warningSeconds();
        this.createdAt = now;
        this.changes = new PoolHistory(new PoolHistory.Point(now, definition.startPrice(), definition.startPrice(),
                capacity, 0));
        this.settledReading = PoolReading.of(this, null);
    }

    /** M31: when the pool was created (history starts there). */
    long createdAt() {
        return createdAt;
    }

    /** M31: the changes of the pool's four values over time. */
    PoolHistory changes() {
        return changes;
    }

    /** M31: one point per change of the market or average price, capacity or allocation. */
    void recordChange(long now) {
        changes.record(now, marketPrice(), averagePrice, capacity, allocated);
    }

    /**
     * M31 retention: forgets history older than {@code cutoff}, except the prices the trailing average and the
     * open holdings still need for their sums. A closed holding that started before the cut keeps its own copy of
     * its prices from then on: its bill stays exact while the history itself stays bounded (keeping the history
     * for every closed holding instead would grow without end).
     */
    void forgetBefore(long cutoff) {
        changes.forgetBefore(cutoff);
        long priceCutoff = Math.min(cutoff, trailingAverage.windowStart());
        for (PoolClaim claim : holdersByBid) {
            priceCutoff = Math.min(priceCutoff, claim.holding().from());
        }
        while (!closedHoldings.isEmpty() && closedHoldings.peek().from() < priceCutoff) {
            closedHoldings.poll().freezePrices();
        }
        history.forgetBefore(priceCutoff);
    }

    /** A holding closed here; its bill reads this pool's history until retention reaches it. */
    void billedFromHistory(Holding holding) {
        closedHoldings.add(holding);
    }

    /** M3: the average window from now on. */
    void averageWindow(long windowNanos, long now) {
        trailingAverage.window(windowNanos, now);
        refreshAverage(now);
        recordChange(now);
    }

    /** M14: the free-stock share below which a pool reports ClosedWithStock. */
    int stockThresholdPercent() {
        return stockThresholdPercent;
    }

    /** M10: the reason code of releases this pool causes, or null for the server's. */
    /** @return M13: whether this pool's bills count whole minutes */
    boolean minuteGranularity() {
        return minuteGranularity;
    }

    String releaseReasonCode() {
        return releaseReasonCode;
    }

    /** @return M13: whether the protected time of allocations here is billed at the price at allocation (R46) */
    boolean protectionPriceLock() {
        return protectionPriceLock;
    }

    PoolKey key() {
        return key;
    }

    int ordinal() {
        return ordinal;
    }

    PriceHistory history() {
        return history;
    }

    BigDecimal marketPrice() {
        return history.current();
    }

    BigDecimal averagePrice() {
        return averagePrice;
    }

    BigDecimal originalPrice() {
        return originalPrice;
    }

    BigDecimal minPrice() {
        return minPrice;
    }

    BigDecimal maxPrice() {
        return maxPrice;
    }

    int capacity() {
        return capacity;
    }

    long protectionSeconds() {
        return protectionSeconds;
    }

    long warningSeconds() {
        return warningSeconds;
    }

    /** @return M8: releases of unprotected instances wait for check points this many seconds apart; 0 = at once */
    long checkIntervalSeconds() {
        return checkIntervalSeconds;
    }

    int allocated() {
        return allocated;
    }

    /** @return capacity not held, never negative */
    int free() {
        return Math.max(0, capacity - allocated);
    }

    /** @return held instances beyond capacity (warned ones count: a capacity loss takes them at once) */
    int excessOverCapacity() {
        return allocated - capacity;
    }

    /** M17: the price a bid must meet here. */
    BigDecimal priceToMeet() {
        return BidRules.m17PriceToMeet(this);
    }

    /** @return the price to meet as M21's messages write it, formatted once per price */
    String priceToMeetText() {
        BigDecimal price = priceToMeet();
        if (price != priceToMeetShown) {
            priceToMeetShown = price;
            priceToMeetText = Prices.fourDecimals(price);
        }
        return priceToMeetText;
    }

    NavigableSet<PoolClaim> waiting() {
        return waiting;
    }

    /** M6: visits the waiting claims whose bid meets {@code price}. */
    void forEachWaitingBidding(BigDecimal price, java.util.function.Consumer<PoolClaim> action) {
        waitingByBid.forEachFrom(price, action);
    }

    /** @return M21: the numbers of this pool's last settlement */
    PoolReading settledReading() {
        return settledReading;
    }

    /**
     * M21, at the end of a settlement that looked at this pool: visits the waiting claims whose reason may differ
     * from the one the last settlement here gave — their bid now on the other side of the price to meet, their
     * need on the other side of the free stock, their bid revalued, or new here.
     *
     * @return the reading of now, to {@link #settledReading(PoolReading) take} once every pool was visited
     */
    PoolReading visitChangedReasons(java.util.function.Consumer<PoolClaim> mayHaveChanged) {
        PoolReading before = settledReading;
        PoolReading now = PoolReading.of(this, before);
        if (bidsRevalued) {
            waiting.forEach(mayHaveChanged);
        } else if (now != before) {
            BigDecimal low = before.priceToMeet().min(now.priceToMeet());
            BigDecimal high = before.priceToMeet().max(now.priceToMeet());
            waitingByBid.forEachBetween(low, true, high, false, mayHaveChanged); // M4: meets when bid >= price
            waitingByNeed.forEachBetween(Math.min(before.free(), now.free()), false,
                    Math.max(before.free(), now.free()), true, mayHaveChanged); // fits when need <= free
        }
        newWaiters.forEach(mayHaveChanged);
        newWaiters.clear();
        bidsRevalued = false;
        return now;
    }

    /** M21: the numbers of the settlement that just ended. */
    void settledReading(PoolReading now) {
        settledReading = now;
    }

    NavigableSet<PoolClaim> holdersByBid() {
        return holdersByBid;
    }

    NavigableSet<PoolClaim> holdersNewestFirst() {
        return holdersNewestFirst;
    }

    List<ScheduledEvent> traceEvents() {
        return traceEvents;
    }

    boolean hasDemands() {
        return !waiting.isEmpty() || !holdersByBid.isEmpty();
    }

    /**
     * M14, ECS's four values: WithStock when the free stock is at least the threshold share of the capacity,
     * ClosedWithStock when some is free but less, WithoutStock when none is free (over-commit included, M7),
     * ClosedWithoutStock when the pool has no capacity at all.
     */
    SpotStockStatus m14StockStatus() {
        int free = free();
        if (capacity == 0) {
            return SpotStockStatus.CLOSED_WITHOUT_STOCK;
        }
        if (free == 0) {
            return SpotStockStatus.WITHOUT_STOCK;
        }
        return (long) free * 100 >= (long) stockThresholdPercent * capacity ? SpotStockStatus.WITH_STOCK
                : SpotStockStatus.CLOSED_WITH_STOCK;
    }

    /**
     * A market tick: draws this tick's number (always, so the stream position depends only on the tick count),
     * moves an AUTO price (M2), refreshes the average (M3).
     *
     * @return whether the market or the average price changed
     */
    boolean tick(long now, MarketSettings settings) {
        double uniform = random.nextDouble();
        BigDecimal average = averagePrice;
        boolean moved = false;
        if (mode == PriceMode.AUTO) {
            double utilisation = PriceProcess.utilisation(allocated, competingDemand, capacity);
            moved = history.record(now, PriceProcess.m2NextPrice(marketPrice(), minPrice, maxPrice, utilisation,
                    uniform, settings));
        }
        refreshAverage(now);
        recordChange(now);
        return moved || average.compareTo(averagePrice) != 0;
    }

    /** M3: follows the trailing mean unless pinned (M16); kept inside the current range. */
    private void refreshAverage(long now) {
        BigDecimal mean = trailingAverage.m3TimeWeightedMean(now);
        if (!averagePinned) {
            averagePrice = Prices.clamp(mean, minPrice, maxPrice);
        }
    }

    /** Refuses an update that would leave the pool inconsistent; names the field. */
    void checkUpdate(PoolUpdate update) {
        if (update.capacity() != null) {
            Checks.requireNonNegative("capacity", update.capacity());
        }
        if (update.competingDemand() != null) {
            Checks.requireNonNegative("competingDemand", update.competingDemand());
        }
        if (update.protectionSeconds() != null) {
            Checks.requireNonNegative("protectionSeconds", update.protectionSeconds());
        }
        if (update.warningSeconds() != null) {
            Checks.requireNonNegative("warningSeconds", update.warningSeconds());
        }
        if (update.checkIntervalSeconds() != null && update.checkIntervalSeconds() < 0) {
            throw new IllegalArgumentException("CheckIntervalSeconds: M8 takes 0 (releases at once) or a positive"
                    + " whole number of seconds, got " + update.checkIntervalSeconds());
        }
        if (update.stockThresholdPercent() != null && (update.stockThresholdPercent() < 0
                || update.stockThresholdPercent() > 100)) {
            throw new IllegalArgumentException("StockThresholdPercent must be 0 to 100, got "
                    + update.stockThresholdPercent());
        }
        if (update.originalPrice() != null) {
            Checks.requirePositive("originalPrice", update.originalPrice());
        }
        BigDecimal min = Checks.requireNonNegative("minPrice", orElse(update.minPrice(), minPrice));
        BigDecimal max = Checks.requirePositive("maxPrice", orElse(update.maxPrice(), maxPrice));
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("minPrice " + Prices.format(min) + " is above maxPrice " + Prices.format(max));
        }
        if (update.marketPrice() != null) {
            Checks.requireWithin("marketPrice", update.marketPrice(), min, max);
        }
        if (update.averagePrice() != null) {
            Checks.requireWithin("averagePrice", update.averagePrice(), min, max);
        }
    }

    /**
     * Applies a checked update now (M16 for prices and mode; see {@link PoolUpdate}).
     *
     * @return whether the market or the average price changed
     */
    boolean apply(PoolUpdate update, long now) {
        BigDecimal market = marketPrice();
        BigDecimal average = averagePrice;
        capacity = orElse(update.capacity(), capacity);
        competingDemand = orElse(update.competingDemand(), competingDemand);
        protectionSeconds = orElse(update.protectionSeconds(), protectionSeconds);
        warningSeconds = orElse(update.warningSeconds(), warningSeconds);
        checkIntervalSeconds = orElse(update.checkIntervalSeconds(), checkIntervalSeconds);
        stockThresholdPercent = orElse(update.stockThresholdPercent(), stockThresholdPercent);
        if (update.minuteGranularity() != null) {
            minuteGranularity = update.minuteGranularity();
        }
        if (update.protectionPriceLock() != null) {
            protectionPriceLock = update.protectionPriceLock();
        }
        if (update.releaseReasonCode() != null) {
            releaseReasonCode = update.releaseReasonCode().isEmpty() ? null : update.releaseReasonCode();
        }
        minPrice = orElse(update.minPrice(), minPrice);
        maxPrice = orElse(update.maxPrice(), maxPrice);
        history.record(now, Prices.clamp(orElse(update.marketPrice(), market), minPrice, maxPrice));
        if (update.marketPrice() != null) {
            mode = PriceMode.MANUAL;
        }
        averagePrice = Prices.clamp(orElse(update.averagePrice(), averagePrice), minPrice, maxPrice);
        if (update.averagePrice() != null) {
            averagePinned = true;
        }
        if (update.mode() != null) {
            pinMarket(update.mode() == PriceMode.MANUAL);
        }
        refreshAverage(now);
        if (update.originalPrice() != null && update.originalPrice().compareTo(originalPrice) != 0) {
            originalPrice = update.originalPrice();
            revalueBids();
        }
        recordChange(now);
        return market.compareTo(marketPrice()) != 0 || average.compareTo(averagePrice) != 0;
    }

    /** M16: MANUAL pins the market price where it is; AUTO releases the market and the average price. */
    void pinMarket(boolean pinned) {
        mode = pinned ? PriceMode.MANUAL : PriceMode.AUTO;
        if (!pinned) {
            averagePinned = false;
        }
    }

    /** M4: discount bids are worth a fraction of the original price, so re-sort the holders when it changes. */
    private void revalueBids() {
        List<PoolClaim> holders = new ArrayList<>(holdersByBid);
        holdersByBid.clear();
        for (PoolClaim claim : holders) {
            claim.revalueBid();
        }
        holdersByBid.addAll(holders);
        waitingByBid.clear();
        waiting.forEach(PoolClaim::revalueBid);
        waiting.forEach(waitingByBid::add);
        bidsRevalued = true;
    }

    void addWaiting(PoolClaim claim) {
        waiting.add(claim);
        waitingByBid.add(claim);
        waitingByNeed.add(claim);
        newWaiters.add(claim);
        waitingDemands += firstClaimHere(claim) ? 1 : 0;
    }

    void removeWaiting(PoolClaim claim) {
        if (waiting.remove(claim)) {
            waitingByBid.remove(claim);
            waitingByNeed.remove(claim);
            waitingDemands -= firstClaimHere(claim) ? 1 : 0;
        }
    }

    /**
     * Whether a claim is its demand's first one in this pool: the demand counts once in the pool view, and its
     * claims here join and leave together.
     */
    private boolean firstClaimHere(PoolClaim claim) {
        for (PoolClaim other : claim.demand().claims()) {
            if (other.pool() == this) {
                return other == claim;
            }
        }
        return false;
    }

    void addHolder(PoolClaim claim) {
        holdingDemands += firstClaimHere(claim) ? 1 : 0;
        holdersByBid.add(claim);
        holdersNewestFirst.add(claim);
        allocated += claim.instances();
        recordChange(claim.holding() != null ? claim.holding().from() : createdAt);
    }

    void removeHolder(PoolClaim claim) {
        if (holdersByBid.contains(claim)) {
            holdingDemands -= firstClaimHere(claim) ? 1 : 0;
        }
        holdersByBid.remove(claim);
        holdersNewestFirst.remove(claim);
        allocated -= claim.instances();
    }

    /** M31: records the allocation after holders left at {@code now}. */
    void holdersLeft(long now) {
        recordChange(now);
    }

    PoolSnapshot snapshot() {
        return new PoolSnapshot(key, attributes, capacity, allocated, competingDemand, originalPrice, marketPrice(),
                averagePrice, minPrice, maxPrice, mode, averagePinned, protectionSeconds, warningSeconds,
                m14StockStatus(), marketPrice().divide(originalPrice, 2, RoundingMode.HALF_UP), waitingDemands,
                holdingDemands, stockThresholdPercent, releaseReasonCode, protectionPriceLock, minuteGranularity,
                checkIntervalSeconds);
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
