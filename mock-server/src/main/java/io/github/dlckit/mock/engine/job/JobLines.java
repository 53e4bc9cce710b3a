package io.github.dlckit.mock.engine.job;

import java.util.List;

/**
 * Lines of text read from a job or one of its pods (events or log lines), with whom they were read from.
 *
 * @param job the job
 * @param pod the pod, or {@code null} for the job's own events
 * @param lines the lines, oldest first
 */
public record JobLines(Job job, Pod pod, List<String> lines) {
}
