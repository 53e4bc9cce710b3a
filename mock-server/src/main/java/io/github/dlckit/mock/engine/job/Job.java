package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ResourceType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A job's state in the mock: what was submitted, its status and how it got there (status history, events,
 * restarts), its pods and its timestamps. Only {@link JobLifecycle} changes the status, through
 * {@link #transition}, so that every change is recorded in StatusHistory and the event log (R25).
 */
public final class Job {

    /** One entry of the status history (StatusTransitionItem on the wire). */
    public static final class Transition {
        private final JobStatus status;
        private final Instant start;
        private Instant end;
        private String reasonCode;
        private Supplier<String> reasonMessage;

        Transition(JobStatus status, Instant start, String reasonCode, String reasonMessage) {
            this.status = status;
            this.start = start;
            this.reasonCode = reasonCode;
            this.reasonMessage = () -> reasonMessage;
        }

        public JobStatus status() {
            return status;
        }

        public Instant start() {
            return start;
        }

        /** @return when the status ended; empty while it is current */
        public Optional<Instant> end() {
            return Optional.ofNullable(end);
        }

        public String reasonCode() {
            return reasonCode;
        }

        public String reasonMessage() {
            return reasonMessage.get();
        }
    }

    /**
     * One restart (RestartRecord on the wire, R35): after a spot release (M11) or a failed user command (M18).
     */
    public static final class Restart {
        /** M11: a restart after a spot release. */
        public static final String SPOT_PREEMPTED = "SpotPreempted";
        /** M18: a restart after the user command failed. */
        public static final String USER_COMMAND_FAILED = "UserCommandFailed";

        private final int count;
        private final Instant time;
        private final String reason;
        private final String phase;
        private final String message;
        private final String triggerId;
        private final List<Pod> pods;
        private String status = "Restarting";
        private String failReason;
        private Long durationSeconds;

        Restart(int count, Instant time, String reason, String phase, String message, String triggerId, List<Pod> pods) {
            this.count = count;
            this.time = time;
            this.reason = reason;
            this.phase = phase;
            this.message = message;
            this.triggerId = triggerId;
            this.pods = List.copyOf(pods);
        }

        public int count() {
            return count;
        }

        public Instant time() {
            return time;
        }

        /** @return {@link #SPOT_PREEMPTED} or {@link #USER_COMMAND_FAILED} */
        public String reason() {
            return reason;
        }

        /** @return the status the job was in when it happened */
        public String phase() {
            return phase;
        }

        /** @return the cause text */
        public String message() {
            return message;
        }

        public String triggerId() {
            return triggerId;
        }

        /** @return the pods of the interrupted run */
        public List<Pod> pods() {
            return pods;
        }

        /** @return {@code Restarting}, then {@code Succeeded} or {@code Failed} */
        public String status() {
            return status;
        }

        public Optional<String> failReason() {
            return Optional.ofNullable(failReason);
        }

        public Optional<Long> durationSeconds() {
            return Optional.ofNullable(durationSeconds);
        }

        /** @return whether it came from a spot release (M11) rather than the user's code (M18) */
        public boolean isPreemption() {
            return SPOT_PREEMPTED.equals(reason);
        }

        void succeeded(Instant at) {
            if (status.equals("Restarting")) {
                status = "Succeeded";
                durationSeconds = java.time.Duration.between(time, at).getSeconds();
            }
        }

        void failed(String why) {
            if (status.equals("Restarting")) {
                status = "Failed";
                failReason = why;
            }
        }
    }

    private final String jobId;
    private final Caller owner;
    private final CreateJobRequest submitted;
    private final ResourceType resourceType;
    private final boolean spot;
    private final Instant createTime;
    private final SimulatedCommand command;
    private List<JobSpec> jobSpecs;
    private int priority;
    private String accessibility;
    private String description;
    private final Map<String, String> tags = new LinkedHashMap<>();

    private JobStatus status;
    private String subStatus;
    private String reasonCode;
    /** M21: a waiting reason's message is written out when read (see {@link #updateReason}). */
    private Supplier<String> reasonMessage = () -> null;
    private final List<Transition> history = new ArrayList<>();
    private final List<JobEvent> events = new ArrayList<>();
    private final Map<JobStatus, Instant> firstEntered = new EnumMap<>(JobStatus.class);
    private List<Pod> pods = new ArrayList<>();
    private final List<Restart> restarts = new ArrayList<>();
    private final int maxRestarts;
    private Instant runStart;
    /** M12: where the current run started in the command, and where the next one may resume. */
    private SimulatedCommand.Checkpoint runFrom = SimulatedCommand.Checkpoint.START;
    private SimulatedCommand.Checkpoint checkpoint = SimulatedCommand.Checkpoint.START;
    private java.time.Duration runningTime = java.time.Duration.ZERO;
    private Instant holdingSince;
    private java.time.Duration heldTime = java.time.Duration.ZERO;
    private int preemptions;
    private final Map<String, String> currentSpotTypes = new LinkedHashMap<>();
    private Instant finishTime;
    private boolean deleted;

    Job(String jobId, Caller owner, CreateJobRequest submitted, ResourceType resourceType, boolean spot,
        Instant createTime, int maxRestarts) {
        this.jobId = jobId;
        this.owner = owner;
        this.submitted = submitted;
        this.resourceType = resourceType;
        this.spot = spot;
        this.createTime = createTime;
        this.command = SimulatedCommand.parse(submitted.userCommand().orElse(""));
        this.jobSpecs = submitted.jobSpecs();
        this.priority = submitted.priority().orElse(1);
        this.accessibility = submitted.accessibility().orElse("PRIVATE");
        this.description = submitted.description().orElse(null);
        this.maxRestarts = maxRestarts;
    }

    public String jobId() {
        return jobId;
    }

    public Caller owner() {
        return owner;
    }

    /** @return the CreateJob request as submitted */
    public CreateJobRequest submitted() {
        return submitted;
    }

    public ResourceType resourceType() {
        return resourceType;
    }

    /** @return whether any role bids on preemptible instances */
    public boolean isSpot() {
        return spot;
    }

    public Instant createTime() {
        return createTime;
    }

    public SimulatedCommand command() {
        return command;
    }

    /** @return the roles, as submitted or last updated */
    public List<JobSpec> jobSpecs() {
        return jobSpecs;
    }

    void jobSpecs(List<JobSpec> specs) {
        this.jobSpecs = specs;
    }

    public int priority() {
        return priority;
    }

    void priority(int value) {
        this.priority = value;
    }

    public String accessibility() {
        return accessibility;
    }

    void accessibility(String value) {
        this.accessibility = value;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    void description(String value) {
        this.description = value;
    }

    /** @return the job's tags (TagResources), in the order added */
    public Map<String, String> tags() {
        return tags;
    }

    public JobStatus status() {
        return status;
    }

    public Optional<String> subStatus() {
        return Optional.ofNullable(subStatus);
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    public Optional<String> reasonMessage() {
        return Optional.ofNullable(reasonMessage.get());
    }

    /** @return every status the job went through, oldest first */
    public List<Transition> history() {
        return history;
    }

    /** @return the job's event log, oldest first */
    public List<JobEvent> events() {
        return events;
    }

    /** @return when the job first entered a status, if it did */
    public Optional<Instant> firstEntered(JobStatus s) {
        return Optional.ofNullable(firstEntered.get(s));
    }

    /** @return the pods of the current run */
    public List<Pod> pods() {
        return pods;
    }

    void pods(List<Pod> current) {
        this.pods = current;
    }

    public List<Restart> restarts() {
        return restarts;
    }

    /** @return how many restarts after spot releases are allowed (M11) */
    public int maxRestarts() {
        return maxRestarts;
    }

    /** @return when the current run's command started, if it is running or ran */
    public Optional<Instant> runStart() {
        return Optional.ofNullable(runStart);
    }

    void runStart(Instant at) {
        this.runStart = at;
    }

    /** M12: the current run starts now at {@code from} in the command. */
    void runStart(Instant at, SimulatedCommand.Checkpoint from) {
        this.runStart = at;
        this.runFrom = from;
    }

    /** @return M12: where the current (or last) run started in the command */
    public SimulatedCommand.Checkpoint runFrom() {
        return runFrom;
    }

    /** @return M12: where the next run resumes under {@code ResumeFromCheckpoint}: where the last run stopped */
    public SimulatedCommand.Checkpoint checkpoint() {
        return checkpoint;
    }

    /** M27: the Running time of earlier attempts, plus the current one up to {@code now}. */
    public java.time.Duration runningTime(Instant now) {
        return status == JobStatus.RUNNING && runStart != null
                ? runningTime.plus(java.time.Duration.between(runStart, now)) : runningTime;
    }

    /** M27: closes the current Running stretch (called when the job leaves Running). */
    void leaveRunning(Instant at) {
        if (status == JobStatus.RUNNING && runStart != null) {
            java.time.Duration ran = java.time.Duration.between(runStart, at);
            runningTime = runningTime.plus(ran);
            checkpoint = command.after(runFrom, ran);
        }
    }

    /** M29: the job got instances at {@code at}. */
    void holdingFrom(Instant at) {
        holdingSince = at;
    }

    /** M29: the job gave its instances back at {@code at}. */
    void holdingUntil(Instant at) {
        if (holdingSince != null) {
            heldTime = heldTime.plus(java.time.Duration.between(holdingSince, at));
            holdingSince = null;
        }
    }

    /** @return M29: how long the job held instances, up to {@code now} */
    public java.time.Duration heldTime(Instant now) {
        return holdingSince != null ? heldTime.plus(java.time.Duration.between(holdingSince, now)) : heldTime;
    }

    /** @return whether the job holds instances now */
    public boolean isHolding() {
        return holdingSince != null;
    }

    /** @return M29: releases of any cause, requests included */
    public int preemptions() {
        return preemptions;
    }

    void preempted() {
        preemptions++;
    }

    /** @return R27: per role, the instance type of its current or last allocation */
    public Map<String, String> currentSpotTypes() {
        return currentSpotTypes;
    }

    /** @return M29: time spent Queuing or Bidding over all attempts, up to {@code now} */
    public java.time.Duration waitingTime(Instant now) {
        java.time.Duration total = java.time.Duration.ZERO;
        for (Transition t : history) {
            if (t.status().isWaiting()) {
                total = total.plus(java.time.Duration.between(t.start(), t.end().orElse(now)));
            }
        }
        return total;
    }

    /** @return restarts after spot releases (M11's budget counts these only) */
    public int preemptionRestarts() {
        return (int) restarts.stream().filter(Restart::isPreemption).count();
    }

    public Optional<Instant> finishTime() {
        return Optional.ofNullable(finishTime);
    }

    public boolean isDeleted() {
        return deleted;
    }

    void markDeleted() {
        this.deleted = true;
    }

    /** @return the total number of pods over all roles */
    public long podCount() {
        return jobSpecs.stream().mapToLong(s -> s.podCount().orElse(1)).sum();
    }

    /** Sets the sub-status shown next to the status (e.g. the restart phase). */
    void subStatus(String value) {
        this.subStatus = value;
    }

    /**
     * Moves to a new status: closes the current history entry, opens a new one, logs the event.
     *
     * @param to the new status
     * @param at when
     * @param code the reason code (may be null)
     * @param message the reason message (may be null)
     */
    void transition(JobStatus to, Instant at, String code, String message) {
        leaveRunning(at);
        JobStatus from = status;
        if (!history.isEmpty()) {
            Transition last = history.get(history.size() - 1);
            last.end = at;
            String lastMessage = last.reasonMessage.get(); // a waiting reason's numbers follow its pool until now
            last.reasonMessage = () -> lastMessage;
        }
        status = to;
        reasonCode = code;
        reasonMessage = () -> message;
        history.add(new Transition(to, at, code, message));
        firstEntered.putIfAbsent(to, at);
        if (to.isTerminal()) {
            finishTime = at;
        }
        if (to.isTerminal()) {
            subStatus = null;
        }
        String text = "Job " + jobId + " " + (from == null ? "created as " + to.wireValue()
                : "changed from " + from.wireValue() + " to " + to.wireValue())
                + (message != null ? ": " + message : "");
        String reason = JobEvent.m20StatusReason(to, spot, code);
        if (reason != null) {
            boolean warning = to == JobStatus.FAILED || to == JobStatus.RESTARTING
                    || JobEvent.RUNNING_TIME_EXCEEDED.equals(reason);
            events.add(new JobEvent(at, warning ? "Warning" : "Normal", reason, text));
        }
    }

    /**
     * M21: the current status keeps going, with a new reason (the current StatusHistory item follows).
     *
     * @return whether the code changed
     */
    boolean updateReason(String code, Supplier<String> message) {
        boolean changed = !java.util.Objects.equals(code, reasonCode);
        reasonCode = code;
        reasonMessage = message;
        Transition current = history.get(history.size() - 1);
        current.reasonCode = code;
        current.reasonMessage = message;
        return changed;
    }

    /** Adds an event that is not a status change (warnings, allocations, restarts). */
    void event(Instant at, String type, String reason, String message) {
        events.add(new JobEvent(at, type, reason, message));
    }
}
