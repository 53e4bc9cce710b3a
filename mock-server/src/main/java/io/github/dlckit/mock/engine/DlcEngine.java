package io.github.dlckit.mock.engine;

import io.github.dlckit.mock.engine.access.AccessTokens;
import io.github.dlckit.mock.engine.insight.AccessService;
import io.github.dlckit.mock.engine.insight.JobMetricsService;
import io.github.dlckit.mock.engine.insight.SanityCheckService;
import io.github.dlckit.mock.engine.job.ImmediateResources;
import io.github.dlckit.mock.engine.job.JobLifecycle;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.mock.engine.market.DefaultCatalogue;
import io.github.dlckit.mock.engine.market.MarketSettings;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.mock.engine.spot.EcsSpecCatalogue;
import io.github.dlckit.mock.engine.spot.MarketAdmission;
import io.github.dlckit.mock.engine.spot.SpotAdmission;
import io.github.dlckit.mock.engine.spot.SpotResources;
import io.github.dlckit.mock.engine.ray.RayHistoryServerService;
import io.github.dlckit.mock.engine.signal.SignalService;
import io.github.dlckit.mock.engine.tag.TagService;
import io.github.dlckit.mock.engine.template.JobTemplateService;
import io.github.dlckit.mock.engine.tensorboard.TensorboardService;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.Store;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The mock's domain engine: it owns all state and time (one {@link EventClock}) and every rule, and knows nothing
 * of HTTP. Callers work inside {@link #execute}, which serialises all access, so the HTTP threads, the control API
 * and a wall-clock driver never see half-applied changes.
 */
public final class DlcEngine {

    private final ReentrantLock lock = new ReentrantLock();
    private final EngineSettings initialSettings;
    private volatile EngineConfig config;
    private Context context;

    /** What work inside the engine can use. */
    public static final class Context {
        private final EventClock clock;
        private final Store store = new Store();
        private final Ids ids;
        private final SpotMarket market;
        private final SpotResources spotResources;
        private final JobService jobs;
        private final EcsSpecCatalogue ecsSpecs;
        private final AccessTokens tokens;
        private final TensorboardService tensorboards;
        private final JobTemplateService templates;
        private final RayHistoryServerService rayHistoryServers;
        private final SignalService signals;
        private final TagService tags;
        private final JobMetricsService metrics;
        private final SanityCheckService sanityChecks;
        private final AccessService access;

        private final EngineSettings settings;

        private Context(EngineConfig config, Instant start, EngineSettings settings) {
            this.settings = settings;
            this.clock = new EventClock(start);
            this.ids = new Ids(config.seed());
            this.market = new SpotMarket(clock, config.seed(),
                    MarketSettings.defaults().withAverageWindow(settings.averageWindow()));
            market.queueOrder(settings.queueOrder());
            DefaultCatalogue.install(market, config.region());
            this.spotResources = new SpotResources(market, new ImmediateResources(clock), config.region());
            JobLifecycle lifecycle = new JobLifecycle(clock, spotResources, config.timings(), settings, ids);
            this.jobs = new JobService(clock, store, ids, lifecycle, config.timings());
            jobs.addAdmissionRule(new SpotAdmission(spotResources::offer));
            jobs.addAdmissionRule(new MarketAdmission(spotResources, market, clock));
            this.ecsSpecs = new EcsSpecCatalogue(market, config.region());
            this.tokens = new AccessTokens(clock, config.seed());
            this.tensorboards = new TensorboardService(clock, store, ids, jobs, tokens);
            this.templates = new JobTemplateService(clock, store, ids);
            this.rayHistoryServers = new RayHistoryServerService(clock, store, ids);
            this.signals = new SignalService(clock, store, ids, jobs);
            this.tags = new TagService(jobs);
            this.metrics = new JobMetricsService(clock, jobs, config.seed());
            this.sanityChecks = new SanityCheckService(clock, jobs, settings::sanityCheck);
            this.access = new AccessService(jobs, tensorboards, tokens);
        }

        /** @return the server options that may change while the mock runs (they survive a reset) */
        public EngineSettings settings() {
            return settings;
        }

        /** @return the broker between jobs and the spot market (M32 preemption, M33 bids) */
        public SpotResources spotResources() {
            return spotResources;
        }

        /**
         * Changes server options from now on (PUT /mock/v1/settings): the market re-orders its queue (M6) and
         * re-averages (M3) at once.
         *
         * @param change what to change on the settings
         */
        public void changeSettings(java.util.function.Consumer<EngineSettings> change) {
            java.time.Duration window = settings.averageWindow();
            change.accept(settings);
            market.queueOrder(settings.queueOrder());
            if (!window.equals(settings.averageWindow())) {
                market.averageWindow(settings.averageWindow());
            }
        }

        /** @return the virtual clock and event queue */
        public EventClock clock() {
            return clock;
        }

        /** @return all state, per account and region */
        public Store store() {
            return store;
        }

        /** @return the id source (resource ids, request ids) */
        public Ids ids() {
            return ids;
        }

        /** @return the job operations */
        public JobService jobs() {
            return jobs;
        }

        /** @return the spot market of the served region (pools, prices, billing) */
        public SpotMarket market() {
            return market;
        }

        /** @return the instance types, as ListEcsSpecs shows them */
        public EcsSpecCatalogue ecsSpecs() {
            return ecsSpecs;
        }

        /** @return the TensorBoard operations */
        public TensorboardService tensorboards() {
            return tensorboards;
        }

        /** @return the job template operations */
        public JobTemplateService templates() {
            return templates;
        }

        /** @return the Ray history server operations */
        public RayHistoryServerService rayHistoryServers() {
            return rayHistoryServers;
        }

        /** @return the signals sent to jobs */
        public SignalService signals() {
            return signals;
        }

        /** @return tagging of jobs */
        public TagService tags() {
            return tags;
        }

        /** @return job metrics (GetJobMetrics, GetMetrics) */
        public JobMetricsService metrics() {
            return metrics;
        }

        /** @return sanity check results */
        public SanityCheckService sanityChecks() {
            return sanityChecks;
        }

        /** @return dashboards, web terminals and tokens */
        public AccessService access() {
            return access;
        }
    }

    /** @param config how to start */
    public DlcEngine(EngineConfig config) {
        this(config, defaultSettings(config));
    }

    /**
     * @param config how the engine starts
     * @return the server options' defaults, the lifecycle's timings taken from the configuration
     */
    public static EngineSettings defaultSettings(EngineConfig config) {
        return new EngineSettings().envPreparing(config.timings().envPreparation())
                .sanityCheck(config.timings().sanityCheck());
    }

    /**
     * @param config how to start
     * @param settings the server options that may change while running (kept across resets)
     */
    public DlcEngine(EngineConfig config, EngineSettings settings) {
        this.config = config;
        this.initialSettings = settings.copy();
        this.context = new Context(config, config.start(), settings);
    }

    /** Forgets all state and pending events; the clock keeps its current time. */
    public void reset() {
        lock.lock();
        try {
            context = new Context(config, context.clock().now(), context.settings());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts again from a configuration: all state and pending events forgotten, the clock at its start (a state
     * import or a replay from a state directory rebuilds the state on top).
     *
     * @param newConfig how to start
     */
    public void restart(EngineConfig newConfig) {
        lock.lock();
        try {
            config = newConfig;
            // the server options as at start: a replay's settings commands change them again, in their order
            context = new Context(newConfig, newConfig.start(), initialSettings.copy());
        } finally {
            lock.unlock();
        }
    }

    /** @return a copy of the server options the engine started with (a restart goes back to them) */
    public EngineSettings initialSettings() {
        return initialSettings.copy();
    }

    /** @return the configuration the engine started with */
    public EngineConfig config() {
        return config;
    }

    /**
     * Runs work with exclusive access to the engine, then the events its changes made due at the current instant
     * (a submitted job is admitted, the market settles and allocates at once when it can): time does not move,
     * but nothing waits for the next request to happen.
     *
     * @param work what to do
     * @param <T> its result type
     * @return its result
     */
    public <T> T execute(Function<Context, T> work) {
        lock.lock();
        try {
            T result = work.apply(context);
            context.clock().runDue();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** @return the current virtual time */
    public Instant now() {
        return execute(c -> c.clock().now());
    }
}
