package io.github.dlckit.mock.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The runnable jar (built by {@code package}) in a child JVM with a capped heap, for the failsafe tests. */
final class ChildMock implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DLC mock listening on (http://[^:]+:(\\d+))");
    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    final Process process;
    final String baseUrl;
    final int port;
    /** Everything the child wrote on standard error so far. */
    final StringBuffer stderr;

    private ChildMock(Process process, String baseUrl, int port, StringBuffer stderr) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.port = port;
        this.stderr = stderr;
    }

    /**
     * Starts the jar and waits for its listening line.
     *
     * @param maxHeap e.g. {@code 256m}
     * @param args the mock's flags
     */
    static ChildMock start(String maxHeap, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("dlc.mock.jar", "target/dlc-mock-server.jar");
        assertThat(Path.of(jar)).as("the runnable jar (built by mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(javaTool("java"), "-Xmx" + maxHeap, "-jar", jar));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        StringBuffer err = new StringBuffer();
        drain(process, out, err);
        String line = out.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("the listening line; stderr: %s", err).isNotNull();
        Matcher m = LISTENING.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return new ChildMock(process, m.group(1), Integer.parseInt(m.group(2)), err);
    }

    /** @return the live heap of the child in MB, measured after a full collection (jcmd) */
    long liveHeapMb() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        assertThat(m.find()).as(info).isTrue();
        return Long.parseLong(m.group(1)) / 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaTool("jcmd"), String.valueOf(process.pid()), command)
                .redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void drain(Process process, BlockingQueue<String> out, StringBuffer err) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.add(line);
                }
            } catch (IOException e) {
                out.add("<stdout failed: " + e.getMessage() + ">");
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
        drainInto(process, err);
    }

    private static void drainInto(Process process, StringBuffer err) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    err.append(line).append('\n');
                }
            } catch (IOException e) {
                err.append("<stderr failed: ").append(e.getMessage()).append(">\n");
            }
        }, "child-stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }
}
