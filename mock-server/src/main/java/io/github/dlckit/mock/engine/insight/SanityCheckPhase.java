package io.github.dlckit.mock.engine.insight;

import java.time.Instant;

/**
 * One phase of one sanity check of a job.
 *
 * @param checkNumber the check's number, from 1 (a job is checked again after each restart)
 * @param phase the phase's name
 * @param startedAt when the phase began
 * @param finishedAt when it ended, or {@code null} while it runs
 * @param status Running, Succeeded or Failed
 * @param message what the phase found
 */
public record SanityCheckPhase(int checkNumber, String phase, Instant startedAt, Instant finishedAt, String status,
                               String message) {
}
