package io.github.dlckit.mock.engine.market;

/** Whether a pool's market price follows the price process (M2) or stays where it was put (M16). */
public enum PriceMode {
    /** The market price moves on every tick (M2). */
    AUTO,
    /** The market price is pinned: set through the control API or a trace, until set back to {@link #AUTO}. */
    MANUAL
}
