package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.Times;
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
import java.util.Locale;
import java.util.Map;

/**
 * M10, the life of a job: Creating → Queuing (general-purpose spot and non-spot) or Bidding (Lingjun spot) while
 * waiting for resources (M21 says why) → EnvPreparing (M15) → [SanityChecking] (M26) → Running → [Succeeded- or
 * FailedReserving] → Succeeded or Failed; StopJob gives Stopping → Stopped from any status that has not ended
 * (M28), as does the maximum running time (M27). When a spot job's resources are released it fails (R19, M10),
 * unless AIMaster fault tolerance is on for a Lingjun job (M11, R20): then it restarts and bids again, until its
 * restart budget is spent. A failed user command restarts the job when AIMaster's job restart is on (M18).
 *
 * <p>Every change goes through {@link Job#transition}, so StatusHistory and the event log follow each one (R25,
 * M20).
 */
public final class JobLifecycle implements ResourceBroker.Listener {

    /** The reason code of a job stopped through StopJob. */
    public static final String STOPPED_BY_USER = "JobStoppedByUser";
    /** R29: the vendor's message of a job stopped by its user. */
    public static final String STOPPED_MESSAGE = "Job is stopped by user.";
    /** M11, M18: the reason code while a job restarts. */
    public static final String RESTARTING = "JobRestarting";

    private final EventClock clock;
    private final ResourceBroker broker;
    private final JobTimings timings;
    private final EngineSettings settings;
    private final Ids ids;
    /** The one pending phase event of each job (preparation, run, stop, ...), cancelled when the job moves on. */
    private final Map<String, ScheduledEvent> pending = new HashMap<>();

    public JobLifecycle(EventClock clock, ResourceBroker broker, JobTimings timings, EngineSettings settings, Ids ids) {
        this.clock = clock;
        this.broker = broker;
        this.timings = timings;
        this.settings = settings;
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
        schedule(job, Duration.ZERO, "admit", () -> waitForResources(job));
    }

    /** M10: Bidding for Lingjun spot, Queuing otherwise; the market then tells a spot job why it waits (M21). */
    private void waitForResources(Job job) {
        JobStatus waiting = job.isSpot() && job.resourceType() == ResourceType.LINGJUN ? JobStatus.BIDDING
                : JobStatus.QUEUING;
        job.transition(waiting, clock.now(), null, null);
        broker.request(job);
    }

    /** M21: the waiting reason, re-read at each market evaluation; an event when the code changes. */
    @Override
    public void waiting(Job job, String code, java.util.function.Supplier<String> message) {
        if (!job.status().isWaiting()) {
            return;
        }
        if (job.updateReason(code, message)) {
            String reason = code.equals("SpotPriceTooLow") ? "SpotWaitingPrice" : "SpotWaitingStock";
            job.event(clock.now(), "Normal", reason, "Job " + job.jobId() + " waits: " + message.get());
        }
    }

    @Override
    public void allocated(Job job, List<ResourceBroker.Instance> instances) {
        if (!job.status().isWaiting()) {
            broker.release(job);
            return;
        }
        job.holdingFrom(clock.now());
        job.pods(newPods(job, instances));
        if (job.isSpot()) {
            rememberSpotTypes(job, instances);
            job.event(clock.now(), "Normal", "SpotAllocated", "Job " + job.jobId() + " obtained "
                    + instances.size() + " instance(s): " + describe(instances));
        }
        prepare(job);
    }

    /** M15: EnvPreparing (no reason code, M10), then the sanity check or the run. */
    private void prepare(Job job) {
        job.transition(JobStatus.ENV_PREPARING, clock.now(), null, null);
        schedule(job, settings.envPreparing(), "environment ready", () -> environmentReady(job));
    }

    private void environmentReady(Job job) {
        boolean sanityCheck = job.submitted().settings().flatMap(JobSettings::enableSanityCheck).orElse(false);
        if (sanityCheck) {
            job.transition(JobStatus.SANITY_CHECKING, clock.now(), null, null);
            schedule(job, settings.sanityCheck(), "sanity check passed", () -> startRun(job));
        } else {
            startRun(job);
        }
    }

    /** The command runs from its start, or under M12's ResumeFromCheckpoint from where the last run stopped. */
    private void startRun(Job job) {
        Instant now = clock.now();
        SimulatedCommand.Checkpoint from = settings.resumeFromCheckpoint() ? job.checkpoint()
                : SimulatedCommand.Checkpoint.START;
        job.runStart(now, from);
        job.pods().forEach(p -> p.start(now, from));
        job.subStatus(null);
        job.restarts().forEach(r -> r.succeeded(now));
        job.transition(JobStatus.RUNNING, now, null, null);
        Duration run = job.command().remaining(from);
        Duration left = m27TimeLeft(job);
        if (left != null && left.compareTo(run) < 0) {
            schedule(job, left, "running time limit", () -> stop(job, JobEvent.RUNNING_TIME_EXCEEDED,
                    "Job " + job.jobId() + " reached its maximum running time of " + maxRunningMinutes(job)
                            + " minute(s)."));
        } else {
            schedule(job, run, "command finished", () -> runFinished(job));
        }
    }

    /** M27: Running time left under JobMaxRunningTimeMinutes (null: no limit). */
    private Duration m27TimeLeft(Job job) {
        long minutes = maxRunningMinutes(job);
        if (minutes <= 0) {
            return null;
        }
        Duration left = Duration.ofMinutes(minutes).minus(job.runningTime(clock.now()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static long maxRunningMinutes(Job job) {
        return job.submitted().jobMaxRunningTimeMinutes().orElse(0L);
    }

    private void runFinished(Job job) {
        int exit = job.command().exitCode();
        boolean ok = exit == 0;
        job.pods().forEach(p -> p.complete(clock.now(), exit));
        if (!ok && m18UserRestartAllowed(job)) {
            restart(job, Job.Restart.USER_COMMAND_FAILED, "the user command exited with code " + exit, true);
            return;
        }
        String code = ok ? "JobSucceeded" : "JobFailed";
        String message = ok ? "the user command finished" : "the user command exited with code " + exit
                + (m18Enabled(job) ? "; restart budget of " + m18Cap(job) + " spent" : "");
        int reserved = job.submitted().settings().map(s -> s.jobReservedMinutes().orElse(0)).orElse(0);
        if (reserved > 0) {
            String policy = job.submitted().settings().flatMap(JobSettings::jobReservedPolicy).orElse("Always");
            if (!policy.equals("Always")) {
                job.event(clock.now(), "Warning", "SettingNotModelled", "JobReservedPolicy " + policy
                        + " is not modelled; the mock reserves as with Always (M26)");
            }
            job.transition(ok ? JobStatus.SUCCEEDED_RESERVING : JobStatus.FAILED_RESERVING, clock.now(), code,
                    message + "; resources reserved for " + reserved + " minute(s)");
            schedule(job, Duration.ofMinutes(reserved), "reservation ended", () -> end(job, ok, code, message));
        } else {
            end(job, ok, code, message);
        }
    }

    private void end(Job job, boolean ok, String code, String message) {
        pending.remove(job.jobId());
        giveBack(job);
        job.restarts().forEach(r -> r.failed("the job ended before it ran again"));
        job.transition(ok ? JobStatus.SUCCEEDED : JobStatus.FAILED, clock.now(), code, message);
    }

    /** Instances back to the broker, billing closed, held time recorded (M13, M29). */
    private void giveBack(Job job) {
        broker.release(job);
        job.holdingUntil(clock.now());
    }

    /**
     * StopJob (M28): Stopping now — the instances go back at once, billing ends, a pending warning is cancelled,
     * running pods are killed — then Stopped after the stopping time.
     *
     * @return false when the job has already ended or is stopping
     */
    boolean stop(Job job) {
        return stop(job, STOPPED_BY_USER, STOPPED_MESSAGE);
    }

    private boolean stop(Job job, String code, String message) {
        if (job.status().isTerminal() || job.status() == JobStatus.STOPPING) {
            return false;
        }
        cancelPending(job);
        giveBack(job);
        job.pods().forEach(p -> p.kill(clock.now(), message));
        job.subStatus(null);
        job.transition(JobStatus.STOPPING, clock.now(), code, message);
        schedule(job, timings.stopping(), "stopped", () -> {
            pending.remove(job.jobId());
            job.pods().forEach(p -> p.finish(clock.now(), "Stopped"));
            job.restarts().forEach(r -> r.failed("the job was stopped"));
            job.transition(JobStatus.STOPPED, clock.now(), code, message);
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

    /** M9: the job is warned: SubStatus PreemptionWarning and a Warning event naming the time and the cause. */
    @Override
    public void releaseWarning(Job job, Instant releaseAt, String cause, String text) {
        job.subStatus("PreemptionWarning");
        job.event(clock.now(), "Warning", "PreemptionWarning", "Job " + job.jobId() + " will be preempted at "
                + Times.iso(releaseAt) + " (cause " + cause + ")" + text + ".");
    }

    /**
     * R19, M10 (fail) or R20, M11 (restart and bid again); a job that reserves after its command ended keeps its
     * outcome (M26). With a termination grace period the pods stay evicted but running that long (M19).
     */
    @Override
    public void released(Job job, String cause, String text, String reasonCode) {
        if (job.status().isTerminal() || job.status() == JobStatus.STOPPING) {
            return;
        }
        cancelPending(job);
        job.holdingUntil(clock.now());
        job.preempted();
        String message = "Job " + job.jobId() + " was preempted" + text + ".";
        job.event(clock.now(), "Warning", "SpotReleased", message);
        if (job.status() == JobStatus.SUCCEEDED_RESERVING || job.status() == JobStatus.FAILED_RESERVING) {
            // the command has ended: the release only cuts the reservation short, and the outcome stands
            boolean ok = job.status() == JobStatus.SUCCEEDED_RESERVING;
            end(job, ok, job.reasonCode().orElse(null), job.reasonMessage().orElse(null));
            return;
        }
        String cutText = text.startsWith(": ") ? text.substring(2) : text.trim();
        job.pods().forEach(p -> p.evict(clock.now(), cutText));
        long grace = job.submitted().settings().map(s -> s.terminationGracePeriodSeconds().orElse(0L)).orElse(0L);
        Runnable outcome = () -> {
            job.pods().forEach(p -> p.finish(clock.now(), "Failed"));
            if (faultTolerant(job) && job.preemptionRestarts() < job.maxRestarts()) {
                restart(job, Job.Restart.SPOT_PREEMPTED, message, false);
            } else {
                String why = faultTolerant(job) ? message + " Restart budget of " + job.maxRestarts() + " spent."
                        : message;
                job.restarts().forEach(r -> r.failed("released again before it ran"));
                job.transition(JobStatus.FAILED, clock.now(), reasonCode != null ? reasonCode
                        : settings.releaseReasonCode(), why);
            }
        };
        if (grace > 0) {
            schedule(job, Duration.ofSeconds(grace), "grace period ended", () -> {
                pending.remove(job.jobId());
                outcome.run();
            });
        } else {
            outcome.run();
        }
    }

    /**
     * M11 (after a release: Restarting → Bidding, the command starts over) or M18 (after a failed command:
     * Restarting → EnvPreparing on the same instances); the restart record grows (R35).
     */
    private void restart(Job job, String reason, String message, boolean keepInstances) {
        int count = job.restarts().size() + 1;
        job.restarts().forEach(r -> r.failed("interrupted by another restart"));
        job.restarts().add(new Job.Restart(count, clock.now(), reason, job.status().wireValue(), message,
                ids.uuid().toLowerCase(Locale.ROOT), job.pods()));
        job.subStatus("Restarting");
        job.transition(JobStatus.RESTARTING, clock.now(), RESTARTING, message);
        job.runStart(null);
        if (keepInstances) {
            job.pods(newPods(job, job.pods().stream()
                    .map(p -> new ResourceBroker.Instance(p.nodeName(), p.instanceType())).toList()));
            schedule(job, Duration.ZERO, "prepare again", () -> prepare(job));
        } else {
            job.pods(newPods(job, List.of()));
            schedule(job, Duration.ZERO, "bid again", () -> waitForResources(job));
        }
    }

    /** M11: automatic fault tolerance is on for a Lingjun job that enables AIMaster error monitoring. */
    static boolean faultTolerant(Job job) {
        return job.resourceType() == ResourceType.LINGJUN && aiMaster(job);
    }

    private static boolean aiMaster(Job job) {
        return job.submitted().settings().flatMap(JobSettings::enableErrorMonitoringInAiMaster).orElse(false);
    }

    /** M18: AIMaster restarts after a failed command with {@code --enable-job-restart True}. */
    private static boolean m18Enabled(Job job) {
        String args = job.submitted().settings().flatMap(JobSettings::errorMonitoringArgs).orElse("");
        return aiMaster(job) && java.util.regex.Pattern.compile("--enable-job-restart[ =]true",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(args).find();
    }

    /** M18: {@code --max-num-of-job-restart N}, 3 by default (R34). */
    private static int m18Cap(Job job) {
        String args = job.submitted().settings().flatMap(JobSettings::errorMonitoringArgs).orElse("");
        java.util.regex.Matcher cap = java.util.regex.Pattern.compile("--max-num-of-job-restart[ =](\\d+)").matcher(args);
        return cap.find() ? Integer.parseInt(cap.group(1)) : 3;
    }

    private static boolean m18UserRestartAllowed(Job job) {
        long used = job.restarts().stream().filter(r -> !r.isPreemption()).count();
        return m18Enabled(job) && used < m18Cap(job);
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

    /** R27: the spot type each role got, shown as CurrentSpotInstanceType until its next allocation. */
    private static void rememberSpotTypes(Job job, List<ResourceBroker.Instance> instances) {
        int n = 0;
        for (JobSpec spec : job.jobSpecs()) {
            String role = spec.type().orElse("Worker");
            if (n < instances.size()) {
                job.currentSpotTypes().put(role, instances.get(n).instanceType());
            }
            n += (int) spec.podCount().orElse(1);
        }
    }

    /** New pods for the current run; the previous run's pods move into their successors' history (M19). */
    private List<Pod> newPods(Job job, List<ResourceBroker.Instance> instances) {
        List<Pod> previous = job.pods();
        List<Pod> pods = new ArrayList<>();
        int n = 0;
        for (JobSpec spec : job.jobSpecs()) {
            String role = spec.type().orElse("Worker");
            for (long i = 0; i < spec.podCount().orElse(1); i++, n++) {
                ResourceBroker.Instance instance = n < instances.size() ? instances.get(n) : null;
                Pod pod = new Pod(job.jobId() + "-" + role.toLowerCase(Locale.ROOT) + "-" + i,
                        ids.uuid().toLowerCase(Locale.ROOT), role, "10.0." + (n / 250) + "." + (n % 250 + 2),
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
        Map<String, List<String>> byType = new java.util.TreeMap<>();
        instances.forEach(i -> byType.computeIfAbsent(i.instanceType(), t -> new ArrayList<>()).add(i.instanceId()));
        StringBuilder out = new StringBuilder();
        byType.forEach((type, ids) -> out.append(out.length() == 0 ? "" : "; ").append(type).append(" x")
                .append(ids.size()).append(" (").append(String.join(", ", ids)).append(")"));
        return out.toString();
    }
}
