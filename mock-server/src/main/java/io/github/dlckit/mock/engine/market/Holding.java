package io.github.dlckit.mock.engine.market;

import java.util.List;

/** What billing keeps of one pool request's allocation: who, which instances, which price history, when. */
final class Holding {

    private final String jobId;
    private final String ownerId;
    private final PoolKey pool;
    private PriceHistory prices;
    private final List<String> instanceIds;
    private final long from;
    private long to = Long.MAX_VALUE;

    Holding(String jobId, String ownerId, PoolKey pool, PriceHistory prices, List<String> instanceIds, long from) {
        this.jobId = jobId;
        this.ownerId = ownerId;
        this.pool = pool;
        this.prices = prices;
        this.instanceIds = List.copyOf(instanceIds);
        this.from = from;
    }

    String jobId() {
        return jobId;
    }

    String ownerId() {
        return ownerId;
    }

    PoolKey pool() {
        return pool;
    }

    PriceHistory prices() {
        return prices;
    }

    List<String> instanceIds() {
        return instanceIds;
    }

    long from() {
        return from;
    }

    boolean isOpen() {
        return to == Long.MAX_VALUE;
    }

    /** @return the end of the billed time: the release, or now while still held */
    long until(long now) {
        return isOpen() ? now : to;
    }

    /** Closes the holding and keeps its own copy of the prices it was billed at (the pool's history is trimmed, M31). */
    void close(long at) {
        to = at;
        prices = prices.slice(from, at);
    }
}
