package io.github.dlckit.mock.engine.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One pod of a job: a role's replica on one instance. A restart retires the pods of the previous run into
 * {@link #history()}.
 */
public final class Pod {

    private final String podId;
    private final String podUid;
    private final String role;
    private final String ip;
    private final String nodeName;
    private final String instanceType;
    private final Instant createTime;
    private Instant startTime;
    private SimulatedCommand.Checkpoint runFrom = SimulatedCommand.Checkpoint.START;
    private Instant finishTime;
    private String status;
    private String subStatus = "Normal";
    private String lastLogLine;
    private final List<JobEvent> events = new ArrayList<>();
    private final List<Pod> history = new ArrayList<>();

    Pod(String podId, String podUid, String role, String ip, String nodeName, String instanceType, Instant createTime) {
        this.podId = podId;
        this.podUid = podUid;
        this.role = role;
        this.ip = ip;
        this.nodeName = nodeName;
        this.instanceType = instanceType;
        this.createTime = createTime;
        this.status = "Pending";
        if (nodeName != null) {
            events.add(new JobEvent(createTime, "Normal", "Scheduled", "Pod " + podId + " was scheduled on " + nodeName));
        }
    }

    public String podId() {
        return podId;
    }

    public String podUid() {
        return podUid;
    }

    /** @return the role ({@code JobSpec.Type}), e.g. {@code Worker} */
    public String role() {
        return role;
    }

    public String ip() {
        return ip;
    }

    /** @return the instance the pod runs on (a spot instance id for spot jobs) */
    public String nodeName() {
        return nodeName;
    }

    /** @return the instance type ({@code EcsSpec}) */
    public String instanceType() {
        return instanceType;
    }

    public Instant createTime() {
        return createTime;
    }

    public Instant startTime() {
        return startTime;
    }

    public Instant finishTime() {
        return finishTime;
    }

    /** @return Pending, Running, Succeeded, Failed or Stopped */
    public String status() {
        return status;
    }

    /** @return R28's preemption state: {@code Normal} or {@code Evicted} (M19) */
    public String subStatus() {
        return subStatus;
    }

    /** @return M19: the line a killed pod logs last ({@code exit code 143 (SIGTERM): …}), if it was killed */
    public java.util.Optional<String> lastLogLine() {
        return java.util.Optional.ofNullable(lastLogLine);
    }

    public List<JobEvent> events() {
        return events;
    }

    /** @return earlier incarnations of this pod (before restarts), oldest first */
    public List<Pod> history() {
        return history;
    }

    /** @return M12: where in the command this pod's run started */
    public SimulatedCommand.Checkpoint runFrom() {
        return runFrom;
    }

    void start(Instant at, SimulatedCommand.Checkpoint from) {
        status = "Running";
        startTime = at;
        runFrom = from;
        events.add(new JobEvent(at, "Normal", "Started", "Started container of pod " + podId));
    }

    /** M20: the command ended; Completed is a Warning when the exit code is not 0. */
    void complete(Instant at, int exitCode) {
        if (finishTime == null) {
            status = exitCode == 0 ? "Succeeded" : "Failed";
            finishTime = at;
            events.add(new JobEvent(at, exitCode == 0 ? "Normal" : "Warning", "Completed", "Pod " + podId
                    + " completed with exit code " + exitCode));
        }
    }

    /** M19: a release evicts the pod: SubStatus Evicted, events Evicted then Killing, exit code 143 in the log. */
    void evict(Instant at, String cause) {
        if (finishTime == null) {
            subStatus = "Evicted";
            events.add(new JobEvent(at, "Warning", "Evicted", "Pod " + podId + " was evicted: " + cause));
            kill(at, cause);
        }
    }

    /** M19, M28: a stop or time limit kills a running pod (exit code 143, SIGTERM). */
    void kill(Instant at, String cause) {
        if (finishTime == null && (status.equals("Running") || subStatus.equals("Evicted"))) {
            events.add(new JobEvent(at, "Warning", "Killing", "exit code 143 (SIGTERM)"));
            lastLogLine = "exit code 143 (SIGTERM): " + cause;
        }
    }

    /** Ends the pod without an event of its own (the Evicted or Killing event already told why). */
    void finish(Instant at, String finalStatus) {
        if (finishTime == null) {
            status = finalStatus;
            finishTime = at;
        }
    }
}
