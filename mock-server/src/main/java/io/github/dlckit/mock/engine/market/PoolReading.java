package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;

/**
 * M21: a pool's numbers as its last settlement left them — the price to meet, free stock and capacity that waiting
 * reasons quote. Immutable, and replaced only when one of them changed, so a reason keeps its numbers by holding
 * the reading of its moment.
 */
final class PoolReading {

    private final BigDecimal priceToMeet;
    private final String priceText;
    private final int free;
    private final int capacity;

    private PoolReading(BigDecimal priceToMeet, String priceText, int free, int capacity) {
        this.priceToMeet = priceToMeet;
        this.priceText = priceText;
        this.free = free;
        this.capacity = capacity;
    }

    /** @return the pool's numbers now: {@code previous} itself when none changed */
    static PoolReading of(SpotPool pool, PoolReading previous) {
        String text = pool.priceToMeetText();
        if (previous != null && previous.priceText.equals(text) && previous.free == pool.free()
                && previous.capacity == pool.capacity() && previous.priceToMeet.compareTo(pool.priceToMeet()) == 0) {
            return previous;
        }
        return new PoolReading(pool.priceToMeet(), text, pool.free(), pool.capacity());
    }

    BigDecimal priceToMeet() {
        return priceToMeet;
    }

    String priceText() {
        return priceText;
    }

    int free() {
        return free;
    }

    int capacity() {
        return capacity;
    }
}
