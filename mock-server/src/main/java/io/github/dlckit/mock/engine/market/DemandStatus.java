package io.github.dlckit.mock.engine.market;

/** Where a submitted demand stands. A released or withdrawn demand is gone from the market. */
public enum DemandStatus {
    /** In the queue: bid below the price to meet, or not enough stock (R13). */
    WAITING,
    /** Holding all its instances (M5). */
    HOLDING,
    /** Holding, warned, release scheduled (M9). */
    RELEASE_PENDING
}
