package io.github.dlckit.examples.common;

import io.github.dlckit.mock.control.MockControlException;
import io.github.dlckit.model.validation.ValidationException;
import io.github.dlckit.sdk.exception.DlcException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A runnable example: its name, what it shows, its options, and its body. {@link #run} does what every program
 * needs around the body: parse the options, print the usage, open the target (and close it), report errors.
 *
 * <p>Exit status: what the body returns ({@link #OK} or {@link #FAILED}), {@link #FAILED} when a call fails,
 * {@link #USAGE} for a bad command line.
 */
public final class Program {

    /** The program did what it shows. */
    public static final int OK = 0;
    /** A call failed, or the job did not reach the end the program wanted. */
    public static final int FAILED = 1;
    /** The command line cannot be used. */
    public static final int USAGE = 2;

    /** The part that differs between programs. */
    @FunctionalInterface
    public interface Body {
        /**
         * @param cli the parsed options
         * @param target where to send requests
         * @param out where to report
         * @return the exit status
         */
        int run(CommandLine cli, Target target, Output out);
    }

    private static final List<Option> OUTPUT_OPTIONS = List.of(
            Option.toggle("json", "one JSON object per line instead of text"),
            Option.toggle("help", "print this help"));

    private final String name;
    private final String summary;
    private final List<Option> options;
    private final Body body;

    private Program(String name, String summary, List<Option> options, Body body) {
        this.name = name;
        this.summary = summary;
        this.options = List.copyOf(options);
        this.body = body;
    }

    /**
     * @param name the name the launcher knows it by
     * @param summary one line: what it shows
     * @param options its own options (the target and output options are added)
     * @param body what it does
     * @return the program
     */
    public static Program of(String name, String summary, List<Option> options, Body body) {
        return new Program(name, summary, options, body);
    }

    /** @return the name the launcher knows it by */
    public String name() {
        return name;
    }

    /** @return what it shows */
    public String summary() {
        return summary;
    }

    /**
     * Runs the program against the target its options name.
     *
     * @param args the options
     * @param stream where to print
     * @return the exit status
     */
    public int run(String[] args, PrintStream stream) {
        return run(args, stream, System.getenv());
    }

    /**
     * @param args the options
     * @param stream where to print
     * @param environment the environment to read the region from
     * @return the exit status
     */
    public int run(String[] args, PrintStream stream, Map<String, String> environment) {
        CommandLine cli;
        try {
            cli = CommandLine.parse(allOptions(), args);
        } catch (UsageException e) {
            stream.println("error: " + e.getMessage());
            stream.print(usage());
            return USAGE;
        }
        if (cli.isSet("help")) {
            stream.print(usage());
            return OK;
        }
        Output out = Output.of(stream, cli.isSet("json"));
        try (Target target = Targets.open(cli, environment)) {
            out.line("target", target.descriptionFields(), target.description());
            return body.run(cli, target, out);
        } catch (UsageException e) {
            out.error(e.getMessage());
            return USAGE;
        } catch (DlcException | MockControlException | ValidationException e) {
            // Service errors, refused requests, transport failures: their messages name the operation and the
            // request id, never a credential.
            out.error(e.getMessage());
            return FAILED;
        }
    }

    /** @return the usage text */
    public String usage() {
        StringBuilder text = new StringBuilder()
                .append("usage: java -jar dlc-examples.jar ").append(name).append(" [options]\n")
                .append(summary).append("\n");
        if (!options.isEmpty()) {
            text.append("\noptions:\n");
            options.forEach(o -> text.append(o.usageLine()).append('\n'));
        }
        text.append("\ntarget (default: the embedded mock):\n");
        Targets.OPTIONS.forEach(o -> text.append(o.usageLine()).append('\n'));
        text.append("\noutput:\n");
        OUTPUT_OPTIONS.forEach(o -> text.append(o.usageLine()).append('\n'));
        return text.toString();
    }

    private List<Option> allOptions() {
        List<Option> all = new ArrayList<>(options);
        all.addAll(Targets.OPTIONS);
        all.addAll(OUTPUT_OPTIONS);
        return all;
    }
}
