package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;

/** Told about every status change a waiter sees (for progress lines, metrics). Called on the waiting thread. */
@FunctionalInterface
public interface StatusListener {

    /**
     * @param previous the status seen before, or null at the first poll
     * @param current the status now
     * @param job the job as just read
     */
    void onStatusChange(JobStatus previous, JobStatus current, GetJobResponse job);

    /** @return a listener that does nothing */
    static StatusListener none() {
        return (previous, current, job) -> { };
    }
}
