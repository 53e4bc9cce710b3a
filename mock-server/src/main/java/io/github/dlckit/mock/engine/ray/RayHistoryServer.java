package io.github.dlckit.mock.engine.ray;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.model.CreateRayHistoryServerRequest;

import java.util.Optional;

/**
 * A Ray history server in the mock: the CreateRayHistoryServer request as submitted (name, storage path,
 * workspace, instance type or quota, visibility, maximum running time) and how it runs.
 */
public final class RayHistoryServer {

    /** PaymentType of a server on a dedicated quota (ResourceId). */
    public static final String PREPAID = "PrePaid";
    /** PaymentType of a server on a pay-as-you-go instance. */
    public static final String POSTPAID = "PostPaid";

    private final String id;
    private final Caller owner;
    private final CreateRayHistoryServerRequest submitted;
    private final InstanceRun run;

    RayHistoryServer(String id, Caller owner, CreateRayHistoryServerRequest submitted, InstanceRun run) {
        this.id = id;
        this.owner = owner;
        this.submitted = submitted;
        this.run = run;
    }

    public String id() {
        return id;
    }

    public Caller owner() {
        return owner;
    }

    /** @return the CreateRayHistoryServer request as submitted (its required fields are present) */
    public CreateRayHistoryServerRequest submitted() {
        return submitted;
    }

    public String displayName() {
        return submitted.displayName().orElseThrow();
    }

    public String storagePath() {
        return submitted.storagePath().orElseThrow();
    }

    public String workspaceId() {
        return submitted.workspaceId().orElseThrow();
    }

    public Optional<String> resourceId() {
        return submitted.resourceId();
    }

    public String accessibility() {
        return submitted.accessibility().orElse("PRIVATE");
    }

    public InstanceRun run() {
        return run;
    }

    /** @return {@link #PREPAID} on a quota, else {@link #POSTPAID} */
    public String paymentType() {
        return resourceId().isPresent() ? PREPAID : POSTPAID;
    }
}
