package io.github.dlckit.mock.engine.signal;

import java.time.Instant;
import java.util.List;

/**
 * A signal sent to a job: which signal, to which pods (Scope {@code all}, {@code roles} with Roles, or
 * {@code pods} with PodNames), and how its delivery went (Pending, then Succeeded or Failed, with a reason).
 */
public final class Signal {

    /** Waiting for delivery. */
    public static final String PENDING = "Pending";
    /** Delivered to at least one running pod. */
    public static final String SUCCEEDED = "Succeeded";
    /** Not delivered: the job was not running. */
    public static final String FAILED = "Failed";

    private final String id;
    private final String jobId;
    private final String name;
    private final String scope;
    private final List<String> roles;
    private final Instant created;
    private List<String> podNames;
    private String status = PENDING;
    private String reason;
    private String message;
    private Instant modified;

    Signal(String id, String jobId, String name, String scope, List<String> roles, List<String> podNames,
           Instant created) {
        this.id = id;
        this.jobId = jobId;
        this.name = name;
        this.scope = scope;
        this.roles = roles;
        this.podNames = podNames;
        this.created = created;
        this.modified = created;
        this.message = "waiting to be delivered";
    }

    public String id() {
        return id;
    }

    public String jobId() {
        return jobId;
    }

    /** @return the signal, e.g. {@code SIGUSR1} */
    public String name() {
        return name;
    }

    public String scope() {
        return scope;
    }

    public List<String> roles() {
        return roles;
    }

    /** @return the pods asked for; once delivered, the pods it reached */
    public List<String> podNames() {
        return podNames;
    }

    public String status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String message() {
        return message;
    }

    public Instant created() {
        return created;
    }

    public Instant modified() {
        return modified;
    }

    void delivered(Instant at, List<String> pods) {
        finish(at, SUCCEEDED, "Completed", "signal delivered to " + pods.size() + " pods");
        this.podNames = pods;
    }

    void finish(Instant at, String finalStatus, String why, String text) {
        this.status = finalStatus;
        this.reason = why;
        this.message = text;
        this.modified = at;
    }
}
