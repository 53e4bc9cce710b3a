package io.github.dlckit.sdk.waiter;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.retry.Delayer;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The asynchronous {@link JobWaiter}: polls an asynchronous {@code GetJob}, pausing on a {@link Delayer}
 * (no thread blocks), and completes with the same {@link WaitResult}; a failing {@code GetJob} fails the future
 * with its exception. The listener is called on the thread that completed each poll.
 */
public final class AsyncJobWaiter {

    private final Function<GetJobRequest, CompletableFuture<GetJobResponse>> getJob;
    private final Clock clock;
    private final Delayer delayer;

    private AsyncJobWaiter(Function<GetJobRequest, CompletableFuture<GetJobResponse>> getJob, Clock clock,
                           Delayer delayer) {
        this.getJob = getJob;
        this.clock = clock;
        this.delayer = delayer;
    }

    /**
     * @param getJob reads a job (an asynchronous client's {@code getJob})
     * @return a waiter on the system clock and the shared delayer
     */
    public static AsyncJobWaiter create(Function<GetJobRequest, CompletableFuture<GetJobResponse>> getJob) {
        return new AsyncJobWaiter(getJob, Clock.systemUTC(), Delayer.shared());
    }

    /**
     * @param getJob reads a job (an asynchronous client's {@code getJob})
     * @param clock measures the timeout
     * @param delayer runs the next poll after the pause
     * @return a waiter
     */
    public static AsyncJobWaiter create(Function<GetJobRequest, CompletableFuture<GetJobResponse>> getJob,
                                        Clock clock, Delayer delayer) {
        return new AsyncJobWaiter(getJob, clock, delayer);
    }

    /**
     * @param jobId the job
     * @param options polling, timeout and listener
     * @return {@code RUNNING}, a terminal outcome, or {@code TIMED_OUT}
     */
    public CompletableFuture<WaitResult> untilRunning(String jobId, WaitOptions options) {
        return waitFor(jobId, options, JobStates.RUNNING);
    }

    /**
     * @param jobId the job
     * @param options polling, timeout and listener
     * @return {@code SUCCEEDED}, {@code FAILED}, {@code PREEMPTED}, {@code STOPPED} or {@code TIMED_OUT}
     */
    public CompletableFuture<WaitResult> untilTerminal(String jobId, WaitOptions options) {
        return waitFor(jobId, options, JobStates.TERMINAL);
    }

    /**
     * @param jobId the job
     * @param options polling, timeout and listener
     * @param acceptor the outcome a status ends the wait with, or null to keep polling
     * @return the future result
     */
    public CompletableFuture<WaitResult> waitFor(String jobId, WaitOptions options,
                                                 Function<JobStatus, WaitOutcome> acceptor) {
        CompletableFuture<WaitResult> result = new CompletableFuture<>();
        poll(GetJobRequest.of(jobId), new WaitProgress(options, acceptor, clock.millis()), result);
        return result;
    }

    private void poll(GetJobRequest request, WaitProgress progress, CompletableFuture<WaitResult> result) {
        if (result.isDone()) {
            return;
        }
        getJob.apply(request).whenComplete((job, error) -> {
            if (error != null) {
                result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
                return;
            }
            try {
                WaitResult done = progress.observe(job, clock.millis());
                if (done != null) {
                    result.complete(done);
                } else {
                    delayer.schedule(() -> poll(request, progress, result), progress.nextPause());
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }
}
