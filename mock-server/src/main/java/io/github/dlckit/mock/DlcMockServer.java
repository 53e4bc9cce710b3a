package io.github.dlckit.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.dlckit.mock.api.OperationHandlers;
import io.github.dlckit.mock.api.binding.RequestBinder;
import io.github.dlckit.mock.api.binding.RequestLimits;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.auth.KeyRegistry;
import io.github.dlckit.mock.auth.SignatureVerifier;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.clock.ClockPacing;
import io.github.dlckit.mock.clock.WallClockPacing;
import io.github.dlckit.mock.clock.WallClockTicker;
import io.github.dlckit.mock.control.EmbeddedMockControl;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.Scenario;
import io.github.dlckit.mock.control.SettingsView;
import io.github.dlckit.mock.control.ScenarioHook;
import io.github.dlckit.mock.control.TestTools;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.market.QueueOrder;
import io.github.dlckit.mock.fault.Faults;
import io.github.dlckit.mock.journal.RequestJournal;
import io.github.dlckit.mock.persist.CommandLog;
import io.github.dlckit.mock.persist.StateHeader;
import io.github.dlckit.mock.engine.job.JobTimings;
import io.github.dlckit.mock.http.ApiDispatcher;
import io.github.dlckit.mock.http.ControlRoutes;
import io.github.dlckit.mock.http.DlcJetty;
import io.github.dlckit.mock.http.HttpSettings;
import io.github.dlckit.mock.http.WebPage;
import io.github.dlckit.mock.http.WireMockSetup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.Optional;

/**
 * A local PAI-DLC (API 2020-12-03) in this JVM: every operation with the vendor's response shapes, signature
 * checks (ACS3-HMAC-SHA256 and ROA HMAC-SHA1, optionally STS), per-account state, and the job rules on a virtual
 * clock. Underneath is a {@link WireMockServer}: add your own stubs on top of the API (a 503 on one call, a dropped
 * connection) and verify what your client sent with WireMock's request journal.
 *
 * <pre>{@code
 * try (DlcMockServer mock = DlcMockServer.builder().seed(7).start()) {
 *     // point a client at mock.baseUrl(), signing with mock.accessKeyId() / mock.accessKeySecret()
 *     mock.control().advance(Duration.ofMinutes(5));   // run every event of the next five minutes
 * }
 * }</pre>
 *
 * <p>Layers: HTTP (WireMock: signature filter, catch-all stub → dispatcher) → handlers (binding, shape checks)
 * → engine (state, rules, time) → store. Requests are serialised inside the engine, so the server is safe to call
 * from many threads. Gzip is off (the API's answers are small and compressing them costs more than it saves).
 * WireMock's request journal is bounded by bytes ({@link HttpSettings#journalBytes()}, refused requests never kept);
 * its admin API is not served over HTTP unless {@link Builder#adminApi(boolean) asked for} (use {@link #wireMock()}
 * in-process); stub files on disk are never loaded. Every request is bounded: {@link HttpSettings} (body size,
 * deadlines) and {@link RequestLimits} (pods, roles, page sizes, strings).
 */
public final class DlcMockServer implements AutoCloseable {

    /** The default access key id. */
    public static final String DEFAULT_ACCESS_KEY_ID = "testid";
    /** The default access key secret (a test value, printed nowhere). */
    public static final String DEFAULT_ACCESS_KEY_SECRET = "testsecret";

    private static final Duration WALL_CLOCK_TICK = Duration.ofMillis(200);

    private final WireMockServer wireMock;
    private final DlcEngine engine;
    private final MockControl control;
    private final KeyRegistry keys;
    private final ClockMode clockMode;
    private final String host;
    private final int port;
    private final WallClockTicker ticker;
    private final CommandLog log;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final boolean webPage;

    private DlcMockServer(Builder b) {
        this.log = openLog(b);
        EngineConfig config = log.header().config(JobTimings.defaults());
        EngineSettings settings;
        try {
            settings = startSettings(config, log, b.settings);
        } catch (IllegalArgumentException e) {
            log.close();
            throw e;
        }
        this.engine = new DlcEngine(config, settings);
        this.keys = new KeyRegistry(b.accessKeys.isEmpty()
                ? List.of(AccessKey.of(DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET)) : b.accessKeys);
        this.clockMode = b.clockMode;
        this.host = b.host;
        ClockPacing pacing = b.clockMode == ClockMode.WALL ? new WallClockPacing(b.wallClock) : ClockPacing.VIRTUAL;
        SignatureVerifier verifier = new SignatureVerifier(keys, b.wallClock, SignatureVerifier.DEFAULT_SKEW_WINDOW);
        Faults faults = new Faults();
        RequestJournal journal = new RequestJournal(RequestJournal.DEFAULT_CAPACITY);
        ApiDispatcher dispatcher = new ApiDispatcher(engine, b.handlers, verifier, keys, b.region, pacing,
                b.http.maxBodyBytes(), RequestBinder.of(b.limits, b.lenientFields), faults, journal, log);
        EmbeddedMockControl embedded = new EmbeddedMockControl(engine, pacing, b.clockMode,
                new TestTools(faults, journal, log, b.scenarioHook, dispatcher));
        this.control = embedded;
        try {
            embedded.replayStoredState(); // the header's scenario, then every stored command
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        if (b.clockMode == ClockMode.WALL) {
            catchUpSinceStop(b.wallClock);
        }
        this.webPage = b.webPage;
        ControlRoutes controlRoutes = new ControlRoutes(control, dispatcher::newRequestId);
        WireMockSetup setup = new WireMockSetup(dispatcher, controlRoutes,
                new WebPage(b.webPage, controlRoutes::describe, dispatcher::newRequestId));
        WireMockConfiguration options = WireMockSetup.options(b.http)
                .bindAddress(b.host)
                .httpServerFactory(new DlcJetty(b.http, faults, dispatcher::newRequestId, setup.shortcut()))
                .extensions(setup.extensions());
        this.wireMock = new WireMockServer(b.port == 0 ? options.dynamicPort() : options.port(b.port)) {
            @Override
            public void stop() { // also the end of the admin API's shutdown: the standalone process ends with it
                super.stop();
                stopped.countDown();
            }
        };
        wireMock.start();
        this.port = wireMock.port();
        setup.install(wireMock);
        this.ticker = b.clockMode == ClockMode.WALL ? new WallClockTicker(engine, pacing, WALL_CLOCK_TICK) : null;
    }

    /**
     * The server options at start: the defaults, then the (stored) scenario's {@code Settings}, then the builder's
     * values, which win; changes made while running come from the log's commands.
     */
    private static EngineSettings startSettings(EngineConfig config, CommandLog log, SettingsView overrides) {
        return Scenario.fromJson(log.header().scenario()).settings().overlay(overrides)
                .applyTo(DlcEngine.defaultSettings(config));
    }

    /** The state directory's log (its header wins over the builder's seed, start time and scenario), or memory. */
    private static CommandLog openLog(Builder b) {
        StateHeader fresh = new StateHeader(b.seed, b.region, b.startTime != null ? b.startTime
                : b.wallClock.instant().truncatedTo(ChronoUnit.SECONDS), b.scenario.toJson());
        if (b.stateDir == null) {
            return CommandLog.inMemory(fresh, b.wallClock);
        }
        CommandLog opened = CommandLog.open(b.stateDir, fresh, b.wallClock, System.err);
        if (!opened.header().region().equals(b.region)) {
            opened.close();
            throw new IllegalStateException("state dir " + b.stateDir + " holds the state of region "
                    + opened.header().region() + ", not " + b.region);
        }
        return opened;
    }

    /** On the wall clock, the time since the last stored call passes at start, as if the mock had kept running. */
    private void catchUpSinceStop(Clock wall) {
        log.lastWallTime().ifPresent(last -> {
            Duration stopped = Duration.between(last, wall.instant());
            if (!stopped.isNegative()) {
                engine.execute(context -> context.clock().advanceBy(stopped));
            }
        });
    }

    /** @return a builder with the defaults: 127.0.0.1, any free port, cn-wulanchabu, testid:testsecret, virtual clock */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the URL to point clients at, e.g. {@code http://127.0.0.1:43121} */
    public String baseUrl() {
        String urlHost = switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return "http://" + urlHost + ":" + port();
    }

    /** @return the web page's URL ({@code baseUrl() + "/mock/ui/"}), or empty when it is off */
    public Optional<String> webPageUrl() {
        return webPage ? Optional.of(baseUrl() + WebPage.PREFIX + "/") : Optional.empty();
    }

    /** @return the port the server listens on (the actual one when started with port 0) */
    public int port() {
        return port;
    }

    /** @return the address the server is bound to */
    public String host() {
        return host;
    }

    /** @return the region the mock serves (callers get this region's state) */
    public String region() {
        return engine.config().region();
    }

    /** @return the underlying WireMock server: add stubs over the API, verify requests, inspect the journal */
    public WireMockServer wireMock() {
        return wireMock;
    }

    /** @return the control API (clock, reset; the spot market once connected), acting directly on the engine */
    public MockControl control() {
        return control;
    }

    /** @return the domain engine, for tests that look at state directly (use {@link DlcEngine#execute}) */
    public DlcEngine engine() {
        return engine;
    }

    /** @return how the clock moves */
    public ClockMode clockMode() {
        return clockMode;
    }

    /** @return the id of the first (default) access key */
    public String accessKeyId() {
        return keys.defaultKey().id();
    }

    /** @return the secret of the first (default) access key, to configure a test client; never print it */
    public String accessKeySecret() {
        return keys.defaultKey().secret();
    }

    /** @return every access key the mock accepts, in the order given */
    public List<AccessKey> accessKeys() {
        return keys.all();
    }

    /**
     * Waits until the server is stopped, by {@link #close()} or by the admin API's shutdown.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server and the wall-clock thread. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
        }
        wireMock.stop();
        log.close();
        stopped.countDown();
    }

    @Override
    public String toString() {
        return "DlcMockServer{" + baseUrl() + ", region=" + region() + ", clock=" + clockMode + ", keys="
                + keys.all().stream().map(AccessKey::id).toList() + "}";
    }

    /**
     * Configures and starts a {@link DlcMockServer}. Every option has a default; {@link #start()} returns a server
     * that already accepts requests.
     */
    public static final class Builder {
        private int port;
        private String host = "127.0.0.1";
        private String region = EngineConfig.DEFAULT_REGION;
        private final List<AccessKey> accessKeys = new ArrayList<>();
        private ClockMode clockMode = ClockMode.VIRTUAL;
        private long seed = 1L;
        private Instant startTime;
        private Clock wallClock = Clock.systemUTC();
        private Scenario scenario = Scenario.EMPTY;
        private SettingsView settings = SettingsView.NONE;
        private ScenarioHook scenarioHook = ScenarioHook.standard();
        private OperationHandlers handlers = OperationHandlers.standard();
        private Path stateDir;
        private HttpSettings http = HttpSettings.DEFAULTS;
        private RequestLimits limits = RequestLimits.DEFAULTS;
        private boolean lenientFields;
        private boolean webPage = true;

        private Builder() {
        }

        /**
         * @param webPage whether to serve the web page at {@code /mock/ui/} (default true): a live view of the
         *                spot market, jobs and bills, steered through the control API
         * @return this builder
         */
        public Builder webPage(boolean webPage) {
            this.webPage = webPage;
            return this;
        }

        /**
         * @param port the port to listen on; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param host the address to bind, default {@code 127.0.0.1}
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * @param region the region served, default {@code cn-wulanchabu}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Adds an access key of the default account (user id = key id). Without any, the mock accepts
         * {@code testid:testsecret}.
         *
         * @param id the AccessKey ID
         * @param secret the secret
         * @return this builder
         */
        public Builder accessKey(String id, String secret) {
            return accessKey(AccessKey.of(id, secret));
        }

        /**
         * Adds an access key of a given account: keys of different accounts never see each other's jobs.
         *
         * @param id the AccessKey ID
         * @param secret the secret
         * @param accountId the account it belongs to
         * @param userId the user within the account
         * @return this builder
         */
        public Builder accessKey(String id, String secret, String accountId, String userId) {
            return accessKey(AccessKey.of(id, secret, accountId, userId));
        }

        /**
         * Adds an access key, long-lived or temporary ({@link AccessKey#sts}).
         *
         * @param key the key
         * @return this builder
         */
        public Builder accessKey(AccessKey key) {
            accessKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * @param clockMode {@link ClockMode#VIRTUAL} (default: time moves only through {@link #control()}) or
         *                  {@link ClockMode#WALL} (paced by real time)
         * @return this builder
         */
        public Builder clockMode(ClockMode clockMode) {
            this.clockMode = Objects.requireNonNull(clockMode, "clockMode");
            return this;
        }

        /**
         * @param seed the seed of every random source (ids, prices): same seed and calls, same history (default 1)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param order M6's queue order (default {@code PRIORITY_FIRST}); overrides a scenario's {@code Settings}
         * @return this builder
         */
        public Builder queueOrder(QueueOrder order) {
            return settings(new SettingsView(order.wireValue(), null, null, null, null, null, null, null, null, null));
        }

        /**
         * @param code M10's reason code of a release, {@code JobFailed} (default) or
         *        {@code PreemptibleResourceReleased}; a pool's own value overrides it
         * @return this builder
         */
        public Builder releaseReasonCode(String code) {
            return settings(SettingsView.releaseReasonCode(Objects.requireNonNull(code, "releaseReasonCode")));
        }

        /**
         * @param seconds M3's trailing window of the average price (default 3600)
         * @return this builder
         */
        public Builder averageWindowSeconds(long seconds) {
            return settings(new SettingsView(null, null, seconds, null, null, null, null, null, null, null));
        }

        /**
         * @param seconds M15's time in EnvPreparing (default 30)
         * @return this builder
         */
        public Builder envPreparingSeconds(long seconds) {
            return settings(new SettingsView(null, null, null, seconds, null, null, null, null, null, null));
        }

        /**
         * @param seconds M26's time in SanityChecking (default 30)
         * @return this builder
         */
        public Builder sanityCheckSeconds(long seconds) {
            return settings(new SettingsView(null, null, null, null, seconds, null, null, null, null, null));
        }

        /**
         * @param resume M12's option (default false): a restarted job resumes its command where the last run stopped
         * @return this builder
         */
        public Builder resumeFromCheckpoint(boolean resume) {
            return settings(new SettingsView(null, null, null, null, null, resume, null, null, null, null));
        }

        /**
         * @param change server options as {@code PUT /mock/v1/settings} takes them; the fields it sets override
         *        earlier builder calls and the scenario's {@code Settings}
         * @return this builder
         */
        public Builder settings(SettingsView change) {
            this.settings = this.settings.overlay(Objects.requireNonNull(change, "settings"));
            return this;
        }

        /**
         * @param startTime the virtual time at start; default: the wall clock's time, to the second
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = Objects.requireNonNull(startTime, "startTime");
            return this;
        }

        /**
         * The real clock: signature dates are checked against it (15-minute window) and wall-clock mode follows
         * it. Tests replaying captured requests pin it; everyone else keeps the default system clock.
         *
         * @param wallClock the clock
         * @return this builder
         */
        public Builder wallClock(Clock wallClock) {
            this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
            return this;
        }

        /**
         * @param scenario spot pools and traces to load before the first request
         * @return this builder
         */
        public Builder scenario(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
            return this;
        }

        /**
         * @param scenarioHook how a scenario is loaded into the engine (the market's loader once connected)
         * @return this builder
         */
        public Builder scenarioHook(ScenarioHook scenarioHook) {
            this.scenarioHook = Objects.requireNonNull(scenarioHook, "scenarioHook");
            return this;
        }

        /**
         * @param handlers the operations served; default {@link OperationHandlers#standard()}
         * @return this builder
         */
        public Builder operationHandlers(OperationHandlers handlers) {
            this.handlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * Keeps the state in a directory: every call that changes it (API or control) is written there and synced
         * before its answer leaves, and a server started on the same directory — after a clean stop or a crash —
         * has the same jobs, pools, bills, ids and virtual time. The directory's stored seed, start time and
         * scenario then win over this builder's. On the wall clock the time since the stop passes at start.
         *
         * @param stateDir the directory (created when absent); one server at a time
         * @return this builder
         */
        public Builder stateDir(Path stateDir) {
            this.stateDir = Objects.requireNonNull(stateDir, "stateDir");
            return this;
        }

        /**
         * @param http the body limit, deadlines, threads, journal budget and admin API ({@link HttpSettings#DEFAULTS})
         * @return this builder
         */
        public Builder http(HttpSettings http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /**
         * @param adminApi true to serve WireMock's admin API ({@code /__admin}) over HTTP; default false (the
         *                 in-process {@link DlcMockServer#wireMock()} works either way)
         * @return this builder
         */
        public Builder adminApi(boolean adminApi) {
            this.http = http.withAdminApi(adminApi);
            return this;
        }

        /**
         * @param maxBodyBytes the largest request body, default 1 MiB; one byte more is a 413
         * @return this builder
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.http = http.withMaxBodyBytes(maxBodyBytes);
            return this;
        }

        /**
         * @param journalBytes the byte budget of WireMock's request journal, default 8 MiB; 0 turns it off
         * @return this builder
         */
        public Builder journalBytes(long journalBytes) {
            this.http = http.withJournalBytes(journalBytes);
            return this;
        }

        /**
         * @param limits how much work one request may ask for ({@link RequestLimits#DEFAULTS})
         * @return this builder
         */
        public Builder limits(RequestLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @param lenientFields true to accept (and ignore) request fields the API does not have; by default they
         *                      are refused with the nearest known field named
         * @return this builder
         */
        public Builder lenientFields(boolean lenientFields) {
            this.lenientFields = lenientFields;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return a server that accepts requests
         */
        public DlcMockServer start() {
            return new DlcMockServer(this);
        }
    }
}
