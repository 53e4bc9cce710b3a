package io.github.dlckit.mock.engine.market;

/** Why a job lost its instances (M10 names the cause in the job's reason message). */
public enum ReleaseCause {
    /** The bid fell below the price it must meet: market price (R16) or average price (R17). */
    PRICE,
    /** The pool's capacity shrank below what was allocated (R16, R17, M7). */
    STOCK
}
