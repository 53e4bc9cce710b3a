package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.retry.Sleeper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs one logical spot job as a sequence of DLC jobs until one succeeds: general-purpose spot jobs have no
 * automatic fault tolerance (R4), so when a job is preempted ({@link Preemption#isPreempted}) or waits too long
 * for instances, the runner submits a new one where its {@link SpotPolicy} says: the same bid, a higher bid (never
 * above the policy's cap or the market range, R7, R10), the next instance type, the next region — or it gives up.
 * Attempts, a deadline and a budget bound the run; a job in flight is stopped when one is reached.
 *
 * <pre>{@code
 * SpotJobRunner runner = SpotJobRunner.builder()
 *         .region("cn-hangzhou", hangzhou)                     // one client per region, tried in this order
 *         .region("cn-shanghai", shanghai, r -> r.toBuilder().workspaceId("ws-sh").build())
 *         .policy(policy)
 *         .listener(event -> log.info("{}", event))
 *         .build();
 * SpotRunResult result = runner.run(job);                       // or runAsync(job), a CompletableFuture
 * }</pre>
 *
 * <p>Each job carries {@value #ENV_RUN_ID}, {@value #ENV_ATTEMPT} and, from the second attempt,
 * {@value #ENV_PREVIOUS_JOB_ID} in its {@code Envs}, so the training can resume from its own checkpoint; nothing
 * else of the request changes but the spot roles' {@code EcsSpec} and bid. A {@code CreateJob} whose outcome is
 * unknown ({@code DlcClientException.Kind.OUTCOME_UNKNOWN}) is never simply sent again: the runner lists the jobs
 * with the request's {@code DisplayName} and adopts the one carrying its run id and attempt number; only when none
 * exists does it submit again.
 *
 * <p>Thread-safe: one runner may run many jobs at once; each run has its own state.
 */
public final class SpotJobRunner {

    /** The run's id, the same in every attempt's job. */
    public static final String ENV_RUN_ID = "DLCKIT_RUN_ID";
    /** The attempt's number: 1, 2, ... */
    public static final String ENV_ATTEMPT = "DLCKIT_ATTEMPT";
    /** The job id of the attempt before, absent in the first. */
    public static final String ENV_PREVIOUS_JOB_ID = "DLCKIT_PREVIOUS_JOB_ID";

    private final Settings settings;

    private SpotJobRunner(Settings settings) {
        this.settings = settings;
    }

    /** @return a builder; at least one region is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the job on the calling thread until it ends for good. Interrupting the thread cancels the run: the job
     * in flight is stopped, the result says {@link RunOutcome#CANCELLED}, and the interrupt is kept.
     *
     * @param request the job, with {@code DisplayName} and at least one role with a {@code SpotSpec}
     * @return every attempt and how the run ended
     * @throws IllegalArgumentException when the request cannot be run (naming the field)
     */
    public SpotRunResult run(CreateJobRequest request) {
        SpotRun run = new SpotRun(settings, settings.runIds.get(), request);
        try {
            return run.run();
        } finally {
            run.signal().restoreInterrupt();
        }
    }

    /**
     * Runs the job on the runner's executor. Cancelling the future cancels the run: the job in flight is stopped
     * (the listener hears it), and the future ends cancelled.
     *
     * @param request the job, with {@code DisplayName} and at least one role with a {@code SpotSpec}
     * @return the result, when the run has ended
     * @throws IllegalArgumentException when the request cannot be run (naming the field)
     */
    public CompletableFuture<SpotRunResult> runAsync(CreateJobRequest request) {
        SpotRun run = new SpotRun(settings, settings.runIds.get(), request);
        RunSignal signal = run.signal();
        CompletableFuture<SpotRunResult> future = new CompletableFuture<SpotRunResult>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                signal.cancel();
                return super.cancel(mayInterruptIfRunning);
            }
        };
        settings.executor.execute(() -> {
            signal.bind(Thread.currentThread());
            try {
                future.complete(run.run());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            } finally {
                signal.unbind();
            }
        });
        return future;
    }

    /** What every run of a runner shares. */
    static final class Settings {
        final List<Region> regions;
        final SpotPolicy policy;
        final SpotRunListener listener;
        final PriceSource priceSource;
        final Clock clock;
        final Sleeper sleeper;
        final Executor executor;
        final Supplier<String> runIds;

        private Settings(Builder b) {
            this.regions = Collections.unmodifiableList(new ArrayList<>(b.regions));
            this.policy = b.policy;
            this.listener = b.listener;
            this.priceSource = b.priceSource;
            this.clock = b.clock;
            this.sleeper = b.sleeper;
            this.executor = b.executor;
            this.runIds = b.runIds;
        }
    }

    /** Builds a {@link SpotJobRunner}; {@link #build()} names every problem. */
    public static final class Builder {
        private final List<Region> regions = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private SpotPolicy policy = SpotPolicy.defaults();
        private SpotRunListener listener = SpotRunListener.none();
        private PriceSource priceSource;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Executor executor = Builder::daemonThread;
        private Supplier<String> runIds = () -> UUID.randomUUID().toString();

        private Builder() {
        }

        /**
         * Adds a region; the first added is where a run starts, the others are tried in order.
         *
         * @param regionId e.g. {@code cn-hangzhou}
         * @param client a client for that region (not closed by the runner)
         * @return this builder
         */
        public Builder region(String regionId, DlcClient client) {
            return region(regionId, client, UnaryOperator.identity());
        }

        /**
         * Adds a region whose jobs need changes (a workspace, VPC or data source of that region).
         *
         * @param regionId e.g. {@code cn-shanghai}
         * @param client a client for that region (not closed by the runner)
         * @param adjust changes the caller's request for this region, before the runner places it
         * @return this builder
         */
        public Builder region(String regionId, DlcClient client, UnaryOperator<CreateJobRequest> adjust) {
            if (client == null) {
                problems.add("region " + regionId + " needs a client");
                return this;
            }
            return region(regionId, new DlcRegionJobs(client), adjust);
        }

        /** A region served by any {@link RegionJobs} (tests). */
        Builder region(String regionId, RegionJobs jobs, UnaryOperator<CreateJobRequest> adjust) {
            if (regionId == null || regionId.trim().isEmpty() || adjust == null) {
                problems.add("a region needs an id and an adjustment (UnaryOperator.identity() for none), got "
                        + regionId);
            } else if (regions.stream().anyMatch(r -> r.id.equals(regionId))) {
                problems.add("region " + regionId + " is added twice");
            } else {
                regions.add(new Region(regionId, jobs, adjust));
            }
            return this;
        }

        /**
         * @param policy fallbacks and limits (default {@link SpotPolicy#defaults()})
         * @return this builder
         */
        public Builder policy(SpotPolicy policy) {
            this.policy = policy;
            return this;
        }

        /**
         * @param listener hears every decision and observation
         * @return this builder
         */
        public Builder listener(SpotRunListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * @param prices spot prices for cost estimates; required by a policy with a budget
         * @return this builder
         */
        public Builder priceSource(PriceSource prices) {
            this.priceSource = prices;
            return this;
        }

        /**
         * Time for deadlines, waits and the books; with {@link #sleeper}, a virtual clock (such as the mock's)
         * runs a day-long job in milliseconds.
         *
         * @param clock the clock (default the system's)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param sleeper how the runner pauses between polls (default {@link Sleeper#system()})
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * @param executor where {@link #runAsync} runs (default: a new daemon thread per run; a run blocks its
         *                 thread for its whole length)
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** Run ids (tests). */
        Builder runIds(Supplier<String> ids) {
            this.runIds = ids;
            return this;
        }

        /**
         * @return the runner
         * @throws IllegalStateException naming every problem
         */
        public SpotJobRunner build() {
            List<String> all = new ArrayList<>(problems);
            if (regions.isEmpty()) {
                all.add("at least one region is required");
            }
            if (policy == null || listener == null || clock == null || sleeper == null || executor == null) {
                all.add("policy, listener, clock, sleeper and executor must not be null");
            }
            if (policy != null && policy.budget().isPresent() && priceSource == null) {
                all.add("a policy with a budget needs a priceSource to estimate the cost");
            }
            if (!all.isEmpty()) {
                throw new IllegalStateException("Invalid SpotJobRunner: " + String.join("; ", all));
            }
            return new SpotJobRunner(new Settings(this));
        }

        private static void daemonThread(Runnable run) {
            Thread thread = new Thread(run, "dlckit-spot-run");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
