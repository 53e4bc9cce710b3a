/**
 * Runnable spot-job programs to read and copy, each one class: {@link io.github.dlckit.examples.QuickStart}
 * (the seed document's price-limit job, queued, run and released), {@link io.github.dlckit.examples.LingjunAutoRestart}
 * (a discount bid with automatic fault tolerance), {@link io.github.dlckit.examples.MarketCheck} (stock and prices
 * before bidding), {@link io.github.dlckit.examples.SurvivePreemption} (resubmission within a budget) and
 * {@link io.github.dlckit.examples.JobCleanup} (events, logs, paging, clean-up). {@link io.github.dlckit.examples.Examples}
 * launches them from {@code dlc-examples.jar}.
 *
 * <p>Every program runs against the embedded mock by default and against the real PAI-DLC with {@code --cloud} /
 * {@code --region}; what differs between the two lives in {@link io.github.dlckit.examples.common}.
 */
package io.github.dlckit.examples;
