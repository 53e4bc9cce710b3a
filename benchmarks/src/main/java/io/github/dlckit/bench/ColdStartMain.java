package io.github.dlckit.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: a fresh JVM per sample runs {@code ColdStartProbe} — build one client, one GetJob against the local
 * server — for DlcClient, the vendor's client and raw OkHttp 5, interleaved (one of each per round, so the three
 * share the machine's drift). Each JVM gets only its own client's class path: ours is {@code target/lib}, the
 * vendor's {@code target/vendor-lib}, both beside {@code benchmarks-probe.jar} (which holds the probe and no
 * class path of its own). Prints medians of: JVM start to the first answer (timed by this process, from launching
 * the JVM to the probe's {@code answered} line), client build time and classes loaded, with ratios paired per
 * round.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.github.dlckit.bench.ColdStartMain [rounds]}
 * (default 12; one unrecorded warm-up round first).
 */
public final class ColdStartMain {

    private ColdStartMain() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        Path target = Paths.get(ColdStartMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        Path probe = target.resolve("benchmarks-probe.jar");
        if (!probe.toFile().isFile()) {
            throw new IllegalStateException("no " + probe + ": build with mvn package first");
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put(BenchmarkMain.DLC, command(probe, target.resolve("lib"), "dlc"));
        commands.put(BenchmarkMain.VENDOR, command(probe, target.resolve("vendor-lib"), "vendor"));
        commands.put(BenchmarkMain.RAW, command(probe, target.resolve("lib"), "raw"));

        Map<String, List<Start>> starts = new LinkedHashMap<>();
        try (GetJobServer server = GetJobServer.start()) {
            String port = Integer.toString(server.port());
            for (int round = -1; round < rounds; round++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    Start start = launch(c.getValue(), port);
                    if (round >= 0) {
                        starts.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(start);
                    }
                }
            }
        }
        report(starts, rounds);
    }

    private static List<String> command(Path probe, Path libDir, String client) {
        File[] jars = libDir.toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no jars in " + libDir + ": build with mvn package first");
        }
        Arrays.sort(jars);
        StringBuilder classPath = new StringBuilder(probe.toString());
        for (File jar : jars) {
            classPath.append(File.pathSeparatorChar).append(jar);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(Arrays.asList(java, "-cp", classPath.toString(),
                "io.github.dlckit.bench.coldstart.ColdStartProbe", client));
    }

    /** One fresh JVM: millis from launch to its answer, its client build time and its loaded classes. */
    private static Start launch(List<String> command, String port) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.add(port);
        ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT);
        long launched = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            long answered = System.nanoTime();
            if (!"answered".equals(line)) {
                throw new IllegalStateException("probe " + command.get(command.size() - 1) + " failed: " + line);
            }
            String[] figures = out.readLine().split(" ");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new Start((answered - launched) / 1e6, Long.parseLong(figures[1]) / 1e3,
                    Long.parseLong(figures[3]));
        }
    }

    private static void report(Map<String, List<Start>> starts, int rounds) {
        System.out.printf(Locale.ROOT, "Cold start: fresh JVM per sample to the first GetJob answer, %d interleaved "
                + "rounds, Java %s, %d cores%n", rounds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-26s %10s %9s %7s %10s %9s %8s %9s%n", "client (medians)", "start ms",
                "x vendor", "x raw", "build ms", "x vendor", "classes", "x vendor");
        List<Start> vendor = starts.get(BenchmarkMain.VENDOR);
        List<Start> raw = starts.get(BenchmarkMain.RAW);
        for (Map.Entry<String, List<Start>> e : starts.entrySet()) {
            List<Start> runs = e.getValue();
            System.out.printf(Locale.ROOT, "%-26s %10.0f %9.2f %7.2f %10.1f %9.2f %8.0f %9.2f%n", e.getKey(),
                    median(runs, null, Metric.START), median(runs, vendor, Metric.START),
                    median(runs, raw, Metric.START), median(runs, null, Metric.BUILD),
                    median(runs, vendor, Metric.BUILD), median(runs, null, Metric.CLASSES),
                    median(runs, vendor, Metric.CLASSES));
        }
        System.out.println("(x vendor, x raw: medians of the ratios within each round. Classes: the JVM's loaded"
                + " class count after the answer, the probe's own few included.)");
    }

    /** The median of a metric, or of its ratio to the same round's run of {@code against}. */
    private static double median(List<Start> runs, List<Start> against, Metric metric) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < values.length; i++) {
            double v = metric.of(runs.get(i));
            values[i] = against == null ? v : v / metric.of(against.get(i));
        }
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private enum Metric {
        START, BUILD, CLASSES;

        double of(Start s) {
            switch (this) {
                case START:
                    return s.millisToAnswer;
                case BUILD:
                    return s.buildMillis;
                default:
                    return s.classes;
            }
        }
    }

    /** One fresh JVM's figures. */
    private record Start(double millisToAnswer, double buildMillis, long classes) {
    }
}
