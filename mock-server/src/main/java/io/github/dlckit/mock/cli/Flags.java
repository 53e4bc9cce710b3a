package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.engine.EngineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The standalone mock's flags as picocli declares them: name, value label, default and one line of help each.
 * picocli fills in the raw values (both {@code --x v} and {@code --x=v}); {@link CliOptions} checks and converts
 * them, so every message names the flag the way the mock always has. A flag that may be given once takes its last
 * value.
 */
@Command(customSynopsis = "java -jar dlc-mock-server.jar [options]", sortOptions = false, usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n")
final class Flags {

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "port to listen on; 0 picks a free port (default ${DEFAULT-VALUE})")
    String port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to bind (default ${DEFAULT-VALUE}); one not loopback gets a warning")
    String host;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = EngineConfig.DEFAULT_REGION,
            description = "region served (default ${DEFAULT-VALUE})")
    String region;

    @Option(names = "--access-key", paramLabel = "ID:SECRET[:ACCOUNT[:USER]]", description = "a key the mock "
            + "accepts, repeatable (default testid:testsecret, account 1234567890123456); ACCOUNTs never see "
            + "each other's jobs; only key ids are printed")
    List<String> accessKeys = new ArrayList<>();

    @Option(names = "--sts-key", paramLabel = "ID:SECRET:TOKEN[:ACCOUNT[:USER]]", description = "a temporary key: "
            + "requests also carry TOKEN in x-acs-security-token; never expires; repeat for more; counts as a "
            + "configured key (default: none)")
    List<String> stsKeys = new ArrayList<>();

    @Option(names = "--clock", paramLabel = "virtual|wall", defaultValue = "wall", description = "wall follows "
            + "real time from the start; virtual moves only through the control API (default ${DEFAULT-VALUE})")
    String clock;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of ids and prices: same seed and calls, same history (default ${DEFAULT-VALUE})")
    String seed;

    @Option(names = "--scenario", paramLabel = "FILE", description = "server options, spot pools and traces to "
            + "load at start: JSON {\"Settings\": {...}, \"Pools\": [...], \"Traces\": [...]} in the control API's "
            + "fields; the flags below override its Settings (default: none)")
    String scenario;

    @Option(names = "--start-time", paramLabel = "TIME", description = "the virtual clock's start "
            + "(default: the wall-clock time at start, to the second), RFC 3339 UTC like 2026-11-29T08:00:00Z")
    String startTime;

    @Option(names = "--queue-order", paramLabel = "PriorityFirst|BidFirst",
            description = "how waiting spot jobs are served (M6; default PriorityFirst)")
    String queueOrder;

    @Option(names = "--release-reason-code", paramLabel = "JobFailed|PreemptibleResourceReleased", description =
            "ReasonCode of a preempted job (M10; default JobFailed); a pool's own ReleaseReasonCode overrides it")
    String releaseReasonCode;

    @Option(names = "--average-window-seconds", paramLabel = "N",
            description = "trailing window of a pool's AveragePrice (M3; default 3600)")
    String averageWindowSeconds;

    @Option(names = "--env-preparing-seconds", paramLabel = "N",
            description = "time a job spends in EnvPreparing (M15; default 30)")
    String envPreparingSeconds;

    @Option(names = "--sanity-check-seconds", paramLabel = "N",
            description = "time a job spends in SanityChecking (M26; default 30)")
    String sanityCheckSeconds;

    @Option(names = "--resume-from-checkpoint", description = "restarted jobs resume their command where the last run "
            + "stopped (M12, EasyCkpt; default: from the start)")
    boolean resumeFromCheckpoint;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "keep the state in DIR, synced before each "
            + "answer that changed it; a restart on DIR (after a stop or a crash) has the same jobs, pools, bills, "
            + "ids and clock, and DIR's seed, start and scenario win over the flags (default: in memory only)")
    String stateDir;

    @Option(names = "--admin", description = "serve WireMock's admin API under /__admin (unsigned: anyone who "
            + "reaches the port can read requests and add stubs) with a request journal; its shutdown ends the "
            + "process (default off)")
    boolean admin;

    @Option(names = "--journal-bytes", paramLabel = "N", description = "byte budget of the request journal "
            + "(default 8388608 with --admin, 0 = off without it); bodies kept up to 4096 bytes, refused requests "
            + "never")
    String journalBytes;

    @Option(names = "--lenient-fields", description = "accept (and ignore) request fields the API does not have "
            + "(default off: they are refused naming the nearest known field)")
    boolean lenientFields;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "largest request body; one byte more is a 413 (default ${DEFAULT-VALUE})")
    String maxBodyBytes;

    @Option(names = "--idle-timeout-seconds", paramLabel = "N", defaultValue = "30",
            description = "close connections silent this long, headers included (default ${DEFAULT-VALUE})")
    String idleTimeoutSeconds;

    @Option(names = "--min-body-rate", paramLabel = "N", defaultValue = "1024", description = "refuse bodies "
            + "arriving slower than N bytes/s with 408; 0 = no minimum (default ${DEFAULT-VALUE})")
    String minBodyRate;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "400",
            description = "worker threads, at least 8 (default ${DEFAULT-VALUE})")
    String threads;

    @Option(names = "--max-pods-per-job", paramLabel = "N", defaultValue = "1000",
            description = "pods of one job over all roles (default ${DEFAULT-VALUE})")
    String maxPodsPerJob;

    @Option(names = "--max-roles-per-job", paramLabel = "N", defaultValue = "16",
            description = "roles (JobSpecs) of one job (default ${DEFAULT-VALUE})")
    String maxRolesPerJob;

    @Option(names = "--max-page-size", paramLabel = "N", defaultValue = "100",
            description = "largest PageSize of a list (default ${DEFAULT-VALUE})")
    String maxPageSize;

    @Option(names = "--max-string-chars", paramLabel = "N", defaultValue = "65536",
            description = "longest string value of a request (default ${DEFAULT-VALUE})")
    String maxStringChars;

    @Option(names = "--max-list-items", paramLabel = "N", defaultValue = "1000",
            description = "most items of one JSON array or map (default ${DEFAULT-VALUE})")
    String maxListItems;

    @Option(names = "--max-json-depth", paramLabel = "N", defaultValue = "32",
            description = "deepest nesting of a JSON body (default ${DEFAULT-VALUE})")
    String maxJsonDepth;

    @Option(names = "--no-ui", description = "do not serve the web page at /mock/ui/, a live view of the market, "
            + "jobs and bills with controls (default: served)")
    boolean noUi;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "print the version and exit")
    boolean version;

    /** What the mock is, above the flags. */
    private static final String ABOUT = """

            A local PAI-DLC (API 2020-12-03): every operation, signature checks, per-account state, and the
            preemptible-job rules on a clock. Prints one line "DLC mock listening on http://HOST:PORT" once it
            accepts requests, and "DLC mock web page: http://HOST:PORT/mock/ui/" on standard error; stops cleanly
            on SIGTERM or Ctrl-C (exit status 143 / 130, as the JVM reports a signal).
            """;

    /** The control API and the exit statuses, below the flags. */
    private static final String CONTROL_API = """

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
            API only. Binding an address other than loopback prints a warning: the mock accepts its test keys
            from anyone who reaches the port.

            Exit status: 0 after --help or --version, 2 for a bad option or scenario file, 1 when the server
            cannot start.
            """;

    /** @return a parser of these flags, on a fresh instance that receives the values */
    static CommandLine parser(Flags flags) {
        return new CommandLine(flags)
                .setOverwrittenOptionsAllowed(true) // the last --port wins, as it always has
                .setExpandAtFiles(false);           // an argument starting with @ is a value, never a file to read
    }

    /** @return the help: what the mock is, every flag with its default, the control API, the exit statuses */
    static String usage() {
        CommandLine help = parser(new Flags());
        // Shown as "--port N", the way the flags were always documented; parsing takes both spellings.
        help.getCommandSpec().parser().separator(" ");
        help.setUsageHelpLongOptionsMaxWidth(28);
        help.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, h -> ABOUT);
        help.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, h -> CONTROL_API);
        return help.getUsageMessage(Help.Ansi.OFF);
    }
}
