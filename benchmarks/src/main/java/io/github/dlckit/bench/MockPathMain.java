package io.github.dlckit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static io.github.dlckit.bench.Stats.mean;
import static io.github.dlckit.bench.Stats.median;

/**
 * The mock's request path against a WireMock static stub. Each server runs as its own JVM with the same flags: the
 * standalone mock ({@code mock-server/target/dlc-mock-server.jar}, virtual clock, one fixed access key) and
 * WireMock's standalone jar (copied to {@code benchmarks/target/wiremock} by the build) with two static stubs
 * answering exactly the bytes the mock answered to a GetJob and a CreateJob (gzip off on both; WireMock's request
 * journal off, the mock as it ships: its own journal and command log on). One {@link DlcClient} per server sends
 * signed (V3) calls from 1 and 4 threads.
 *
 * <p>Rounds alternate stub, mock, stub, …, stub; each mock run's ratios are taken against the mean of the stub
 * runs just before and after it (the machine drifts), and the table shows medians over rounds. Server CPU per
 * request is the server process's user + system time (every thread: Jetty, GC, JIT) over the run, divided by the
 * calls. Before each CreateJob run the mock is reset (its jobs forgotten), so every run starts from the same
 * state.
 *
 * <p>Usage, from the project root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.dlckit.bench.MockPathMain [seconds-per-run=2] [rounds=5] [warm-up-seconds=15]}; system properties
 * {@code mock.jar}, {@code stub.jar}, {@code server.jvm} (flags of both servers, default
 * {@value #SERVER_JVM}) and {@code mock.jvm.extra} (added to the mock only, e.g. to record a JFR profile) and {@code calls} (e.g.
 * {@code GetJob}: only those).
 */
public final class MockPathMain {

    static final String SERVER_JVM = "-Xms512m -Xmx512m -XX:+UseParallelGC";
    private static final String KEY_ID = "LTAI5tBenchKey0001";
    private static final String SECRET = "bench/Secret+Value=";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String STUB = "WireMock stub";
    private static final String MOCK = "dlc mock";
    /** The same job as {@link #CREATE_JOB}, as the body of the captured call. */
    private static final String CREATE_BODY = "{\"DisplayName\":\"bench\",\"JobType\":\"PyTorchJob\",\"JobSpecs\":"
            + "[{\"Type\":\"Worker\",\"Image\":\"registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3\","
            + "\"PodCount\":1,\"EcsSpec\":\"ecs.g7.xlarge\"}],\"UserCommand\":\"python train.py\"}";
    private static final CreateJobRequest CREATE_JOB = CreateJobRequest.builder().displayName("bench")
            .jobType("PyTorchJob").userCommand("python train.py").addJobSpecs(JobSpec.builder().type("Worker")
                    .podCount(1).image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3")
                    .ecsSpec("ecs.g7.xlarge").build()).build();

    private MockPathMain() {
    }

    /** One measured run: what the client saw, and the server's CPU per call. */
    private record Run(Sample client, double serverCpuMicrosPerCall) {
    }

    /** One call measured against both servers. */
    private record Call(String name, Callable<Object> onStub, Callable<Object> onMock, boolean resetMockFirst) {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // the mock has much more code to compile than a static stub: 5 s left its 1-thread figures to the JIT
        double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : 15;
        long runMillis = (long) (seconds * 1000);
        Path target = Path.of(System.getProperty("bench.target", "benchmarks/target"));
        Path mockJar = Path.of(System.getProperty("mock.jar", "mock-server/target/dlc-mock-server.jar"));
        Path stubJar = System.getProperty("stub.jar") != null ? Path.of(System.getProperty("stub.jar"))
                : wireMockJar(target.resolve("wiremock"));
        List<String> jvm = flags(System.getProperty("server.jvm", SERVER_JVM));
        List<String> only = flags(System.getProperty("calls", "").replace(',', ' '));
        List<String> mockJvm = new ArrayList<>(jvm);
        mockJvm.addAll(flags(System.getProperty("mock.jvm.extra", "")));

        OkHttpClient http = new OkHttpClient();
        try (ServerProcess mock = ServerProcess.mock(mockJar, mockJvm, List.of("--clock", "virtual",
                "--access-key", KEY_ID + ":" + SECRET, "--no-ui"), target)) {
            byte[] created = createTheJob(http, mock.baseUri());
            String jobId = new ObjectMapper().readTree(created).path("JobId").asText();
            String jobPath = "/api/v1/jobs/" + jobId;
            byte[] job = signedCall(http, mock.baseUri(), "GET", jobPath, "GetJob", new byte[0]);
            Path root = Files.createDirectories(target.resolve("mock-path-stub/mappings")).getParent();
            Files.write(root.resolve("mappings/dlc.json"), mappings(jobPath, job, created));

            try (ServerProcess stub = ServerProcess.wireMock(stubJar, jvm, List.of("--root-dir", root.toString(),
                    "--disable-gzip", "--no-request-journal", "--disable-banner"), jobPath, target);
                 DlcClient toStub = client(stub.baseUri());
                 DlcClient toMock = client(mock.baseUri())) {
                GetJobRequest getJob = GetJobRequest.of(jobId);
                List<Call> calls = List.of(
                        new Call("GetJob", () -> toStub.getJob(getJob), () -> toMock.getJob(getJob), false),
                        new Call("CreateJob", () -> toStub.createJob(CREATE_JOB), () -> toMock.createJob(CREATE_JOB),
                                true)).stream().filter(c -> only.isEmpty() || only.contains(c.name())).toList();
                System.out.printf(Locale.ROOT, "Mock request path vs WireMock %s static stub: signed (V3) calls through "
                        + "DlcClient, GetJob body %d bytes; each server its own JVM (%s); %d rounds of %.1f s per "
                        + "run, Java %s, %d cores%n", version(stubJar), job.length, String.join(" ", jvm), rounds,
                        seconds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "%n%-10s %7s %-14s %9s %7s %8s %8s %10s %7s%n", "call", "threads",
                        "server", "req/s", "x stub", "p50 us", "p99 us", "cpu us/req", "x stub");
                for (Call call : calls) {
                    if (!call.resetMockFirst()) {
                        // a mock that has only the job read: CreateJob's runs before would leave it holding
                        // every job they created (reset restarts the id streams, so the job keeps its id)
                        post(http, mock.baseUri().resolve("/mock/v1/reset"));
                        createTheJob(http, mock.baseUri());
                    }
                    for (int threads : new int[] {1, 4}) {
                        run(stub, call.onStub(), threads, (long) (warmUp * 1000), null);
                        run(mock, call.onMock(), threads, (long) (warmUp * 1000), call.resetMockFirst() ? http : null);
                    }
                    for (int threads : new int[] {1, 4}) {
                        List<Run> stubRuns = new ArrayList<>();
                        List<Run> mockRuns = new ArrayList<>();
                        stubRuns.add(run(stub, call.onStub(), threads, runMillis, null));
                        for (int round = 0; round < rounds; round++) {
                            mockRuns.add(run(mock, call.onMock(), threads, runMillis,
                                    call.resetMockFirst() ? http : null));
                            stubRuns.add(run(stub, call.onStub(), threads, runMillis, null));
                        }
                        report(call.name(), threads, stubRuns, mockRuns);
                    }
                }
                System.out.println("x stub: the mock's figure over the mean of the stub runs just before and after it; "
                        + "cpu: the server process's user + system time per request");
            }
        }
    }

    private static Run run(ServerProcess server, Callable<Object> call, int threads, long millis, OkHttpClient reset)
            throws Exception {
        if (reset != null) {
            post(reset, server.baseUri().resolve("/mock/v1/reset"));
        }
        long cpu0 = server.cpuMicros();
        Sample sample = Measurement.run(call, threads, millis);
        return new Run(sample, (double) (server.cpuMicros() - cpu0) / sample.calls());
    }

    private static void report(String call, int threads, List<Run> stub, List<Run> mock) {
        String format = "%-10s %7d %-14s %9.0f %7s %8.0f %8.0f %10.1f %7s%n";
        System.out.printf(Locale.ROOT, format, call, threads, STUB, median(stub, r -> r.client().perSecond()), "1.00",
                median(stub, r -> r.client().p50Micros()), median(stub, r -> r.client().p99Micros()),
                median(stub, Run::serverCpuMicrosPerCall), "1.00");
        double[] throughput = new double[mock.size()];
        double[] cpu = new double[mock.size()];
        for (int i = 0; i < mock.size(); i++) {
            throughput[i] = mock.get(i).client().perSecond()
                    / mean(stub.get(i).client().perSecond(), stub.get(i + 1).client().perSecond());
            cpu[i] = mock.get(i).serverCpuMicrosPerCall()
                    / mean(stub.get(i).serverCpuMicrosPerCall(), stub.get(i + 1).serverCpuMicrosPerCall());
        }
        System.out.printf(Locale.ROOT, format, call, threads, MOCK, median(mock, r -> r.client().perSecond()),
                String.format(Locale.ROOT, "%.2f", median(throughput)), median(mock, r -> r.client().p50Micros()),
                median(mock, r -> r.client().p99Micros()), median(mock, Run::serverCpuMicrosPerCall),
                String.format(Locale.ROOT, "%.2f", median(cpu)));
    }

    private static DlcClient client(URI endpoint) {
        return DlcClient.builder().endpointOverride(endpoint).credentials(Credentials.of(KEY_ID, SECRET)).build();
    }

    /** The one job GetJob reads and the stub's CreateJob answer comes from; its answer's bytes. */
    private static byte[] createTheJob(OkHttpClient http, URI mock) throws IOException {
        return signedCall(http, mock, "POST", "/api/v1/jobs", "CreateJob",
                CREATE_BODY.getBytes(StandardCharsets.UTF_8));
    }

    /** One call signed as DlcClient signs it, its answer's bytes as they came (must be a 200). */
    private static byte[] signedCall(OkHttpClient http, URI base, String method, String path, String action,
                                     byte[] body) throws IOException {
        SignableRequest signable = new SignableRequest(method, path, List.of(), body)
                .header("host", base.getHost() + ":" + base.getPort()).header("x-acs-action", action)
                .header("x-acs-version", "2020-12-03").header("accept", "application/json");
        if (body.length > 0) {
            signable.header("content-type", JSON);
        }
        Signers.forAlgorithm(SignatureAlgorithm.ACS3_HMAC_SHA256).sign(signable, Credentials.of(KEY_ID, SECRET),
                Instant.now(), Signers.newNonce());
        Request.Builder request = new Request.Builder().url(base.resolve(path).toString())
                .method(method, body.length > 0 ? RequestBody.create(body, MediaType.get(JSON)) : null);
        signable.headers().forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            byte[] answer = response.body().bytes();
            if (response.code() != 200) {
                throw new IllegalStateException(action + " on the mock answered " + response.code() + ": "
                        + new String(answer, StandardCharsets.UTF_8));
            }
            return answer;
        }
    }

    private static void post(OkHttpClient http, URI uri) throws IOException {
        Request request = new Request.Builder().url(uri.toString()).post(RequestBody.create(new byte[0], null))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("POST " + uri + " answered " + response.code());
            }
        }
    }

    /** WireMock's mapping file: the two answers the mock gave, as static stubs with the mock's headers. */
    private static byte[] mappings(String jobPath, byte[] job, byte[] created) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("mappings");
        stub(list.addObject(), "GET", jobPath, job);
        stub(list.addObject(), "POST", "/api/v1/jobs", created);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static void stub(ObjectNode mapping, String method, String path, byte[] body) throws IOException {
        mapping.putObject("request").put("method", method).put("urlPath", path);
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json;charset=utf-8")
                .put("x-acs-request-id", new ObjectMapper().readTree(body).path("RequestId").asText());
        response.put("body", new String(body, StandardCharsets.UTF_8));
    }

    private static Path wireMockJar(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: build the benchmarks module first");
        }
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(p -> p.getFileName().toString().startsWith("wiremock-standalone")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no wiremock-standalone jar in " + dir));
        }
    }

    private static String version(Path wireMockJar) {
        String name = wireMockJar.getFileName().toString();
        return name.replace("wiremock-standalone-", "").replace(".jar", "");
    }

    private static List<String> flags(String line) {
        return line.isBlank() ? List.of() : List.of(line.trim().split("\\s+"));
    }
}
