/** Retry policy and decisions, and the time seams (sleeper, delayer) that let tests avoid real waiting. */
package io.github.dlckit.sdk.retry;
