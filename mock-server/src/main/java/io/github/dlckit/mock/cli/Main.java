package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.control.Scenario;
import io.github.dlckit.mock.engine.EngineSettings;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The standalone mock: {@code java -jar dlc-mock-server.jar [options]} (see {@code --help} or
 * {@link CliOptions#USAGE}). Prints exactly one line on standard output, {@code DLC mock listening on
 * http://HOST:PORT}, once requests are accepted; logs, and the web page's address, go to standard error. A
 * shutdown hook stops the server on SIGTERM/SIGINT, so the process then exits with the JVM's signal status (143
 * for SIGTERM).
 */
public final class Main {

    /** Exit status for a bad option or value, a bad scenario file or a refused option. */
    static final int USAGE_ERROR = 2;
    /** Exit status when the server cannot start (e.g. the port is taken). */
    static final int START_FAILURE = 1;

    private Main() {
    }

    /**
     * Runs the mock until the process is stopped.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        quietLogsByDefault();
        PrintStream out = System.out;
        PrintStream err = System.err;
        CliOptions options;
        Scenario scenario;
        try {
            options = CliOptions.parse(args);
            if (options.help()) {
                out.print(CliOptions.USAGE);
                out.flush();
                return;
            }
            if (options.version()) {
                out.println(versionLine());
                out.flush();
                return;
            }
            scenario = options.scenario() == null ? Scenario.EMPTY : Scenario.read(options.scenario());
            // a refused server option is a usage error, not a failed start
            options.settings().applyTo(new EngineSettings());
        } catch (CliException | IllegalArgumentException e) {
            err.println("dlc-mock: " + e.getMessage() + " (see --help)");
            System.exit(USAGE_ERROR);
            return;
        }

        DlcMockServer server;
        try {
            server = builder(options, scenario).start();
        } catch (RuntimeException e) {
            err.println("dlc-mock: cannot start on " + options.host() + ":" + options.port() + ": " + e.getMessage());
            System.exit(START_FAILURE);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dlc-mock-shutdown"));
        exposureWarning(options).ifPresent(err::println);
        LoggerFactory.getLogger(Main.class).info("region {}, {} clock, access keys {}", server.region(),
                server.clockMode(), server.accessKeys().stream().map(AccessKey::id).toList());
        String address = "http://" + (options.host().contains(":") ? "[" + options.host() + "]" : options.host())
                + ":" + server.port();
        out.println("DLC mock listening on " + address);
        out.flush();
        if (options.webPage()) {
            err.println("DLC mock web page: " + address + "/mock/ui/");
            err.flush();
        }
        try {
            server.awaitStop(); // SIGTERM, or the admin API's shutdown: the process ends either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0);
    }

    /** @return what {@code --version} prints: {@code dlc-mock-server VERSION} */
    static String versionLine() {
        return "dlc-mock-server " + BuildVersion.current();
    }

    /**
     * @param options the parsed flags
     * @param scenario the scenario file's content
     * @return the server the flags describe, not yet started
     */
    static DlcMockServer.Builder builder(CliOptions options, Scenario scenario) {
        DlcMockServer.Builder builder = DlcMockServer.builder().port(options.port()).host(options.host())
                .region(options.region()).clockMode(options.clock()).seed(options.seed()).scenario(scenario)
                .http(options.http()).limits(options.limits()).lenientFields(options.lenientFields())
                .webPage(options.webPage()).settings(options.settings());
        options.accessKeys().forEach(builder::accessKey);
        if (options.stateDir() != null) {
            builder.stateDir(options.stateDir());
        }
        if (options.startTime() != null) {
            builder.startTime(options.startTime());
        }
        return builder;
    }

    /** @return the warning to print when the mock listens beyond this machine */
    static Optional<String> exposureWarning(CliOptions options) {
        if (isLoopback(options.host())) {
            return Optional.empty();
        }
        return Optional.of("dlc-mock: WARNING: listening on " + options.host() + ", not a loopback address: anyone who "
                + "reaches this port can call the mock with its test keys" + (options.http().adminApi()
                ? " and use WireMock's unsigned admin API (--admin)" : "") + ".");
    }

    /** @return whether the address is a loopback one (127.0.0.0/8, ::1, localhost), resolved without DNS */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return (bare.indexOf(':') >= 0 || bare.chars().allMatch(c -> c == '.' || Character.isDigit(c)))
                    && InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Standalone logs: warnings, plus the mock's own info lines; users can override with -D options. */
    private static void quietLogsByDefault() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.io.github.dlckit", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "error");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
