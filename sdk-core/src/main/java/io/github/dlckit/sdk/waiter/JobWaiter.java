package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.retry.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Waits for a job by polling {@code GetJob}: until it runs, or until it ends. The result is a value
 * ({@link WaitResult}); a job that fails, is preempted or stopped ends the wait like any other outcome. Errors
 * of {@code GetJob} itself (after the client's own retries), such as an unknown job id, are thrown.
 *
 * <p>Time and pauses go through a {@link Clock} and a {@link Sleeper}: a test, or a mock server with a virtual
 * clock, can pass its own and nothing sleeps.
 */
public final class JobWaiter {

    private final Function<GetJobRequest, GetJobResponse> getJob;
    private final Clock clock;
    private final Sleeper sleeper;

    private JobWaiter(Function<GetJobRequest, GetJobResponse> getJob, Clock clock, Sleeper sleeper) {
        this.getJob = getJob;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * @param getJob reads a job (a client's {@code getJob})
     * @return a waiter on the system clock
     */
    public static JobWaiter create(Function<GetJobRequest, GetJobResponse> getJob) {
        return new JobWaiter(getJob, Clock.systemUTC(), Sleeper.system());
    }

    /**
     * @param getJob reads a job (a client's {@code getJob})
     * @param clock measures the timeout
     * @param sleeper pauses between polls
     * @return a waiter
     */
    public static JobWaiter create(Function<GetJobRequest, GetJobResponse> getJob, Clock clock, Sleeper sleeper) {
        return new JobWaiter(getJob, clock, sleeper);
    }

    /**
     * Waits until the job runs, or ends before it was seen running.
     *
     * @param jobId the job
     * @param options polling, timeout and listener
     * @return {@code RUNNING}, a terminal outcome, or {@code TIMED_OUT}
     */
    public WaitResult untilRunning(String jobId, WaitOptions options) {
        return waitFor(jobId, options, JobStates.RUNNING);
    }

    /**
     * Waits until the job ends.
     *
     * @param jobId the job
     * @param options polling, timeout and listener
     * @return {@code SUCCEEDED}, {@code FAILED}, {@code PREEMPTED}, {@code STOPPED} or {@code TIMED_OUT}
     */
    public WaitResult untilTerminal(String jobId, WaitOptions options) {
        return waitFor(jobId, options, JobStates.TERMINAL);
    }

    /**
     * Polls until {@code acceptor} names an outcome for the job's status or the timeout passes.
     *
     * @param jobId the job
     * @param options polling, timeout and listener
     * @param acceptor the outcome a status ends the wait with, or null to keep polling
     * @return the result
     */
    public WaitResult waitFor(String jobId, WaitOptions options, Function<JobStatus, WaitOutcome> acceptor) {
        GetJobRequest request = GetJobRequest.of(jobId);
        WaitProgress progress = new WaitProgress(options, acceptor, clock.millis());
        while (true) {
            GetJobResponse job = getJob.apply(request);
            WaitResult result = progress.observe(job, clock.millis());
            if (result != null) {
                return result;
            }
            pause(jobId, progress.nextPause());
        }
    }

    private void pause(String jobId, Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlcClientException("interrupted while waiting for job " + jobId, e, false);
        }
    }
}
