package io.github.dlckit.mock.engine;

import io.github.dlckit.mock.api.OperationHandler;
import io.github.dlckit.mock.api.OperationHandlers;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.operation.Operation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An engine on a virtual clock for the resource family tests, with three callers (two users of one account and
 * a user of another) and short-hands to submit jobs, move time and assert refusals.
 */
public final class EngineFixture {

    public static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
    public static final Caller ALICE = new Caller("acct-alice", "cn-wulanchabu", "alice");
    /** Another user of Alice's account. */
    public static final Caller CAROL = new Caller("acct-alice", "cn-wulanchabu", "carol");
    /** A user of another account. */
    public static final Caller BOB = new Caller("acct-bob", "cn-wulanchabu", "bob");

    private static final OperationHandlers HANDLERS = OperationHandlers.standard();

    private final DlcEngine engine;

    public EngineFixture() {
        this(1L);
    }

    public EngineFixture(long seed) {
        EngineConfig defaults = EngineConfig.defaults(T0);
        this.engine = new DlcEngine(new EngineConfig(defaults.region(), seed, T0, defaults.timings()));
    }

    /** Runs work inside the engine. */
    public <T> T run(Function<DlcEngine.Context, T> work) {
        return engine.execute(work);
    }

    /**
     * Calls an operation as the API layer does: its handler asks the engine's service and renders the answer. For
     * tests that read the answer's wire fields; the services themselves return domain objects.
     */
    public <Q, S> S call(Operation<Q, S> operation, Caller caller, Q request) {
        OperationHandler<Q, S> handler = HANDLERS.find(operation).orElseThrow();
        return engine.execute(c -> handler.handle(c, caller, request));
    }

    /** Runs work that returns nothing of interest inside the engine. */
    public void act(Consumer<DlcEngine.Context> work) {
        engine.execute(c -> {
            work.accept(c);
            return null;
        });
    }

    /** Moves the virtual clock, running the events due. */
    public void advance(Duration by) {
        engine.execute(c -> c.clock().advanceBy(by));
    }

    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    public Instant now() {
        return engine.now();
    }

    /** A PyTorch job with two workers running the command. */
    public static CreateJobRequest job(String command) {
        return CreateJobRequest.builder().displayName("train").jobType("PyTorchJob").userCommand(command)
                .workspaceId("ws-1")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(2).ecsSpec("ecs.gn7i-c8g1.2xlarge").build())
                .build();
    }

    public String submit(Caller caller, CreateJobRequest request) {
        return engine.execute(c -> c.jobs().createJob(caller, request)).jobId();
    }

    /** Submits a job and moves time until it runs (30 s of environment preparation). */
    public String runningJob(Caller caller, String command) {
        String id = submit(caller, job(command));
        advanceSeconds(30);
        assertThat(status(caller, id)).isEqualTo(JobStatus.RUNNING);
        return id;
    }

    public JobStatus status(Caller caller, String jobId) {
        return engine.execute(c -> c.jobs().getJob(caller, GetJobRequest.of(jobId)).status());
    }

    /** Asserts the call is refused with this kind, code and a message containing the text. */
    public static void assertRefused(ThrowingCallable call, ErrorKind kind, String code, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
