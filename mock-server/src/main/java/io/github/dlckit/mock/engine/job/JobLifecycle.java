package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.engine.time.ScheduledEvent;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ResourceType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * M10, the life of a job: Creating → Queuing (general-purpose, pay-as-you-go) or Bidding (Lingjun spot) while
 * waiting for resources → EnvPreparing → [SanityChecking] → Running → Succeeded or Failed (through
 * SucceededReserving/FailedReserving when the job reserves its resources); StopJob gives Stopping → Stopped from
 * any status that has not ended. When a spot job's resources are released it fails (R19), unless AIMaster fault
 * tolerance is on for a Lingjun job (M11, R20): then it restarts and bids again, until its restart budget is spent.
 *
 * <p>Every change goes through {@link Job#transition}, so StatusHistory and the event log follow each one (R25).
 */
public final class JobLifecycle implements ResourceBroker.Listener {

    /** M10: the reason code of a job that failed because its preemptible resources were released. */
    public static final String RELEASED = "PreemptibleResourceReleased";
    /** The reason code of a job stopped through StopJob. */
    public static final String STOPPED_BY_USER = "JobStoppedByUser";

    private final EventClock clock;
    private final ResourceBroker broker;
    private final JobTimings timings;
    private final Ids ids;
    /** The one pending phase event of each job (preparation, run, stop, ...), cancelled when the job moves on. */
    private final Map<String, ScheduledEvent> pending = new HashMap<>();

    public JobLifecycle(EventClock clock, ResourceBroker broker, JobTimings timings, Ids ids) {
        this.clock = clock;
        this.broker = broker;
        this.timings = timings;
        this.ids = ids;
        broker.listener(this);
    }

    /** @return the broker jobs get their resources from */
    public ResourceBroker broker() {
        return broker;
    }

    /** A new job: Creating now, then waiting for its resources. */
    void admit(Job job) {
        job.transition(JobStatus.CREATING, clock.now(), null, null);
        job.pods(newPods(job, List.of()));
        schedule(job, Duration.ZERO, "admit", () -> waitForResources(job, "JobSubmitted", "waiting for resources"));
    }

    private void waitForResources(Job job, String code, String message) {
        JobStatus waiting = job.isSpot() && job.resourceType() == ResourceType.LINGJUN ? JobStatus.BIDDING
                : JobStatus.QUEUING;
        job.transition(waiting, clock.now(), code, message);
        broker.request(job);
    }

    @Override
    public void allocated(Job job, List<ResourceBroker.Instance> instances) {
        if (!job.status().isWaiting()) {
            broker.release(job);
            return;
        }
        job.pods(newPods(job, instances));
        job.event(clock.now(), "Normal", "ResourcesAllocated", "Job " + job.jobId() + " obtained "
                + instances.size() + " instance(s): " + describe(instances));
        job.transition(JobStatus.ENV_PREPARING, clock.now(), "ResourcesAllocated", "preparing the environment");
        schedule(job, timings.envPreparation(), "environment ready", () -> environmentReady(job));
    }

    private void environmentReady(Job job) {
        boolean sanityCheck = job.submitted().settings().flatMap(JobSettings::enableSanityCheck).orElse(false);
        if (sanityCheck) {
            job.transition(JobStatus.SANITY_CHECKING, clock.now(), null, "running sanity checks");
            schedule(job, timings.sanityCheck(), "sanity check passed", () -> startRun(job));
        } else {
            startRun(job);
        }
    }

    private void startRun(Job job) {
        Instant now = clock.now();
        job.runStart(now);
        job.pods().forEach(p -> p.start(now));
        job.transition(JobStatus.RUNNING, now, null, null);
        schedule(job, job.command().duration(), "command finished", () -> runFinished(job));
    }

    private void runFinished(Job job) {
        int exit = job.command().exitCode();
        boolean ok = exit == 0;
        String code = ok ? "JobSucceeded" : "JobFailed";
        String message = ok ? "the user command finished" : "the user command exited with code " + exit;
        job.pods().forEach(p -> p.finish(clock.now(), ok ? "Succeeded" : "Failed", message));
        int reserved = job.submitted().settings().map(s -> s.jobReservedMinutes().orElse(0)).orElse(0);
        if (reserved > 0) {
            job.transition(ok ? JobStatus.SUCCEEDED_RESERVING : JobStatus.FAILED_RESERVING, clock.now(), code,
                    message + "; resources reserved for " + reserved + " minute(s)");
            schedule(job, Duration.ofMinutes(reserved), "reservation ended", () -> end(job, ok, code, message));
        } else {
            end(job, ok, code, message);
        }
    }

    private void end(Job job, boolean ok, String code, String message) {
        pending.remove(job.jobId());
        broker.release(job);
        job.transition(ok ? JobStatus.SUCCEEDED : JobStatus.FAILED, clock.now(), code, message);
    }

    /**
     * StopJob: Stopping now, Stopped after the stopping time. A job that waits gives up its place at once; a job
     * that holds instances keeps (and pays for) them until it is Stopped.
     *
     * @return false when the job has already ended
     */
    boolean stop(Job job) {
        if (job.status().isTerminal() || job.status() == JobStatus.STOPPING) {
            return false;
        }
        cancelPending(job);
        if (job.status().isWaiting() || job.status() == JobStatus.CREATING) {
            broker.release(job);
        }
        job.transition(JobStatus.STOPPING, clock.now(), STOPPED_BY_USER, "stop requested by the user");
        schedule(job, timings.stopping(), "stopped", () -> {
            pending.remove(job.jobId());
            broker.release(job);
            job.pods().forEach(p -> p.finish(clock.now(), "Stopped", "the job was stopped"));
            job.transition(JobStatus.STOPPED, clock.now(), STOPPED_BY_USER, "the job was stopped by the user");
        });
        return true;
    }

    /**
     * M6: a waiting job whose priority or roles changed (UpdateJob) asks again with what it now is, so the queue
     * serves it by its new priority and gives it its new pod count. It keeps its place among jobs of the same
     * priority (the broker remembers when it first asked).
     */
    void requestChanged(Job job) {
        if (job.status().isWaiting()) {
            broker.release(job);
            broker.request(job);
        }
    }

    @Override
    public void releaseWarning(Job job, Instant releaseAt, String message) {
        job.event(clock.now(), "Warning", "PreemptionWarning", "Preemptible instances of job " + job.jobId()
                + " will be released at " + io.github.dlckit.mock.engine.Times.iso(releaseAt) + ": " + message);
    }

    /** R19 (fail) or R20/M11 (restart and bid again); a job that reserves after its command ended keeps its outcome. */
    @Override
    public void released(Job job, String cause, String message) {
        if (job.status().isTerminal() || job.status() == JobStatus.STOPPING) {
            return;
        }
        cancelPending(job);
        String text = "preemptible resources released (" + cause + "): " + message;
        if (job.status() == JobStatus.SUCCEEDED_RESERVING || job.status() == JobStatus.FAILED_RESERVING) {
            // the command has ended: the release only cuts the reservation short, and the outcome stands
            boolean ok = job.status() == JobStatus.SUCCEEDED_RESERVING;
            job.event(clock.now(), "Warning", "PreemptibleResourceReleased", "Job " + job.jobId() + ": " + text);
            end(job, ok, ok ? "JobSucceeded" : "JobFailed", "reservation ended early: " + text);
            return;
        }
        job.pods().forEach(p -> p.finish(clock.now(), "Failed", text));
        job.event(clock.now(), "Warning", "PreemptibleResourceReleased", "Job " + job.jobId() + ": " + text);
        if (faultTolerant(job) && job.restarts().size() < job.maxRestarts()) {
            restart(job, text);
        } else {
            String why = faultTolerant(job) ? text + "; restart budget of " + job.maxRestarts() + " spent" : text;
            job.transition(JobStatus.FAILED, clock.now(), RELEASED, why);
        }
    }

    /** M11: the job goes Restarting → Bidding, its restart count and record grow, the command starts over. */
    private void restart(Job job, String reason) {
        int count = job.restarts().size() + 1;
        job.restarts().add(new Job.Restart(count, clock.now(), reason, job.status().wireValue()));
        job.transition(JobStatus.RESTARTING, clock.now(), RELEASED, reason);
        job.pods(newPods(job, List.of()));
        job.runStart(null);
        schedule(job, Duration.ZERO, "bid again", () ->
                waitForResources(job, "JobRestarting", "restart " + count + " of " + job.maxRestarts()
                        + ": bidding for preemptible resources again"));
    }

    /** M11: automatic fault tolerance is on for a Lingjun job that enables AIMaster error monitoring. */
    static boolean faultTolerant(Job job) {
        return job.resourceType() == ResourceType.LINGJUN
                && job.submitted().settings().flatMap(JobSettings::enableErrorMonitoringInAiMaster).orElse(false);
    }

    /** Forgets a deleted job's pending events. */
    void forget(Job job) {
        cancelPending(job);
        broker.release(job);
    }

    private void schedule(Job job, Duration delay, String what, Runnable action) {
        cancelPending(job);
        pending.put(job.jobId(), clock.scheduleAfter(delay, what + " of " + job.jobId(), action));
    }

    private void cancelPending(Job job) {
        ScheduledEvent event = pending.remove(job.jobId());
        if (event != null) {
            event.cancel();
        }
    }

    /** New pods for the current run; the previous run's pods move into their successors' history. */
    private List<Pod> newPods(Job job, List<ResourceBroker.Instance> instances) {
        List<Pod> previous = job.pods();
        List<Pod> pods = new ArrayList<>();
        int n = 0;
        for (JobSpec spec : job.jobSpecs()) {
            String role = spec.type().orElse("Worker");
            for (long i = 0; i < spec.podCount().orElse(1); i++, n++) {
                ResourceBroker.Instance instance = n < instances.size() ? instances.get(n) : null;
                Pod pod = new Pod(job.jobId() + "-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + i,
                        ids.uuid().toLowerCase(java.util.Locale.ROOT), role, "10.0." + (n / 250) + "." + (n % 250 + 2),
                        instance == null ? null : instance.instanceId(),
                        instance == null ? spec.ecsSpec().orElse(null) : instance.instanceType(), clock.now());
                if (n < previous.size() && previous.get(n).finishTime() != null) {
                    pod.history().addAll(previous.get(n).history());
                    pod.history().add(previous.get(n));
                } else if (n < previous.size()) {
                    pod.history().addAll(previous.get(n).history());
                }
                pods.add(pod);
            }
        }
        return pods;
    }

    private static String describe(List<ResourceBroker.Instance> instances) {
        Map<String, Integer> byType = new java.util.TreeMap<>();
        instances.forEach(i -> byType.merge(i.instanceType(), 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        byType.forEach((type, count) -> out.append(out.length() == 0 ? "" : ", ").append(type).append(" x").append(count));
        return out.toString();
    }
}
