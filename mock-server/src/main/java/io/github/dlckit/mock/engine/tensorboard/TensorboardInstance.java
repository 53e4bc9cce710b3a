package io.github.dlckit.mock.engine.tensorboard;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.TensorboardSpec;

import java.util.Optional;

/**
 * A TensorBoard in the mock: the CreateTensorboard request as submitted (its resource and data fields are
 * echoed), what was resolved at creation (name, job, workspace, source, token), what UpdateTensorboard changes
 * (visibility, priority; the maximum running time lives in the run) and how it runs.
 */
public final class TensorboardInstance {

    /** PaymentType of a TensorBoard on a pay-as-you-go instance of its own ({@code TensorboardSpec.EcsType}). */
    public static final String POSTPAID = "Postpaid";
    /** PaymentType of a TensorBoard on the shared free resources. */
    public static final String FREE = "Free";

    private final String id;
    private final Caller owner;
    private final CreateTensorboardRequest submitted;
    private final String displayName;
    private final String jobId;
    private final String workspaceId;
    private final String sourceType;
    private final String sourceId;
    private final String token;
    private final InstanceRun run;
    private String accessibility;
    private String priority;

    TensorboardInstance(String id, Caller owner, CreateTensorboardRequest submitted, String displayName, String jobId,
                        String workspaceId, String sourceType, String sourceId, String token, InstanceRun run) {
        this.id = id;
        this.owner = owner;
        this.submitted = submitted;
        this.displayName = displayName;
        this.jobId = jobId;
        this.workspaceId = workspaceId;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.token = token;
        this.run = run;
        this.accessibility = submitted.accessibility().orElse("PRIVATE");
        this.priority = submitted.priority().orElse("1");
    }

    public String id() {
        return id;
    }

    public Caller owner() {
        return owner;
    }

    /** @return the CreateTensorboard request as submitted */
    public CreateTensorboardRequest submitted() {
        return submitted;
    }

    public String displayName() {
        return displayName;
    }

    /** @return the job whose summaries it shows, if it was created for one */
    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    public Optional<String> workspaceId() {
        return Optional.ofNullable(workspaceId);
    }

    /** @return where its summaries come from: {@code job} for a job's, else as submitted */
    public Optional<String> sourceType() {
        return Optional.ofNullable(sourceType);
    }

    public Optional<String> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    /** @return the access token issued at creation */
    public String token() {
        return token;
    }

    public InstanceRun run() {
        return run;
    }

    public String accessibility() {
        return accessibility;
    }

    void accessibility(String value) {
        this.accessibility = value;
    }

    public String priority() {
        return priority;
    }

    void priority(String value) {
        this.priority = value;
    }

    /** @return {@link #POSTPAID} when it runs on an instance type of its own, else {@link #FREE} */
    public String paymentType() {
        return submitted.tensorboardSpec().flatMap(TensorboardSpec::ecsType).isPresent() ? POSTPAID : FREE;
    }
}
