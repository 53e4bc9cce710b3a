/** Waiting for a job to run or end by polling GetJob, blocking or asynchronous, with outcomes as values. */
package io.github.dlckit.sdk.waiter;
