package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.api.binding.RequestLimits;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.control.SettingsView;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.market.QueueOrder;
import io.github.dlckit.mock.http.HttpSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The standalone mock's flags, parsed. Each flag takes its value as the next argument or after {@code =}
 * ({@code --port 8089}, {@code --port=8089}).
 *
 * @param port the port, 0 for any free one
 * @param host the address to bind
 * @param region the region served
 * @param accessKeys the keys accepted (empty: {@code testid:testsecret})
 * @param clock how the clock moves
 * @param seed the seed of ids and prices
 * @param scenario a scenario file, or null
 * @param help whether {@code --help} was asked for
 * @param http body limit, deadlines, threads, journal and admin API
 * @param limits how much work one request may ask for
 * @param lenientFields whether unknown request fields are accepted
 * @param stateDir the directory the state survives in, or null
 * @param webPage whether the web page at {@code /mock/ui/} is served ({@code --no-ui} turns it off)
 * @param startTime the virtual time at start, or null for the wall clock's
 * @param settings the server options given as flags (they override the scenario's {@code Settings})
 */
record CliOptions(int port, String host, String region, List<AccessKey> accessKeys, ClockMode clock, long seed,
                  Path scenario, boolean help, HttpSettings http, RequestLimits limits, boolean lenientFields,
                  Path stateDir, boolean webPage, Instant startTime, SettingsView settings) {

    static final String USAGE = """
            Usage: java -jar dlc-mock-server.jar [options]

            A local PAI-DLC (API 2020-12-03): every operation, signature checks, per-account state, and the
            preemptible-job rules on a clock. Prints one line "DLC mock listening on http://HOST:PORT" once it
            accepts requests, and "DLC mock web page: http://HOST:PORT/mock/ui/" on standard error; stops cleanly on SIGTERM or Ctrl-C (exit status 143 / 130, as the JVM reports a
            signal).

            Options:
              --port N                 port to listen on; 0 picks a free port (default 0)
              --host ADDRESS           address to bind (default 127.0.0.1)
              --region REGION          region served (default cn-wulanchabu)
              --access-key ID:SECRET[:ACCOUNT[:USER]]
                                       an access key the mock accepts; repeat for more. Keys of different
                                       ACCOUNTs never see each other's jobs. Default: testid:testsecret
                                       (account 1234567890123456). Only key ids are ever printed.
              --sts-key ID:SECRET:TOKEN[:ACCOUNT[:USER]]
                                       a temporary (STS) key: requests must also carry TOKEN in
                                       x-acs-security-token; never expires; repeat for more. Counts as
                                       a configured key (the default key is then not added)
              --clock virtual|wall     wall (default): the clock follows real time from the start;
                                       virtual: it moves only through the control API
              --seed N                 seed of ids and prices: same seed and calls, same history (default 1)
              --scenario FILE          server options, spot pools and traces to load at start, JSON:
                                         {"Settings": {...}, "Pools": [ {...}, ... ], "Traces": [ {...}, ... ]}
                                       entries in the control API's PascalCase fields; the flags below
                                       override the scenario's Settings
              --start-time TIME        the virtual clock's start, RFC 3339 UTC such as 2026-11-29T08:00:00Z
                                       (default: the wall-clock time at start, to the second)
              --queue-order PriorityFirst|BidFirst
                                       how waiting spot jobs are served (M6; default PriorityFirst)
              --release-reason-code JobFailed|PreemptibleResourceReleased
                                       ReasonCode of a preempted job (M10; default JobFailed); a pool's
                                       own ReleaseReasonCode overrides it
              --average-window-seconds N
                                       trailing window of a pool's AveragePrice (M3; default 3600)
              --env-preparing-seconds N
                                       time a job spends in EnvPreparing (M15; default 30)
              --sanity-check-seconds N time a job spends in SanityChecking (M26; default 30)
              --resume-from-checkpoint restarted jobs resume their command where the last run stopped
                                       (M12, EasyCkpt; default: from the start)
              --state-dir DIR          keep the state in DIR: every call that changes it is synced there
                                       before its answer leaves; a restart on DIR (after a stop or a crash)
                                       has the same jobs, pools, bills, ids and clock. DIR's stored seed,
                                       start and scenario win over --seed and --scenario. On the wall
                                       clock, the time since the stop passes at start
              --admin                  serve WireMock's admin API under /__admin (unsigned: anyone who
                                       reaches the port can read requests and add stubs) and keep a
                                       request journal for it; its shutdown ends the process. Default: off
              --journal-bytes N        byte budget of the request journal (default 8388608 with --admin,
                                       0 = off without it); bodies are kept up to 4096 bytes, refused
                                       requests never
              --lenient-fields         accept (and ignore) request fields the API does not have; by default
                                       they are refused naming the nearest known field
              --max-body-bytes N       largest request body (default 1048576); one byte more is a 413
              --idle-timeout-seconds N close connections silent this long, headers included (default 30)
              --min-body-rate N        refuse bodies arriving slower than N bytes/s with 408 (default 1024;
                                       0 = no minimum)
              --threads N              worker threads (default 400, at least 8)
              --max-pods-per-job N     pods of one job over all roles (default 1000)
              --max-roles-per-job N    roles (JobSpecs) of one job (default 16)
              --max-page-size N        largest PageSize of a list (default 100)
              --max-string-chars N     longest string value of a request (default 65536)
              --max-list-items N       most items of one JSON array or map (default 1000)
              --max-json-depth N       deepest nesting of a JSON body (default 32)
              --no-ui                  do not serve the web page at /mock/ui/ (a live view of the market,
                                       jobs and bills, with controls; on by default)
              -h, --help               show this help

            Control API (unsigned JSON, under /mock/v1):
              GET  /mock/v1/clock                      -> {"Now": "2026-11-29T00:00:00Z"}
              POST /mock/v1/clock/advance {"Seconds": N} runs every event up to the new time -> {"Now": ...}
              POST /mock/v1/reset                      forgets all jobs, restores the default pools; the
                                                       clock keeps its time
              GET  /mock/v1/pools                      -> {"Pools": [{"EcsSpec", "Capacity", "MarketPrice", ...}]}
              PUT  /mock/v1/pools/{EcsSpec} {...}      change (or create) a pool now; setting a price pins it
              POST /mock/v1/pools/{EcsSpec}/trace {"Points": [{"AfterSeconds", "MarketPrice", ...}]}
              GET  /mock/v1/billing?JobId=ID           -> {"Records": [...], "Total": CNY}
              GET  /mock/v1/settings; PUT /mock/v1/settings {...}  the server options above, changeable while
                                                       running (Seed, Clock, StartTime, Region fixed)
              POST /mock/v1/faults {"Operation", "Mode": Refuse|ResponseLost|Delay|Reset, "Status", "Code",
                                    "DelaySeconds", "Times", "AccessKeyId"} -> the fault with its FaultId
              GET  /mock/v1/faults; DELETE /mock/v1/faults; DELETE /mock/v1/faults/{FaultId}
              GET  /mock/v1/requests?Operation=&AccessKeyId=&Since=&Limit= -> {"Requests": [...]}
              DELETE /mock/v1/requests                 clears the journal
              GET  /mock/v1/state                      -> the whole state as one JSON document
              PUT  /mock/v1/state {...}                loads such a document
            WireMock's admin API (/__admin) is off unless --admin. The web page (/mock/ui/) uses the control
            API only. Binding an address other than loopback
            prints a warning: the mock accepts its test keys from anyone who reaches the port.

            Exit status: 0 after --help, 2 for a bad option or scenario file, 1 when the server cannot start.
            """;

    /**
     * Parses the arguments.
     *
     * @param args the command line
     * @return the options
     * @throws CliException naming the bad flag
     */
    static CliOptions parse(String... args) throws CliException {
        int port = 0;
        String host = "127.0.0.1";
        String region = EngineConfig.DEFAULT_REGION;
        List<AccessKey> keys = new ArrayList<>();
        ClockMode clock = ClockMode.WALL;
        long seed = 1L;
        Path scenario = null;
        boolean help = false;
        Path stateDir = null;
        HttpSettings http = HttpSettings.DEFAULTS;
        RequestLimits limits = RequestLimits.DEFAULTS;
        boolean lenientFields = false;
        Long journalBytes = null;
        boolean webPage = true;
        Instant startTime = null;
        SettingsView settings = SettingsView.NONE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            boolean inline = arg.startsWith("--") && eq > 0;
            String flag = inline ? arg.substring(0, eq) : arg;
            if (flag.equals("-h") || flag.equals("--help")) {
                help = true;
                continue;
            }
            if (flag.equals("--no-ui") && !inline) {
                webPage = false;
                continue;
            }
            if (flag.equals("--admin") || flag.equals("--lenient-fields") || flag.equals("--resume-from-checkpoint")) {
                if (inline) {
                    throw new CliException(flag + " takes no value");
                }
                http = flag.equals("--admin") ? http.withAdminApi(true) : http;
                lenientFields |= flag.equals("--lenient-fields");
                if (flag.equals("--resume-from-checkpoint")) {
                    settings = settings.overlay(change(5, true));
                }
                continue;
            }
            String value;
            if (inline) {
                value = arg.substring(eq + 1);
            } else if (isValued(flag) && i + 1 < args.length) {
                value = args[++i];
            } else if (isValued(flag)) {
                throw new CliException(flag + " needs a value");
            } else {
                throw new CliException("unknown option " + quoted(flag));
            }
            switch (flag) {
                case "--port" -> port = portNumber(value);
                case "--host" -> host = nonEmpty(flag, value);
                case "--region" -> region = nonEmpty(flag, value);
                case "--access-key" -> keys.add(accessKey(flag, value, AccessKey::parse));
                case "--sts-key" -> keys.add(accessKey(flag, value, AccessKey::parseSts));
                case "--clock" -> clock = clockMode(value);
                case "--seed" -> seed = longNumber(flag, value);
                case "--scenario" -> scenario = Path.of(nonEmpty(flag, value));
                case "--state-dir" -> stateDir = Path.of(nonEmpty(flag, value));
                case "--start-time" -> startTime = instant(flag, value);
                case "--queue-order" -> settings = settings.overlay(change(0, option(flag, value,
                        v -> QueueOrder.fromWire(v).wireValue())));
                case "--release-reason-code" -> settings = settings.overlay(change(1, option(flag, value,
                        v -> EngineSettings.checkReleaseReasonCode("ReleaseReasonCode", v))));
                case "--average-window-seconds" -> settings = settings.overlay(change(2,
                        bounded(flag, value, 1, Long.MAX_VALUE)));
                case "--env-preparing-seconds" -> settings = settings.overlay(change(3,
                        bounded(flag, value, 0, Long.MAX_VALUE)));
                case "--sanity-check-seconds" -> settings = settings.overlay(change(4,
                        bounded(flag, value, 0, Long.MAX_VALUE)));
                case "--journal-bytes" -> journalBytes = bounded(flag, value, 0, Long.MAX_VALUE);
                case "--max-body-bytes" -> http = http.withMaxBodyBytes(intAtLeast(flag, value, 0));
                case "--idle-timeout-seconds" -> http = http.withIdleTimeout(Duration.ofSeconds(intAtLeast(flag, value, 1)));
                case "--min-body-rate" -> http = http.withMinBodyBytesPerSecond(intAtLeast(flag, value, 0));
                case "--threads" -> http = http.withThreads(intAtLeast(flag, value, 8));
                case "--max-pods-per-job" -> limits = limits.withMaxPodsPerJob(intAtLeast(flag, value, 1));
                case "--max-roles-per-job" -> limits = limits.withMaxRolesPerJob(intAtLeast(flag, value, 1));
                case "--max-page-size" -> limits = limits.withMaxPageSize(intAtLeast(flag, value, 1));
                case "--max-string-chars" -> limits = limits.withMaxStringChars(intAtLeast(flag, value, 1));
                case "--max-list-items" -> limits = limits.withMaxListItems(intAtLeast(flag, value, 1));
                case "--max-json-depth" -> limits = limits.withMaxJsonDepth(intAtLeast(flag, value, 1));
                default -> throw new CliException("unknown option " + quoted(flag));
            }
        }
        // Standalone, the journal only serves the admin API: without it nothing could read it.
        http = http.withJournalBytes(journalBytes != null ? journalBytes
                : http.adminApi() ? HttpSettings.DEFAULTS.journalBytes() : 0);
        return new CliOptions(port, host, region, List.copyOf(keys), clock, seed, scenario, help, http, limits,
                lenientFields, stateDir, webPage, startTime, settings);
    }

    /** @return a settings change of one field, by its position in {@link SettingsView} */
    private static SettingsView change(int field, Object value) {
        Object[] fields = new Object[10];
        fields[field] = value;
        return new SettingsView((String) fields[0], (String) fields[1], (Long) fields[2], (Long) fields[3],
                (Long) fields[4], (Boolean) fields[5], null, null, null, null);
    }

    private static Instant instant(String flag, String value) throws CliException {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliException(flag + " expects an RFC 3339 UTC time such as 2026-11-29T08:00:00Z, got "
                    + quoted(value));
        }
    }

    /** Checks a named value with the engine's own rule, the message naming the flag. */
    private static String option(String flag, String value, Function<String, String> check) throws CliException {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CliException(flag + " " + e.getMessage().substring(e.getMessage().indexOf(':') + 1).trim());
        }
    }

    private static boolean isValued(String flag) {
        return VALUED.contains(flag);
    }

    private static final List<String> VALUED = List.of("--port", "--host", "--region", "--access-key", "--sts-key",
            "--clock", "--seed", "--scenario", "--state-dir", "--start-time", "--queue-order",
            "--release-reason-code", "--average-window-seconds", "--env-preparing-seconds", "--sanity-check-seconds", "--journal-bytes", "--max-body-bytes", "--idle-timeout-seconds",
            "--min-body-rate", "--threads", "--max-pods-per-job", "--max-roles-per-job", "--max-page-size",
            "--max-string-chars", "--max-list-items", "--max-json-depth");

    private static int intAtLeast(String flag, String value, int min) throws CliException {
        return (int) bounded(flag, value, min, Integer.MAX_VALUE);
    }

    private static long bounded(String flag, String value, long min, long max) throws CliException {
        long number = longNumber(flag, value);
        if (number < min || number > max) {
            throw new CliException(flag + " must be " + min + " to " + max + ", got " + number);
        }
        return number;
    }

    private static int portNumber(String value) throws CliException {
        long port = longNumber("--port", value);
        if (port < 0 || port > 65535) {
            throw new CliException("--port must be 0 to 65535, got " + port);
        }
        return (int) port;
    }

    private static long longNumber(String flag, String value) throws CliException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CliException(flag + " expects a whole number, got " + quoted(value));
        }
    }

    private static ClockMode clockMode(String value) throws CliException {
        try {
            return ClockMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CliException("--clock " + e.getMessage());
        }
    }

    private static AccessKey accessKey(String flag, String value, Function<String, AccessKey> parser)
            throws CliException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CliException(flag + " " + e.getMessage());
        }
    }

    private static String nonEmpty(String flag, String value) throws CliException {
        if (value.isBlank()) {
            throw new CliException(flag + " needs a value");
        }
        return value;
    }

    /** Values are shown cut short, on one line. */
    private static String quoted(String text) {
        String line = text.replaceAll("[\\r\\n]", " ");
        return "'" + (line.length() > 40 ? line.substring(0, 37) + "..." : line) + "'";
    }
}
