package io.github.dlckit.examples;

import io.github.dlckit.examples.common.Program;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The launcher of {@code dlc-examples.jar}: {@code java -jar dlc-examples.jar <program> [options]}; the first
 * argument names the program, {@code <program> --help} lists its options, {@code --version} prints the version.
 * A misspelt program name gets picocli's suggestions.
 */
public final class Examples {

    /** Every program, in the order to read them. */
    static final List<Program> PROGRAMS = List.of(QuickStart.PROGRAM, LingjunAutoRestart.PROGRAM,
            MarketCheck.PROGRAM, SurvivePreemption.PROGRAM, JobCleanup.PROGRAM);

    private Examples() {
    }

    /** @param args the program's name, then its options */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * @param args the program's name, then its options
     * @param out where to print
     * @return the program's exit status; 2 when no known program is named
     */
    public static int run(String[] args, PrintStream out) {
        if (args.length == 1 && args[0].equals("--version")) {
            out.println("dlc-examples " + version());
            return Program.OK;
        }
        Optional<Program> program = args.length == 0 ? Optional.empty()
                : PROGRAMS.stream().filter(p -> p.name().equals(args[0])).findFirst();
        if (program.isEmpty()) {
            boolean askedForHelp = args.length > 0 && (args[0].equals("--help") || args[0].equals("help"));
            if (!askedForHelp) {
                out.println(args.length == 0 ? "error: name a program" : "error: no program " + args[0]);
                if (args.length > 0) {
                    suggestions(args[0]).ifPresent(out::println);
                }
            }
            out.println("usage: java -jar dlc-examples.jar <program> [options]   (<program> --help for its options)");
            PROGRAMS.forEach(p -> out.printf("  %-11s %s%n", p.name(), p.summary()));
            return askedForHelp ? Program.OK : Program.USAGE;
        }
        return program.get().run(Arrays.copyOfRange(args, 1, args.length), out);
    }

    /** picocli's "did you mean" for a name that is no program (nor --help or --version). */
    private static Optional<String> suggestions(String typed) {
        CommandSpec launcher = CommandSpec.create();
        PROGRAMS.forEach(p -> launcher.addSubcommand(p.name(), CommandSpec.create()));
        launcher.addOption(OptionSpec.builder("--help").usageHelp(true).build());
        launcher.addOption(OptionSpec.builder("--version").versionHelp(true).build());
        try {
            new picocli.CommandLine(launcher).parseArgs(typed);
        } catch (UnmatchedArgumentException e) {
            List<String> names = e.getSuggestions();
            return names.isEmpty() ? Optional.empty() : Optional.of("did you mean " + String.join(" or ", names) + "?");
        } catch (ParameterException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The version this jar was built as (its manifest), or "development" when run from classes. */
    static String version() {
        String version = Examples.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}
