package io.github.dlckit.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test in its own JVM: started from a runnable jar, its output kept in a log file, its CPU time
 * (user + system, every thread: workers, GC, JIT) read from the operating system, stopped on close.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern MOCK_READY = Pattern.compile("DLC mock listening on (http://\\S+)");

    private final String name;
    private final Process process;
    private final URI baseUri;

    private ServerProcess(String name, Process process, URI baseUri) {
        this.name = name;
        this.process = process;
        this.baseUri = baseUri;
    }

    /**
     * Starts the standalone mock and waits for its {@code DLC mock listening on} line.
     *
     * @param jar the mock's runnable jar
     * @param jvmFlags the flags every server JVM gets
     * @param args the mock's own flags
     * @param logDir where its output goes
     */
    static ServerProcess mock(Path jar, List<String> jvmFlags, List<String> args, Path logDir) throws IOException {
        Path out = logDir.resolve("mock-path-mock.out");
        Process process = launch(jar, jvmFlags, args, out, logDir.resolve("mock-path-mock.err"));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = MOCK_READY.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (ready.find()) {
                return new ServerProcess("mock", process, URI.create(ready.group(1)));
            }
            failIfExited(process, "the mock", logDir.resolve("mock-path-mock.err"));
            pause();
        }
        process.destroyForcibly();
        throw new IllegalStateException("the mock did not print its listening line within " + START_TIMEOUT);
    }

    /**
     * Starts WireMock's standalone jar on a free loopback port with the given flags and waits until
     * {@code readyPath} answers 200.
     *
     * @param jar WireMock's standalone jar
     * @param jvmFlags the flags every server JVM gets
     * @param args WireMock's own flags (the port and address are added)
     * @param readyPath a path one of its stubs answers
     * @param logDir where its output goes
     */
    static ServerProcess wireMock(Path jar, List<String> jvmFlags, List<String> args, String readyPath, Path logDir)
            throws IOException {
        int port = freePort();
        List<String> all = new ArrayList<>(List.of("--port", String.valueOf(port), "--bind-address", "127.0.0.1"));
        all.addAll(args);
        Path err = logDir.resolve("mock-path-stub.err");
        Process process = launch(jar, jvmFlags, all, logDir.resolve("mock-path-stub.out"), err);
        URI base = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (answers200(base.resolve(readyPath))) {
                return new ServerProcess("stub", process, base);
            }
            failIfExited(process, "WireMock", err);
            pause();
        }
        process.destroyForcibly();
        throw new IllegalStateException("WireMock did not answer " + readyPath + " within " + START_TIMEOUT);
    }

    private static Process launch(Path jar, List<String> jvmFlags, List<String> args, Path out, Path err)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (see benchmarks/README.md)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private static void failIfExited(Process process, String what, Path err) throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException(what + " exited with status " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private static boolean answers200(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(1000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a server to start", e);
        }
    }

    /** @return the server's base URI */
    URI baseUri() {
        return baseUri;
    }

    /** @return the CPU time the server process has used so far, in microseconds */
    long cpuMicros() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the OS reports no CPU time for the " + name))
                .toNanos() / 1000;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
