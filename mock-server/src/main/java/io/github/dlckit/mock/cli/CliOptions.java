package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.api.binding.RequestLimits;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.control.SettingsView;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.market.QueueOrder;
import io.github.dlckit.mock.http.HttpSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The standalone mock's flags, parsed (by picocli, see {@link Flags}) and checked. Each flag takes its value as
 * the next argument or after {@code =} ({@code --port 8089}, {@code --port=8089}).
 *
 * @param port the port, 0 for any free one
 * @param host the address to bind
 * @param region the region served
 * @param accessKeys the keys accepted (empty: {@code testid:testsecret})
 * @param clock how the clock moves
 * @param seed the seed of ids and prices
 * @param scenario a scenario file, or null
 * @param help whether {@code --help} was asked for
 * @param version whether {@code --version} was asked for
 * @param http body limit, deadlines, threads, journal and admin API
 * @param limits how much work one request may ask for
 * @param lenientFields whether unknown request fields are accepted
 * @param stateDir the directory the state survives in, or null
 * @param webPage whether the web page at {@code /mock/ui/} is served ({@code --no-ui} turns it off)
 * @param startTime the virtual time at start, or null for the wall clock's
 * @param settings the server options given as flags (they override the scenario's {@code Settings})
 */
record CliOptions(int port, String host, String region, List<AccessKey> accessKeys, ClockMode clock, long seed,
                  Path scenario, boolean help, boolean version, HttpSettings http, RequestLimits limits,
                  boolean lenientFields, Path stateDir, boolean webPage, Instant startTime, SettingsView settings) {

    /** The help: what the mock is, every flag with its default and what it does, the control API. */
    static final String USAGE = Flags.usage();

    /**
     * Parses the arguments.
     *
     * @param args the command line
     * @return the options
     * @throws CliException naming the bad flag
     */
    static CliOptions parse(String... args) throws CliException {
        Flags flags = new Flags();
        CommandLine parser = Flags.parser(flags);
        refuseValuesOfSwitches(parser.getCommandSpec(), args);
        ParseResult result;
        try {
            result = parser.parseArgs(args);
        } catch (ParameterException e) {
            throw new CliException(UsageErrors.message(e));
        }
        HttpSettings http = HttpSettings.DEFAULTS.withAdminApi(flags.admin)
                .withMaxBodyBytes(intAtLeast("--max-body-bytes", flags.maxBodyBytes, 0))
                .withIdleTimeout(Duration.ofSeconds(intAtLeast("--idle-timeout-seconds", flags.idleTimeoutSeconds, 1)))
                .withMinBodyBytesPerSecond(intAtLeast("--min-body-rate", flags.minBodyRate, 0))
                .withThreads(intAtLeast("--threads", flags.threads, 8));
        // Standalone, the journal only serves the admin API: without it nothing could read it.
        http = http.withJournalBytes(flags.journalBytes != null
                ? bounded("--journal-bytes", flags.journalBytes, 0, Long.MAX_VALUE)
                : http.adminApi() ? HttpSettings.DEFAULTS.journalBytes() : 0);
        RequestLimits limits = RequestLimits.DEFAULTS
                .withMaxPodsPerJob(intAtLeast("--max-pods-per-job", flags.maxPodsPerJob, 1))
                .withMaxRolesPerJob(intAtLeast("--max-roles-per-job", flags.maxRolesPerJob, 1))
                .withMaxPageSize(intAtLeast("--max-page-size", flags.maxPageSize, 1))
                .withMaxStringChars(intAtLeast("--max-string-chars", flags.maxStringChars, 1))
                .withMaxListItems(intAtLeast("--max-list-items", flags.maxListItems, 1))
                .withMaxJsonDepth(intAtLeast("--max-json-depth", flags.maxJsonDepth, 1));
        return new CliOptions(portNumber(flags.port), nonEmpty("--host", flags.host),
                nonEmpty("--region", flags.region), keysInOrder(flags, result), clockMode(flags.clock),
                longNumber("--seed", flags.seed), path("--scenario", flags.scenario), flags.help, flags.version,
                http, limits, flags.lenientFields, path("--state-dir", flags.stateDir), !flags.noUi,
                flags.startTime == null ? null : instant("--start-time", flags.startTime), settings(flags));
    }

    /** {@code --admin=yes} is refused: picocli would take a boolean there, the mock never has. */
    private static void refuseValuesOfSwitches(CommandSpec spec, String... args) throws CliException {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            OptionSpec option = arg.startsWith("--") && eq > 0 ? spec.findOption(arg.substring(0, eq)) : null;
            if (option != null && option.arity().max() == 0) {
                throw new CliException(option.longestName() + " takes no value");
            }
        }
    }

    /** @return the access and STS keys in the order given (the log lists them so) */
    private static List<AccessKey> keysInOrder(Flags flags, ParseResult result) throws CliException {
        Iterator<String> plain = flags.accessKeys.iterator();
        Iterator<String> sts = flags.stsKeys.iterator();
        List<AccessKey> keys = new ArrayList<>();
        for (ArgSpec arg : result.matchedArgs()) {
            String flag = arg instanceof OptionSpec option ? option.longestName() : "";
            if (flag.equals("--access-key")) {
                keys.add(accessKey(flag, plain.next(), AccessKey::parse));
            } else if (flag.equals("--sts-key")) {
                keys.add(accessKey(flag, sts.next(), AccessKey::parseSts));
            }
        }
        return List.copyOf(keys);
    }

    /** @return the server options given as flags, each checked by the engine's own rule */
    private static SettingsView settings(Flags flags) throws CliException {
        SettingsView settings = SettingsView.NONE;
        if (flags.queueOrder != null) {
            settings = settings.overlay(change(0, option("--queue-order", flags.queueOrder,
                    v -> QueueOrder.fromWire(v).wireValue())));
        }
        if (flags.releaseReasonCode != null) {
            settings = settings.overlay(change(1, option("--release-reason-code", flags.releaseReasonCode,
                    v -> EngineSettings.checkReleaseReasonCode("ReleaseReasonCode", v))));
        }
        if (flags.averageWindowSeconds != null) {
            settings = settings.overlay(change(2, bounded("--average-window-seconds", flags.averageWindowSeconds,
                    1, Long.MAX_VALUE)));
        }
        if (flags.envPreparingSeconds != null) {
            settings = settings.overlay(change(3, bounded("--env-preparing-seconds", flags.envPreparingSeconds,
                    0, Long.MAX_VALUE)));
        }
        if (flags.sanityCheckSeconds != null) {
            settings = settings.overlay(change(4, bounded("--sanity-check-seconds", flags.sanityCheckSeconds,
                    0, Long.MAX_VALUE)));
        }
        if (flags.resumeFromCheckpoint) {
            settings = settings.overlay(change(5, true));
        }
        return settings;
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

    private static Path path(String flag, String value) throws CliException {
        return value == null ? null : Path.of(nonEmpty(flag, value));
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
    static String quoted(String text) {
        String line = text.replaceAll("[\\r\\n]", " ");
        return "'" + (line.length() > 40 ? line.substring(0, 37) + "..." : line) + "'";
    }
}
