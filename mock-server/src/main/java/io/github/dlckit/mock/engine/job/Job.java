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
        private final String reasonCode;
        private final String reasonMessage;

        Transition(JobStatus status, Instant start, String reasonCode, String reasonMessage) {
            this.status = status;
            this.start = start;
            this.reasonCode = reasonCode;
            this.reasonMessage = reasonMessage;
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
            return reasonMessage;
        }
    }

    /** One restart after a spot release (RestartRecord on the wire). */
    public record Restart(int count, Instant time, String reason, String phase) {
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
    private String reasonMessage;
    private final List<Transition> history = new ArrayList<>();
    private final List<JobEvent> events = new ArrayList<>();
    private final Map<JobStatus, Instant> firstEntered = new EnumMap<>(JobStatus.class);
    private List<Pod> pods = new ArrayList<>();
    private final List<Restart> restarts = new ArrayList<>();
    private final int maxRestarts;
    private Instant runStart;
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
        return Optional.ofNullable(reasonMessage);
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
        JobStatus from = status;
        if (!history.isEmpty()) {
            history.get(history.size() - 1).end = at;
        }
        status = to;
        reasonCode = code;
        reasonMessage = message;
        history.add(new Transition(to, at, code, message));
        firstEntered.putIfAbsent(to, at);
        if (to.isTerminal()) {
            finishTime = at;
        }
        String text = "Job " + jobId + " " + (from == null ? "created as " + to.wireValue()
                : "changed from " + from.wireValue() + " to " + to.wireValue())
                + (message != null ? ": " + message : "");
        events.add(new JobEvent(at, to == JobStatus.FAILED ? "Warning" : "Normal", "StatusChanged", text));
    }

    /** Adds an event that is not a status change (warnings, allocations, restarts). */
    void event(Instant at, String type, String reason, String message) {
        events.add(new JobEvent(at, type, reason, message));
    }
}
