package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Times;

import java.time.Instant;

/**
 * One entry of a job's (or a pod's) event log, as GetJobEvents and GetPodEvents show it.
 *
 * @param time when it happened
 * @param type {@code Normal} or {@code Warning}
 * @param reason a short CamelCase reason, e.g. {@code StatusChanged}, {@code PreemptionWarning}
 * @param message what happened
 */
public record JobEvent(Instant time, String type, String reason, String message) {

    /** @return the event as one line: time, type, reason, message */
    public String render() {
        return Times.iso(time) + " " + type + " " + reason + " " + message;
    }
}
