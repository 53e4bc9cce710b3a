/**
 * The spot market of the mock DLC: pools, prices, bids, allocation, release, protection periods,
 * warnings and billing, on the mock's virtual {@link io.github.dlckit.mock.engine.time.EventClock}.
 *
 * <p>Start at {@link io.github.dlckit.mock.engine.market.SpotMarket}. Rule numbers (R1–R26, M1–M17) refer to
 * {@code spot-semantics.md}; each rule lives in one method named after it, for example
 * {@link io.github.dlckit.mock.engine.market.ReleasePolicy#r16GeneralPurposeBidBelowMarket} or
 * {@link io.github.dlckit.mock.engine.market.Allocator#m6QueueOrder}.
 *
 * <p>All prices are CNY per minute per instance, as {@link java.math.BigDecimal}s. Nothing here reads the
 * wall clock, and nothing is thread-safe: the engine that owns the clock serialises access.
 */
package io.github.dlckit.mock.engine.market;
