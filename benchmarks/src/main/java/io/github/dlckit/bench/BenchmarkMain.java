package io.github.dlckit.bench;

import io.github.dlckit.model.GetJobRequest;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.github.dlckit.bench.Stats.mean;
import static io.github.dlckit.bench.Stats.median;

/**
 * One process, one local server, clients doing the same GetJob: raw OkHttp 5 (no signing: the limit), two
 * diagnostic rows of raw OkHttp with DlcClient's headers, the floor of a signed, typed client
 * ({@link HandSignedGetJob}), our {@link DlcClient} (defaults: ACS3-HMAC-SHA256, default retry policy, response
 * bound to {@link GetJobResponse}) and the vendor's generic client (V3, in an isolated class loader). Warm-up
 * first, then several rounds; in every round each client is measured between two raw OkHttp runs and its ratios
 * are taken against their mean, because the machine drifts. Prints medians over the rounds. Then the target of issue
 * #17 item 4: DlcClient against the floor directly, {@link Interleaved} in quads of half-second slices.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [seconds-per-run] [rounds] [warm-up-seconds] [quads]}
 * (defaults 2, 12, 10, 40).
 */
public final class BenchmarkMain {

    private static final String KEY_ID = "LTAI5tBenchKey0001";
    private static final String SECRET = "bench/Secret+Value=";
    static final String RAW = "raw OkHttp 5";
    static final String DLC = "DlcClient (V3)";
    static final String VENDOR = "tea-openapi 0.3.15 (V3)";
    /** Diagnostic: one pre-signed request replayed with DlcClient's headers, its body bound to the typed model. */
    static final String REPLAY = "raw + DLC headers + bind";
    /**
     * The floor of a signed, typed client (issue #17 item 4): {@link #REPLAY} plus a fresh signature per call, as
     * the service requires (it refuses a nonce it has seen).
     */
    static final String FLOOR = "raw + signed/call + bind";
    /** Issue #17 item 4: DlcClient's throughput at least this share of the floor's... */
    private static final double THROUGHPUT_TARGET = 0.97;
    /** ...and at most this share of the vendor client's bytes allocated per call. */
    private static final double ALLOCATION_TARGET = 0.25;
    /** The slices DlcClient and the floor take turns in for the throughput target. */
    private static final long SLICE_MILLIS = 500;
    /** As long as the SDK's own user agent, without reaching into sdk-core's internal package. */
    private static final String RAW_USER_AGENT = "dlckit/bench (Java " + System.getProperty("java.version") + "; "
            + System.getProperty("os.name") + "; " + System.getProperty("os.arch") + ")";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        // The JIT is still compiling OkHttp's and Jackson's paths 15 s into a run on two cores: a shorter warm-up
        // leaves the later clients' first rounds slow.
        double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int quads = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        long runMillis = (long) (seconds * 1000);

        try (GetJobServer server = GetJobServer.start();
             DlcClient dlc = DlcClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                     .credentials(Credentials.of(KEY_ID, SECRET)).build()) {
            Map<String, Callable<Object>> clients = new LinkedHashMap<>();
            clients.put(RAW, raw(server.port()));
            clients.put("raw OkHttp 5 + DLC headers", rawWithSignedHeaders(server.port(), false));
            clients.put(REPLAY, rawWithSignedHeaders(server.port(), true));
            clients.put(FLOOR, handSigned(server.port()));
            GetJobRequest request = GetJobRequest.of("dlc-bench");
            clients.put(DLC, () -> dlc.getJob(request));
            clients.put(VENDOR, VendorLoader.getJob("127.0.0.1:" + server.port(), KEY_ID, SECRET));

            System.out.printf(Locale.ROOT, "GetJob, %d-byte body, %d rounds of %.1f s per run, Java %s, %d cores%n",
                    GetJobServer.bodySize(), rounds, seconds, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            for (Map.Entry<String, Callable<Object>> c : clients.entrySet()) {
                Measurement.run(c.getValue(), 1, (long) (warmUp * 1000));
                Measurement.run(c.getValue(), 4, (long) (warmUp * 500));
            }
            for (int threads : new int[] {1, 4}) {
                Map<String, List<Sample[]>> results = measure(clients, threads, rounds, runMillis);
                report(threads, results);
                reportTargets(results, Interleaved.run(clients.get(FLOOR), clients.get(DLC), threads, quads,
                        SLICE_MILLIS), quads);
            }
        }
    }

    private static Callable<Object> raw(int port) {
        OkHttpClient http = new OkHttpClient();
        Request request = new Request.Builder().url("http://127.0.0.1:" + port + "/api/v1/jobs/dlc-bench").build();
        return () -> {
            try (Response response = http.newCall(request).execute()) {
                return response.body().bytes();
            }
        };
    }

    /**
     * Diagnostic: raw OkHttp sending one pre-signed request with exactly the headers DlcClient sends, reused for
     * every call: what the extra headers cost on the wire and in the server, apart from any client work. With
     * {@code bind}, the body is also streamed into {@link GetJobResponse} with the mapper DlcClient reads answers
     * with: what these headers and the binding cost, before signing and building a request per call (which no
     * client may skip: see {@link HandSignedGetJob}).
     */
    private static Callable<Object> rawWithSignedHeaders(int port, boolean bind) {
        OkHttpClient http = new OkHttpClient();
        SignableRequest signable = signedGetJob(port, Instant.now(), Signers.newNonce());
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + "/api/v1/jobs/dlc-bench");
        signable.headers().forEach(request::header);
        Request signed = request.header("user-agent", RAW_USER_AGENT).build();
        ObjectReader reader = DlcJson.readingMapper().readerFor(GetJobResponse.class);
        return () -> {
            try (Response response = http.newCall(signed).execute()) {
                return bind ? reader.readValue(response.body().byteStream()) : response.body().bytes();
            }
        };
    }

    /** DlcClient's GetJob with its headers, signed by sdk-core's V3 signer at {@code at} with {@code nonce}. */
    private static SignableRequest signedGetJob(int port, Instant at, String nonce) {
        SignableRequest signable = new SignableRequest("GET", "/api/v1/jobs/dlc-bench", List.of(), new byte[0])
                .header("host", "127.0.0.1:" + port).header("x-acs-action", "GetJob")
                .header("x-acs-version", "2020-12-03").header("accept", "application/json");
        Signers.forAlgorithm(SignatureAlgorithm.ACS3_HMAC_SHA256).sign(signable, Credentials.of(KEY_ID, SECRET), at,
                nonce);
        return signable;
    }

    /** The floor client, after checking that it signs exactly as sdk-core's signer does. */
    private static Callable<Object> handSigned(int port) {
        HandSignedGetJob hand = new HandSignedGetJob(port, KEY_ID, SECRET, RAW_USER_AGENT);
        String nonce = Signers.newNonce();
        String expected = signedGetJob(port, Instant.parse("2026-12-06T12:00:00Z"), nonce).headers()
                .get("authorization");
        String actual = hand.authorization("/api/v1/jobs/dlc-bench", "2026-12-06T12:00:00Z", nonce);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the hand-signed floor signs differently from sdk-core:\n" + actual
                    + "\n" + expected);
        }
        return hand;
    }

    /** Per client (raw first), the samples of every round, and the paired ratios of the others. */
    private static Map<String, List<Sample[]>> measure(Map<String, Callable<Object>> clients, int threads, int rounds,
                                                       long runMillis) throws Exception {
        Map<String, List<Sample[]>> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(clients.keySet());
        Callable<Object> raw = clients.get(names.get(0));
        for (String name : names) {
            out.put(name, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            Sample before = Measurement.run(raw, threads, runMillis);
            for (String name : names.subList(1, names.size())) {
                Sample sample = Measurement.run(clients.get(name), threads, runMillis);
                Sample after = Measurement.run(raw, threads, runMillis);
                out.get(name).add(new Sample[] {sample, before, after});
                out.get(names.get(0)).add(new Sample[] {before, before, before});
                before = after;
            }
        }
        return out;
    }

    private static void report(int threads, Map<String, List<Sample[]>> results) {
        System.out.printf(Locale.ROOT, "%n%d thread%s (medians; x raw = paired against the raw OkHttp runs just before "
                + "and after)%n", threads, threads == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "%-26s %9s %7s %8s %8s %8s %11s %7s %10s%n", "client", "req/s", "x raw",
                "p50 us", "p99 us", "x p50", "bytes/call", "x raw", "cpu us/call");
        for (Map.Entry<String, List<Sample[]>> e : results.entrySet()) {
            List<Sample[]> runs = e.getValue();
            double perSecond = median(runs, r -> r[0].perSecond());
            double ratio = median(runs, BenchmarkMain::rawRatio);
            double p50Ratio = median(runs, r -> r[0].p50Micros() / mean(r[1].p50Micros(), r[2].p50Micros()));
            double bytesPerCall = median(runs, r -> r[0].bytesPerCall());
            double bytesRatio = median(runs, r -> r[0].bytesPerCall() / mean(r[1].bytesPerCall(), r[2].bytesPerCall()));
            System.out.printf(Locale.ROOT, "%-26s %9.0f %7.2f %8.0f %8.0f %8.2f %11.0f %7.2f %10.1f%n", e.getKey(),
                    perSecond, ratio, median(runs, r -> r[0].p50Micros()), median(runs, r -> r[0].p99Micros()),
                    p50Ratio, bytesPerCall, bytesRatio, median(runs, r -> r[0].cpuMicrosPerCall()));
        }
    }

    /**
     * The two targets of issue #17 item 4, each with its verdict. Throughput against the floor is DlcClient's and
     * the floor's pooled throughput over their interleaved slices; the table's way (both clients' ratios to their
     * neighbouring raw runs, median over the rounds) follows as a diagnostic.
     */
    private static void reportTargets(Map<String, List<Sample[]>> results, Interleaved.Result direct, int quads) {
        System.out.printf(Locale.ROOT, "throughput, DlcClient / floor (%s), interleaved in %d quads of %.1f s: %.3f, "
                        + "quads q1-q3 %.2f-%.2f, client CPU %.1f / %.1f us per call (target >= %.2f: %s)%n", FLOOR,
                quads, SLICE_MILLIS / 1000.0, direct.pooled(), direct.q1(), direct.q3(), direct.cpuB(),
                direct.cpuA(), THROUGHPUT_TARGET, verdict(direct.pooled() >= THROUGHPUT_TARGET));
        double[] perRound = againstDlc(results, FLOOR);
        System.out.printf(Locale.ROOT,
                "  diagnostic, the same from the table's rounds (each against its raw neighbours): %.3f, "
                        + "rounds %.2f-%.2f%n", median(perRound), Arrays.stream(perRound).min().orElse(0),
                Arrays.stream(perRound).max().orElse(0));
        double[] replay = againstDlc(results, REPLAY);
        System.out.printf(Locale.ROOT,
                "  diagnostic, DlcClient / %s (one signature replayed): %.2f, rounds %.2f-%.2f%n", REPLAY,
                median(replay), Arrays.stream(replay).min().orElse(0), Arrays.stream(replay).max().orElse(0));
        double allocation = median(results.get(DLC), r -> r[0].bytesPerCall())
                / median(results.get(VENDOR), r -> r[0].bytesPerCall());
        System.out.printf(Locale.ROOT, "allocation per call, DlcClient / vendor client: %.2f (target <= %.2f: %s)%n",
                allocation, ALLOCATION_TARGET, verdict(allocation <= ALLOCATION_TARGET));
    }

    /** Per round, DlcClient's ratio to its neighbouring raw runs over the other client's to its own. */
    private static double[] againstDlc(Map<String, List<Sample[]>> results, String other) {
        List<Sample[]> dlc = results.get(DLC);
        List<Sample[]> base = results.get(other);
        double[] perRound = new double[dlc.size()];
        for (int round = 0; round < perRound.length; round++) {
            perRound[round] = rawRatio(dlc.get(round)) / rawRatio(base.get(round));
        }
        return perRound;
    }

    private static double rawRatio(Sample[] run) {
        return run[0].perSecond() / mean(run[1].perSecond(), run[2].perSecond());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
