package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.waiter.JobWaiter;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt: submit (finding the job first when an answer was lost), wait until it holds instances — at most the
 * policy's longest wait —, then until it ends, and tell what happened. Every poll also counts the time and money
 * held and checks the run's deadline, budget and cancellation; a limit stops the job.
 */
final class AttemptRun {

    /** Submissions of one attempt whose answers were all lost and whose jobs were not found, before giving up. */
    static final int MAX_SUBMISSIONS = 3;

    private static final RunEnding CANCELLED = new RunEnding(RunOutcome.CANCELLED, "cancelled");

    private final SpotRun run;
    private final int number;
    private final Region region;
    private final CreateJobRequest request;
    private final Map<String, String> marker;
    private final String instanceType;
    private final SpotSpec bid;
    private final JobWaiter waiter;

    private String jobId;
    private Instant submittedAt;
    private Instant lastPoll;
    private Instant heldSince;
    private Instant heldUntil;
    private BigDecimal cost = BigDecimal.ZERO;
    private String lastWaitingReason;
    private boolean announcedRunning;
    private RunEnding cutBy;

    AttemptRun(SpotRun run, int number, Region region, CreateJobRequest request, Map<String, String> marker,
               String instanceType, SpotSpec bid) {
        this.run = run;
        this.number = number;
        this.region = region;
        this.request = request;
        this.marker = marker;
        this.instanceType = instanceType;
        this.bid = bid;
        this.waiter = JobWaiter.create(this::poll, run.clock(), run.sleeper());
    }

    /** @return how the run ends when a limit or cancellation cut this attempt short, else null */
    RunEnding cutBy() {
        return cutBy;
    }

    /** @return the attempt, once it has ended */
    SpotAttempt run() {
        submittedAt = run.now();
        try {
            jobId = submit();
        } catch (LostSubmission e) {
            return ended(AttemptOutcome.LOST, e.getMessage());
        } catch (DlcException | IllegalArgumentException e) {
            if (run.signal().isCancelled()) {
                return cut(CANCELLED);
            }
            return ended(AttemptOutcome.REFUSED, "CreateJob refused: " + e.getMessage());
        } catch (Cut cut) {
            return cut(cut.ending);
        }
        try {
            return watch();
        } catch (Cut cut) {
            return cut(cut.ending);
        } catch (DlcException e) {
            if (run.signal().isCancelled()) {
                return cut(CANCELLED);
            }
            stopQuietly();
            throw e;
        }
    }

    private String submit() {
        for (int submission = 1; ; submission++) {
            try {
                String id = region.jobs.submit(request);
                event(SpotRunEvent.Kind.SUBMITTED, id, "submitted at " + Bids.describe(bid));
                return id;
            } catch (DlcClientException e) {
                if (e.kind() != DlcClientException.Kind.OUTCOME_UNKNOWN) {
                    throw e;
                }
                event(SpotRunEvent.Kind.SUBMISSION_UNKNOWN, null, "CreateJob's outcome is unknown ("
                        + e.getMessage() + "); looking for the job by its name and " + marker);
            }
            Optional<String> found = find();
            if (found.isPresent()) {
                event(SpotRunEvent.Kind.SUBMITTED, found.get(), "adopted: the lost CreateJob had created it");
                return found.get();
            }
            if (submission == MAX_SUBMISSIONS) {
                throw new LostSubmission("the outcome of " + submission + " CreateJob calls stayed unknown and no"
                        + " job was found");
            }
        }
    }

    /** Looks twice, a poll interval apart, in case a new job takes a moment to show in the list. */
    private Optional<String> find() {
        try {
            for (int look = 1; look <= 2; look++) {
                Optional<String> found = region.jobs.findSubmitted(run.displayName(), marker);
                if (found.isPresent() || look == 2) {
                    return found;
                }
                pause(run.policy().pollInterval());
            }
            return Optional.empty();
        } catch (DlcException e) {
            throw new LostSubmission("could not look for the job of a lost CreateJob answer: " + e.getMessage());
        }
    }

    private SpotAttempt watch() {
        Duration deadlineLeft = run.deadlineLeft();
        Duration maxWait = run.policy().maxWaitPerAttempt().orElse(null);
        boolean deadlineFirst = deadlineLeft != null && (maxWait == null || deadlineLeft.compareTo(maxWait) <= 0);
        WaitResult first = waiter.waitFor(jobId, options(deadlineFirst ? deadlineLeft : maxWait),
                JobPhases.HOLDING_OR_ENDED);
        if (first.outcome() == WaitOutcome.TIMED_OUT) {
            if (deadlineFirst) {
                throw deadlinePassed();
            }
            event(SpotRunEvent.Kind.WAIT_TIMED_OUT, jobId, "no instances after " + maxWait + "; stopping it");
            stopQuietly();
            return ended(AttemptOutcome.WAIT_TIMED_OUT, "waited " + maxWait + " without instances: "
                    + first.job().reasonMessage().orElse(first.job().status().orElse("?")));
        }
        WaitResult last = first.outcome() == WaitOutcome.RUNNING
                ? waiter.waitFor(jobId, options(run.deadlineLeft()), JobPhases.ENDED) : first;
        switch (last.outcome()) {
            case SUCCEEDED:
                return ended(AttemptOutcome.SUCCEEDED, "job " + jobId + " succeeded");
            case STOPPED:
                return ended(AttemptOutcome.STOPPED, "job " + jobId + " was stopped by someone else");
            case PREEMPTED:
                // the waiter classifies with Preemption.isPreempted (M10), never by a reason code
                event(SpotRunEvent.Kind.PREEMPTED, jobId, reasonOf(last));
                return ended(AttemptOutcome.PREEMPTED, reasonOf(last));
            case FAILED:
                return ended(AttemptOutcome.FAILED, reasonOf(last));
            default:
                throw deadlinePassed();
        }
    }

    private static String reasonOf(WaitResult result) {
        return result.job().reasonMessage().orElse(result.job().reasonCode().orElse("no reason given"));
    }

    /** Polls the job for the waiter, and keeps the attempt's books. */
    private GetJobResponse poll(GetJobRequest ignored) {
        if (run.signal().isCancelled()) {
            throw new Cut(CANCELLED);
        }
        GetJobResponse job = region.jobs.get(jobId);
        Instant now = run.now();
        JobStatus status = job.statusEnum();
        if (heldSince != null && heldUntil == null) {
            Optional<BigDecimal> perMinute = pricePerMinute();
            cost = cost == null || !perMinute.isPresent() ? null : cost.add(perMinute.get().multiply(
                    BigDecimal.valueOf(Duration.between(lastPoll, now).toMillis())).divide(
                    BigDecimal.valueOf(60_000L), MathContext.DECIMAL64));
            if (!JobPhases.isHolding(status)) {
                heldUntil = now;
            }
        } else if (heldSince == null && JobPhases.isHolding(status)) {
            heldSince = now;
        }
        lastPoll = now;
        announce(job, status);
        if (run.overBudget(cost)) {
            throw new Cut(run.budgetSpent());
        }
        return job;
    }

    private void announce(GetJobResponse job, JobStatus status) {
        if (status.isWaiting() || status == JobStatus.CREATING) {
            String reason = job.status().orElse("?") + job.reasonCode().map(code -> ": " + code).orElse("");
            if (!reason.equals(lastWaitingReason)) {
                lastWaitingReason = reason;
                event(SpotRunEvent.Kind.WAITING, jobId, reason + job.reasonMessage().map(m -> " (" + m + ")")
                        .orElse(""));
            }
        } else if (status == JobStatus.RUNNING && !announcedRunning) {
            announcedRunning = true;
            event(SpotRunEvent.Kind.RUNNING, jobId, "running");
        }
    }

    /** CNY per minute for all of the attempt's instances, when the price source knows every type. */
    private Optional<BigDecimal> pricePerMinute() {
        if (run.priceSource() == null) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JobSpec role : request.jobSpecs()) {
            Optional<BigDecimal> price = run.priceSource().pricePerMinute(region.id, role.ecsSpec().orElse(""));
            if (!price.isPresent()) {
                return Optional.empty();
            }
            sum = sum.add(price.get().multiply(BigDecimal.valueOf(role.podCount().orElse(1L))));
        }
        return Optional.of(sum);
    }

    private WaitOptions options(Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw deadlinePassed(); // spent while submitting or looking for a lost job
        }
        return WaitOptions.builder().pollInterval(run.policy().pollInterval())
                .timeout(timeout == null ? SpotRun.FOREVER : timeout).build();
    }

    private Cut deadlinePassed() {
        return new Cut(run.deadlinePassed());
    }

    private void pause(Duration duration) {
        try {
            run.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.signal().isCancelled();
            throw new Cut(CANCELLED);
        }
    }

    private SpotAttempt cut(RunEnding ending) {
        this.cutBy = ending;
        if (jobId != null) {
            stopQuietly();
        }
        return ended(AttemptOutcome.CUT_SHORT, ending.reason + (jobId == null ? "" : "; job " + jobId + " stopped"));
    }

    private void stopQuietly() {
        try {
            region.jobs.stop(jobId);
        } catch (DlcException e) {
            event(SpotRunEvent.Kind.ATTEMPT_ENDED, jobId, "could not stop job " + jobId + ": " + e.getMessage());
        }
    }

    private SpotAttempt ended(AttemptOutcome outcome, String detail) {
        Instant end = run.now();
        Instant holdStart = heldSince == null ? end : heldSince;
        Instant holdEnd = heldUntil == null ? end : heldUntil;
        Duration waited = Duration.between(submittedAt, heldSince == null ? end : heldSince);
        if (outcome != AttemptOutcome.PREEMPTED && outcome != AttemptOutcome.WAIT_TIMED_OUT) {
            event(SpotRunEvent.Kind.ATTEMPT_ENDED, jobId, outcome + ": " + detail);
        }
        return new SpotAttempt(number, jobId, region.id, instanceType, bid, outcome, detail, waited,
                Duration.between(holdStart, holdEnd), run.priceSource() == null ? null : cost);
    }

    private void event(SpotRunEvent.Kind kind, String id, String detail) {
        run.emit(new SpotRunEvent(kind, run.now(), number, region.id, instanceType, id, null, detail));
    }

    /** A limit or a cancellation ends the watch; the attempt stops its job. */
    private static final class Cut extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RunEnding ending;

        Cut(RunEnding ending) {
            super(ending.reason, null, false, false);
            this.ending = ending;
        }
    }

    /** A submission whose outcome stayed unknown. */
    private static final class LostSubmission extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostSubmission(String message) {
            super(message, null, false, false);
        }
    }
}
