package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How the job lifecycle learns what the market did. Callbacks run synchronously inside clock events, in
 * virtual-time order, after the market has settled (so the state a callback reads is consistent), one at a time,
 * never on another thread. A callback may call back into the market — submit again (R20), withdraw, update a
 * pool: such a change is applied and re-evaluated in a further event at the same virtual instant, after the
 * callbacks already due. A callback must not advance the clock. All methods do nothing by default.
 */
public interface MarketListener {

    /**
     * A waiting demand got all its instances (R12, M5); billing started (M15).
     *
     * @param jobId the job
     * @param instances every instance of every pool request
     */
    default void onAllocated(String jobId, List<SpotInstance> instances) {
    }

    /**
     * A release was decided and will happen at {@code releaseAt} (M9: only in pools with a warning period).
     *
     * @param jobId the job
     * @param releaseAt when the instances go
     * @param cause price or stock
     * @param message names the numbers, e.g. "bid 0.011 below market price 0.0125 on ..."
     */
    default void onReleaseWarning(String jobId, Instant releaseAt, ReleaseCause cause, String message) {
    }

    /**
     * The job lost all its instances (R15–R19); billing stopped and the demand left the market. Resubmit to
     * re-enter the queue (R20).
     *
     * @param jobId the job
     * @param cause price or stock
     * @param message names the numbers
     */
    default void onReleased(String jobId, ReleaseCause cause, String message) {
    }

    /**
     * As {@link #onReleased(String, ReleaseCause, String)}, with the reason code the releasing pool sets.
     *
     * @param jobId the job
     * @param cause price, stock or request
     * @param message M10's cause text
     * @param reasonCode the pool's {@code ReleaseReasonCode}, or null for the server's
     */
    default void onReleased(String jobId, ReleaseCause cause, String message, String reasonCode) {
        onReleased(jobId, cause, message);
    }

    /** The market settled (M8): a moment to re-read waiting reasons (M21). Runs after the other callbacks. */
    default void onSettled() {
    }

    /**
     * A pool's market or average price changed (a tick, a control-API update or a trace point).
     *
     * @param pool the pool
     * @param at when
     * @param marketPrice the market price from now on
     * @param averagePrice the average price from now on
     */
    default void onPriceChanged(PoolKey pool, Instant at, BigDecimal marketPrice, BigDecimal averagePrice) {
    }
}
