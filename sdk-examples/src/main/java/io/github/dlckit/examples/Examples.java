package io.github.dlckit.examples;

import io.github.dlckit.examples.common.Program;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The launcher of {@code dlc-examples.jar}: {@code java -jar dlc-examples.jar <program> [options]}; the first
 * argument names the program, {@code <program> --help} lists its options.
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
        Optional<Program> program = args.length == 0 ? Optional.empty()
                : PROGRAMS.stream().filter(p -> p.name().equals(args[0])).findFirst();
        if (program.isEmpty()) {
            boolean askedForHelp = args.length > 0 && (args[0].equals("--help") || args[0].equals("help"));
            if (!askedForHelp) {
                out.println(args.length == 0 ? "error: name a program" : "error: no program " + args[0]);
            }
            out.println("usage: java -jar dlc-examples.jar <program> [options]   (<program> --help for its options)");
            PROGRAMS.forEach(p -> out.printf("  %-11s %s%n", p.name(), p.summary()));
            return askedForHelp ? Program.OK : Program.USAGE;
        }
        return program.get().run(Arrays.copyOfRange(args, 1, args.length), out);
    }
}
