package io.github.dlckit.examples.common;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.mock.control.TracePointView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A story for one spot pool of the mock: its price at chosen virtual times, played through the control API as a
 * trace (which pins the price, M16), with no protection period, so a price above a bid releases the instance at once
 * (by default new instances are protected for an hour, R15). For a Lingjun pool the story sets the average price —
 * what Lingjun bids are met against (R17) — and the market price, which holders pay, to the same value.
 *
 * <pre>{@code
 * MarketScript.onPool(control, "ecs.g7.xlarge")
 *         .at(0, new BigDecimal("0.0115"))      // from now
 *         .at(300, new BigDecimal("0.0095"))    // from five virtual minutes on
 *         .play(out);
 * }</pre>
 */
public final class MarketScript {

    private final MockControl control;
    private final PoolView pool;
    private final List<TracePointView> points = new ArrayList<>();

    private MarketScript(MockControl control, PoolView pool) {
        this.control = control;
        this.pool = pool;
    }

    /**
     * @param control the mock's control API
     * @param ecsSpec the pool's instance type
     * @return an empty story for that pool
     * @throws UsageException when the mock has no such pool
     */
    public static MarketScript onPool(MockControl control, String ecsSpec) {
        PoolView pool = control.pools().stream().filter(p -> p.ecsSpec().equals(ecsSpec)).findFirst()
                .orElseThrow(() -> new UsageException("the mock has no spot pool " + ecsSpec));
        return new MarketScript(control, pool);
    }

    /** @return the pool as it is before the story plays */
    public PoolView pool() {
        return pool;
    }

    /**
     * @param afterSeconds when, counted from {@link #play}
     * @param price the price from then on, CNY per instance-minute, within the pool's range
     * @return this story
     */
    public MarketScript at(long afterSeconds, BigDecimal price) {
        boolean lingjun = "Lingjun".equals(pool.resourceType());
        BigDecimal exact = price.stripTrailingZeros();
        points.add(new TracePointView(afterSeconds, exact, lingjun ? exact : null, null));
        return this;
    }

    /**
     * Plays the story from now, and reports it.
     *
     * @param out where to report the story
     */
    public void play(Output out) {
        control.updatePool(pool.ecsSpec(), PoolChange.builder().protectionSeconds(0).build());
        control.loadTrace(pool.ecsSpec(), points);
        StringBuilder text = new StringBuilder("market (mock): " + pool.ecsSpec());
        for (TracePointView p : points) {
            text.append(p == points.get(0) ? " " : ", ").append(Formats.price(p.marketPrice())).append(" at +")
                    .append(p.afterSeconds() / 60).append("m");
        }
        text.append("; no protection period");
        out.line("market", Fields.of().put("ecsSpec", pool.ecsSpec()).put("protectionSeconds", 0)
                .put("points", points.stream().map(p -> new Point(p.afterSeconds(), p.marketPrice())).toList()),
                text.toString());
    }

    /** A point of the story in the JSON line. */
    private record Point(long afterSeconds, BigDecimal price) {
    }
}
