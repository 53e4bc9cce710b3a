package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.engine.EngineConfig;

import java.nio.file.Path;
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
 * @param webPage whether the web page at {@code /mock/ui/} is served ({@code --no-ui} turns it off)
 */
record CliOptions(int port, String host, String region, List<AccessKey> accessKeys, ClockMode clock, long seed,
                  Path scenario, boolean help, boolean webPage) {

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
              --scenario FILE          spot pools and traces to load at start, JSON:
                                         {"Pools": [ {...}, ... ], "Traces": [ {...}, ... ]}
                                       entries in the control API's PascalCase fields
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
            WireMock's admin API is under /__admin. The web page (/mock/ui/) uses the control API only.

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
        boolean webPage = true;
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
                default -> throw new CliException("unknown option " + quoted(flag));
            }
        }
        return new CliOptions(port, host, region, List.copyOf(keys), clock, seed, scenario, help, webPage);
    }

    private static boolean isValued(String flag) {
        return List.of("--port", "--host", "--region", "--access-key", "--sts-key", "--clock", "--seed", "--scenario").contains(flag);
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
