package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.model.GetJobSanityCheckResultRequest;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ListJobSanityCheckResultsRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Sanity check results, read from the job's status history: each time a job with {@code Settings.EnableSanityCheck}
 * entered SanityChecking is one check (numbered from 1), whose phases ({@link #PHASES}) split the check time
 * evenly. A phase that ended is Succeeded; the phase under way is Running; when the job left SanityChecking for
 * anything but Running (a stop, a release), the phase under way is Failed. Phases not begun are not listed. A job
 * without sanity checks has none.
 */
public final class SanityCheckService {

    /** The phases of one check, in order. */
    static final List<String> PHASES = List.of("CheckInit", "DeviceCheck", "CommCheck");

    private final EventClock clock;
    private final JobService jobs;
    private final java.util.function.Supplier<Duration> checkTime;

    /**
     * @param checkTime how long the job's SanityChecking lasts (M26's option, read at each use)
     */
    public SanityCheckService(EventClock clock, JobService jobs, java.util.function.Supplier<Duration> checkTime) {
        this.clock = clock;
        this.jobs = jobs;
        this.checkTime = checkTime;
    }

    /**
     * SanityCheckNumber is required; SanityCheckPhase keeps one phase.
     *
     * @return the phases of that check
     */
    public List<SanityCheckPhase> getJobSanityCheckResult(Caller caller, GetJobSanityCheckResultRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        if (request.sanityCheckNumber().isEmpty()) {
            throw EngineException.missing("SanityCheckNumber");
        }
        Optional<String> phase = request.sanityCheckPhase().map(p -> Checks.canonical("SanityCheckPhase", p, PHASES));
        int number = request.sanityCheckNumber().getAsInt();
        List<List<SanityCheckPhase>> checks = checks(job);
        if (number < 1 || number > checks.size()) {
            throw new EngineException(ErrorKind.NOT_FOUND, "SanityCheckResultNotFound", "Job " + job.jobId()
                    + " has no sanity check " + number + "; it has had " + checks.size()
                    + " (checks run only with Settings.EnableSanityCheck).");
        }
        return checks.get(number - 1).stream().filter(p -> phase.isEmpty() || p.phase().equals(phase.get()))
                .toList();
    }

    /**
     * Every check of the job, newest first by default (Order asc for oldest first).
     *
     * @return the checks, each as its phases
     */
    public List<List<SanityCheckPhase>> listJobSanityCheckResults(Caller caller,
                                                                       ListJobSanityCheckResultsRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        String order = request.order().map(o -> Checks.canonical("Order", o, List.of("asc", "desc"))).orElse("desc");
        List<List<SanityCheckPhase>> checks = checks(job);
        if (order.equals("desc")) {
            Collections.reverse(checks);
        }
        return checks;
    }

    private List<List<SanityCheckPhase>> checks(Job job) {
        List<List<SanityCheckPhase>> checks = new ArrayList<>();
        List<Job.Transition> history = job.history();
        for (int i = 0; i < history.size(); i++) {
            Job.Transition t = history.get(i);
            if (t.status() == JobStatus.SANITY_CHECKING) {
                JobStatus next = i + 1 < history.size() ? history.get(i + 1).status() : null;
                checks.add(phases(job, checks.size() + 1, t.start(), t.end().orElse(null), next));
            }
        }
        return checks;
    }

    /** The phases of one check that began at {@code start} and ended at {@code end} (null while it goes on). */
    private List<SanityCheckPhase> phases(Job job, int number, Instant start, Instant end, JobStatus next) {
        boolean passed = end != null && next == JobStatus.RUNNING;
        Duration checkTime = passed ? Duration.between(start, end) : this.checkTime.get();
        Instant cutoff = passed ? start.plus(checkTime) : end != null ? end : clock.now();
        List<SanityCheckPhase> items = new ArrayList<>();
        for (int k = 0; k < PHASES.size(); k++) {
            Instant phaseStart = start.plus(checkTime.multipliedBy(k).dividedBy(PHASES.size()));
            Instant phaseEnd = start.plus(checkTime.multipliedBy(k + 1).dividedBy(PHASES.size()));
            if (phaseStart.isAfter(cutoff) || (end != null && !phaseStart.isBefore(cutoff))) {
                break;
            }
            String phase = PHASES.get(k);
            if (!phaseEnd.isAfter(cutoff)) {
                items.add(new SanityCheckPhase(number, phase, phaseStart, phaseEnd, "Succeeded",
                        passedMessage(k, job.podCount())));
            } else if (end == null) {
                items.add(new SanityCheckPhase(number, phase, phaseStart, null, "Running",
                        "checking " + job.podCount() + " pod(s)"));
            } else {
                items.add(new SanityCheckPhase(number, phase, phaseStart, end, "Failed",
                        "interrupted: the job moved to " + (next == null ? "another status" : next.wireValue())));
            }
        }
        return items;
    }

    private static String passedMessage(int phase, long pods) {
        return switch (phase) {
            case 0 -> "check environment ready on " + pods + " pod(s)";
            case 1 -> "accelerators and drivers healthy on " + pods + " pod(s)";
            default -> "collective communication passed across " + pods + " pod(s)";
        };
    }
}
