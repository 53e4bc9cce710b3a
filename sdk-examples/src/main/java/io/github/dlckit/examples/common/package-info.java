/**
 * What the example programs share: where requests go ({@link io.github.dlckit.examples.common.Target}: the embedded
 * mock on a virtual clock, or the real service), the spot jobs they submit
 * ({@link io.github.dlckit.examples.common.SpotJobs}), the bid rule ({@link io.github.dlckit.examples.common.BidRules}),
 * the progress lines and summary ({@link io.github.dlckit.examples.common.StatusPrinter},
 * {@link io.github.dlckit.examples.common.Summary}, text or JSON through {@link io.github.dlckit.examples.common.Output}),
 * the mock's market stories ({@link io.github.dlckit.examples.common.MarketScript}) and the command line.
 */
package io.github.dlckit.examples.common;
