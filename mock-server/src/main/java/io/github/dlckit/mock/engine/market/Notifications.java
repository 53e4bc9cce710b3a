package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * The outbox: what happened is queued while the market settles and delivered afterwards, in order, so a
 * listener that calls back into the market never sees (or changes) a half-settled state.
 */
final class Notifications {

    /** One queued callback. */
    private interface Notice {
        void deliverTo(MarketListener listener);

        /** @return whether it no longer applies (its demand was withdrawn before delivery) */
        default boolean stale() {
            return false;
        }
    }

    private final List<MarketListener> listeners = new ArrayList<>();
    private final Queue<Notice> queue = new ArrayDeque<>();

    void addListener(MarketListener listener) {
        listeners.add(listener);
    }

    void removeListener(MarketListener listener) {
        listeners.remove(listener);
    }

    void allocated(ActiveDemand demand, List<SpotInstance> instances) {
        queue.add(new Notice() {
            @Override
            public void deliverTo(MarketListener listener) {
                listener.onAllocated(demand.jobId(), instances);
            }

            @Override
            public boolean stale() {
                return demand.isGone();
            }
        });
    }

    void releaseWarning(ActiveDemand demand, Instant releaseAt, ReleaseCause cause, String message) {
        queue.add(new Notice() {
            @Override
            public void deliverTo(MarketListener listener) {
                listener.onReleaseWarning(demand.jobId(), releaseAt, cause, message);
            }

            @Override
            public boolean stale() {
                return demand.isGone();
            }
        });
    }

    void released(String jobId, ReleaseCause cause, String message, String reasonCode) {
        queue.add(listener -> listener.onReleased(jobId, cause, message, reasonCode));
    }

    void settled() {
        queue.add(MarketListener::onSettled);
    }

    void priceChanged(PoolKey pool, Instant at, BigDecimal marketPrice, BigDecimal averagePrice) {
        queue.add(listener -> listener.onPriceChanged(pool, at, marketPrice, averagePrice));
    }

    /**
     * Delivers everything queued, including what the callbacks cause to be queued. If a listener throws, the
     * exception propagates and the rest stays queued for the next delivery.
     */
    void deliver() {
        Notice notice;
        while ((notice = queue.poll()) != null) {
            if (notice.stale()) {
                continue;
            }
            for (MarketListener listener : listeners.toArray(new MarketListener[0])) {
                notice.deliverTo(listener);
            }
        }
    }
}
