package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.control.HttpMockControl;
import io.github.dlckit.sdk.auth.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the built runnable jar as a process (after {@code package}, by failsafe). */
class StandaloneJarIT {

    private static final Pattern LISTENING = Pattern.compile("DLC mock listening on (http://127\\.0\\.0\\.1:(\\d+))");
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String END = "<end of stream>";

    @Test
    void printsOneListeningLine_servesSignedCalls_stopsOnSigterm(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(dir.resolve("market.json"), "{\"Pools\": [], \"Traces\": []}");
        Process process = start("--port", "0", "--clock", "virtual", "--access-key", "itkey:itsecret",
                "--sts-key", "STS.itkey:stssecret:ststoken+/=:77", "--scenario", scenario.toString());
        try {
            BlockingQueue<String> stdout = lines(process.getInputStream());
            CompletableFuture<String> stderr = text(process.getErrorStream());
            String line = stdout.poll(STARTUP.toSeconds(), TimeUnit.SECONDS);
            assertThat(line).as("the listening line within " + STARTUP).isNotNull();
            Matcher listening = LISTENING.matcher(line);
            assertThat(listening.matches()).as(line).isTrue();
            String baseUrl = listening.group(1);

            String jobId = Jobs.create(SignedCall.to(baseUrl).key("itkey", "itsecret"));
            new HttpMockControl(URI.create(baseUrl)).advance(Duration.ofHours(1));
            SignedCall.Reply job = SignedCall.to(baseUrl).key("itkey", "itsecret").roa()
                    .op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
            assertThat(job.status()).isEqualTo(200);
            assertThat(job.json().path("Status").asText()).isEqualTo("Succeeded");
            assertThat(SignedCall.to(baseUrl).op("ListJobs", "GET", "/api/v1/jobs").send().code())
                    .isEqualTo("InvalidAccessKeyId.NotFound");
            SignedCall.Reply sts = SignedCall.to(baseUrl)
                    .credentials(Credentials.sts("STS.itkey", "stssecret", "ststoken+/=")).op("ListJobs", "GET",
                            "/api/v1/jobs").send();
            assertThat(sts.status()).as("the STS key's own account sees no jobs").isEqualTo(200);
            assertThat(sts.json().path("TotalCount").asInt()).isZero();
            assertThat(SignedCall.to(baseUrl).key("STS.itkey", "stssecret").op("ListJobs", "GET", "/api/v1/jobs")
                    .send().code()).isEqualTo("InvalidSecurityToken.Missing");

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isIn(0, 143);
            assertThat(stderr.get(30, TimeUnit.SECONDS)).contains("itkey", "STS.itkey")
                    .contains("DLC mock web page: " + baseUrl + "/mock/ui/")
                    .doesNotContain("itsecret", "stssecret", "ststoken");
            assertThat(stdout).as("stdout after the listening line").containsExactly(END);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void killDashNine_duringCreateJobLoad_losesNoAcknowledgedJob(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("state");
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // JobId -> the DisplayName it was created with
        Process first = start("--port", "0", "--clock", "virtual", "--state-dir", state.toString());
        try {
            String baseUrl = listeningUrl(first);
            CountDownLatch enough = new CountDownLatch(120);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        String name = "kill-" + client + "-" + n;
                        try {
                            SignedCall.Reply reply = SignedCall.to(baseUrl).op("CreateJob", "POST", "/api/v1/jobs")
                                    .body(Jobs.CREATE_BODY.replace("http-test", name)).send();
                            if (reply.status() == 200) {
                                acknowledged.put(reply.json().path("JobId").asText(), name);
                                enough.countDown();
                            }
                        } catch (RuntimeException e) {
                            return; // the process is gone: whatever was in flight was never acknowledged
                        }
                    }
                });
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("120 jobs acknowledged under load").isTrue();
            first.destroyForcibly(); // SIGKILL while the clients keep sending
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }

        Process second = start("--port", "0", "--clock", "virtual", "--state-dir", state.toString());
        try {
            String baseUrl = listeningUrl(second);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(120);
            acknowledged.forEach((jobId, name) -> {
                SignedCall.Reply job = SignedCall.to(baseUrl).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
                assertThat(job.status()).as(jobId).isEqualTo(200);
                assertThat(job.json().path("JobId").asText()).isEqualTo(jobId);
                assertThat(job.json().path("DisplayName").asText()).as("unchanged").isEqualTo(name);
            });
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String listeningUrl(Process process) throws InterruptedException {
        String line = lines(process.getInputStream()).poll(STARTUP.toSeconds(), TimeUnit.SECONDS);
        text(process.getErrorStream());
        assertThat(line).as("the listening line within " + STARTUP).isNotNull();
        Matcher listening = LISTENING.matcher(line);
        assertThat(listening.matches()).as(line).isTrue();
        return listening.group(1);
    }

    @Test
    void badFlag_exitsNonZeroWithOneLine() throws Exception {
        assertFailsWith(2, "dlc-mock: --port expects a whole number, got 'eighty'", "--port", "eighty");
        assertFailsWith(2, "dlc-mock: --clock expected virtual or wall", "--clock", "fast");
        assertFailsWith(2, "dlc-mock: cannot read scenario", "--scenario", "/nonexistent/market.json");
    }

    @Test
    void misspeltFlag_getsASuggestion_andExitsTwo() throws Exception {
        assertFailsWith(2, "dlc-mock: unknown option '--seeed'; did you mean --seed? (see --help)", "--seeed", "3");
        assertFailsWith(2, "dlc-mock: --admin takes no value", "--admin=true");
    }

    @Test
    void help_printsUsageAndExitsZero() throws Exception {
        String out = succeeds("--help");
        assertThat(out).startsWith("Usage: java -jar dlc-mock-server.jar").contains("--port N", "--version",
                "--max-json-depth N", "/mock/v1/clock/advance");
    }

    @Test
    void version_printsTheBuildsVersionAndExitsZero() throws Exception {
        assertThat(succeeds("--version")).isEqualTo("dlc-mock-server " + System.getProperty("dlc.mock.version") + "\n");
    }

    /** @return the standard output of a run that exits 0 and prints nothing on standard error */
    private static String succeeds(String... args) throws Exception {
        Process process = start(args);
        CompletableFuture<String> err = text(process.getErrorStream());
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(err.get(30, TimeUnit.SECONDS)).isEmpty();
        return out;
    }

    private static void assertFailsWith(int status, String message, String... args) throws Exception {
        Process process = start(args);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(status);
        assertThat(err.strip()).startsWith(message).doesNotContain("\n").doesNotContain("Exception");
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
    }

    private static Process start(String... args) throws IOException {
        String jar = System.getProperty("dlc.mock.jar", "target/dlc-mock-server.jar");
        assertThat(Path.of(jar)).as("the runnable jar (built by mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** Every line of a stream, in a queue fed by a daemon thread; {@link #END} when the stream ends. */
    private static BlockingQueue<String> lines(InputStream stream) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<read failed: " + e.getMessage() + ">");
            }
            lines.add(END);
        }, "stdout-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** A whole stream as text, read by a daemon thread so the process never blocks on a full pipe. */
    private static CompletableFuture<String> text(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "stderr-reader");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
