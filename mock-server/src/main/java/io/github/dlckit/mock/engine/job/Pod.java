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
    private Instant finishTime;
    private String status;
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

    public List<JobEvent> events() {
        return events;
    }

    /** @return earlier incarnations of this pod (before restarts), oldest first */
    public List<Pod> history() {
        return history;
    }

    void start(Instant at) {
        status = "Running";
        startTime = at;
        events.add(new JobEvent(at, "Normal", "Started", "Started container of pod " + podId));
    }

    void finish(Instant at, String finalStatus, String reason) {
        if (finishTime == null) {
            status = finalStatus;
            finishTime = at;
            events.add(new JobEvent(at, finalStatus.equals("Succeeded") ? "Normal" : "Warning", finalStatus,
                    "Pod " + podId + " " + finalStatus.toLowerCase(java.util.Locale.ROOT) + ": " + reason));
        }
    }
}
