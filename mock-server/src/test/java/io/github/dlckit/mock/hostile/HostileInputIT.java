package io.github.dlckit.mock.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.TestCatalogue;
import io.github.dlckit.mock.http.IncomingRequest;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 8: the standalone jar, in a child JVM with a 256 MB heap, against thousands of hostile requests
 * generated from the catalogue over all 43 operations — wrong types, malformed and deeply nested JSON, huge and
 * negative numbers, control and unicode characters, path traversal, repeated query parameters, wrong content types
 * — plus huge bodies, slow uploads and the request journal. Every request must be answered (no hang) without a 5xx,
 * and no refused request may change state. Prints one summary line.
 */
class HostileInputIT {

    private static final int HANG_MILLIS = 10_000;
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE");
    private static final List<String> WRONG_VALUES = List.of("\"text\"", "12345", "-1", "0", "1e400",
            "99999999999999999999999", "-9223372036854775809", "true", "[]", "{}", "[1,[2,[3]]]",
            "\"\\u0000\\u001f\\u202e\"", "\"\\ud800\"", "\"名前😀\"", "\"../../etc/passwd\"", "0.0000001", "null",
            "\"" + "x".repeat(70_000) + "\"", "{\"Nested\":{\"Deeper\":[{}]}}");
    private static final List<String> QUERY_VALUES = List.of("abc", "-1", "99999999999999999999", "\u0000",
            "名前😀", "%", "1e5", "", "[", "{\"a\":", "../../etc/passwd", "\r\nX-Injected: 1", "9".repeat(5000));
    private static final List<String> MALFORMED = List.of("{", "{\"a\":", "[]", "\"s\"", "null", "{\"a\":1}}",
            "{\"a\":NaN}", "{'a':1}", "{\"a\":1,}", "\u00ef\u00bb\u00bf{}", "{\"a\":\"\\x\"}", "1 2");
    private static final List<String> PATH_VALUES = List.of("..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%00",
            "a".repeat(5000), "%F0%9F%98%80", "%ZZ", "%2F", ".%2e/");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/xml", "application/json; charset=latin-1");

    private final Random random = new Random(12);
    private int requests;
    private int serverErrors;
    private int hangs;
    private int stateChanges;
    private final List<String> failures = new ArrayList<>();
    private String jobId;

    @Test
    void hostileInput_noFiveHundreds_noHangs_noStateChangesFromRefusals_flatHeap() throws Exception {
        try (ChildMock mock = ChildMock.start("256m", "--clock", "virtual", "--admin", "--port", "0")) {
            largestJobIsServedQuickly(mock);
            jobId = SignedCall.to(mock.baseUrl).op("CreateJob", "POST", "/api/v1/jobs")
                    .body(RequestLimitsTest.jobWith("\"PodCount\":2")).send().json().path("JobId").asText();
            assertThat(jobId).startsWith("dlc");

            for (JsonNode op : TestCatalogue.root().path("operations")) {
                generated(op, jobId, mock.baseUrl).forEach(request -> send(mock, request));
            }
            for (int i = 0; requests < 2_000; i++) { // top up with random mutations, should the catalogue shrink
                JsonNode op = TestCatalogue.root().path("operations").get(i % 43);
                send(mock, base(op, jobId, mock.baseUrl).body(MALFORMED.get(random.nextInt(MALFORMED.size()))));
            }
            int generated = requests;

            long journalBefore = journalSize(mock);
            // measured around the huge bodies alone: the generated requests above legitimately fill the mock's
            // bounded journals (10,000 decoded entries at most), which is not what this assertion is about
            long heapBeforeHugeBodies = mock.liveHeapMb();
            hugeBodies(mock);
            assertThat(journalSize(mock)).as("refused bodies are not journaled").isEqualTo(journalBefore);
            long heapAfterHugeBodies = mock.liveHeapMb();
            slowUploads(mock);
            long heap = mock.liveHeapMb();

            System.out.println("hostile input: " + requests + " requests, " + serverErrors + " 5xx, " + hangs
                    + " hangs, " + stateChanges + " state changes from refused requests, live heap " + heap + " MB");
            assertThat(generated).isGreaterThanOrEqualTo(2_000);
            assertThat(failures).as("5xx, hangs and state changes; the mock's log: %s", tail(mock.stderr)).isEmpty();
            assertThat(heapAfterHugeBodies - heapBeforeHugeBodies).as("live heap growth over 100 refused 10 MB bodies, MB")
                    .isLessThan(32);
            assertThat(heap).as("live heap after the whole run (bounded journals included), MB").isLessThan(128);
            assertThat(mock.stderr.toString()).doesNotContain("InternalError", "OutOfMemoryError");
        }
    }

    /** The largest job the default limits allow: GetJob and ListJobs answer it well within a second. */
    private void largestJobIsServedQuickly(ChildMock mock) {
        String id = SignedCall.to(mock.baseUrl).op("CreateJob", "POST", "/api/v1/jobs")
                .body(RequestLimitsTest.jobWith("\"PodCount\":1000")).send().json().path("JobId").asText();
        long slowest = 0;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            SignedCall.Reply job = SignedCall.to(mock.baseUrl).op("GetJob", "GET", "/api/v1/jobs/" + id).send();
            SignedCall.Reply list = SignedCall.to(mock.baseUrl).op("ListJobs", "GET", "/api/v1/jobs")
                    .query("PageSize", "100").send();
            if (i >= 5) { // the first rounds warm the child JVM up
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            }
            assertThat(job.json().path("Pods").size()).isEqualTo(1000);
            assertThat(list.status()).isEqualTo(200);
        }
        requests += 21;
        System.out.println("largest allowed job (1000 pods): GetJob + ListJobs in " + slowest + " ms at most");
        assertThat(slowest).as("GetJob and ListJobs of the largest allowed job, ms").isLessThan(1_000);
    }

    /** The hostile variants of one operation. */
    private List<SignedCall> generated(JsonNode op, String jobId, String baseUrl) {
        List<SignedCall> out = new ArrayList<>();
        boolean jsonBody = "json".equals(op.path("body").path("mode").asText());
        if (jsonBody) {
            for (JsonNode field : TestCatalogue.fields(op.path("body").path("shape").asText())) {
                for (String value : pick(WRONG_VALUES, 4)) {
                    out.add(base(op, jobId, baseUrl).body("{\"" + field.path("wireName").asText() + "\":" + value + "}"));
                }
            }
        }
        for (JsonNode field : op.path("query")) {
            String name = field.path("wireName").asText();
            for (String value : pick(QUERY_VALUES, 4)) {
                out.add(base(op, jobId, baseUrl).query(name, value));
            }
            out.add(base(op, jobId, baseUrl).query(name, "1").query(name, "100000").query(name, "x"));
        }
        for (String body : MALFORMED) {
            out.add(base(op, jobId, baseUrl).body(body));
        }
        out.add(base(op, jobId, baseUrl).body("{\"A\":" + "[".repeat(40) + "]".repeat(40) + "}"));
        out.add(base(op, jobId, baseUrl).body("[".repeat(5000) + "]".repeat(5000)));
        out.add(base(op, jobId, baseUrl).body("{\"PageSize\":1,\"PageSize\":2}"));
        out.add(base(op, jobId, baseUrl).body(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}));
        for (String type : CONTENT_TYPES) {
            out.add(base(op, jobId, baseUrl).header("content-type", type).body("a=1&b=2"));
        }
        String template = op.path("path").asText();
        if (template.contains("{")) {
            for (String value : PATH_VALUES) {
                out.add(SignedCall.to(baseUrl).op(op.path("name").asText(), op.path("method").asText(),
                        template.replaceAll("\\{[^}]+}", value)));
            }
        }
        return out;
    }

    /** The operation with its path filled with a real job id (or a made-up id), action and version headers set. */
    private static SignedCall base(JsonNode op, String jobId, String baseUrl) {
        String path = op.path("path").asText().replace("{JobId}", jobId).replaceAll("\\{[^}]+}", "id-1");
        return SignedCall.to(baseUrl).op(op.path("name").asText(), op.path("method").asText(), path);
    }

    private List<String> pick(List<String> values, int n) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(values.get(random.nextInt(values.size())));
        }
        return picked;
    }

    /** Sends one request (a refused mutation is checked against the state before and after). */
    private void send(ChildMock mock, SignedCall call) {
        IncomingRequest request;
        try {
            request = call.signed();
        } catch (RuntimeException e) {
            request = call.unsigned(); // no signer takes it: it goes unsigned, and is refused all the same
        }
        boolean mutating = MUTATING.contains(request.method());
        String before = mutating ? state(mock) : null;
        int status = exchange(mock.port, request);
        requests++;
        String what = request.method() + " " + abbreviate(request.rawPath()) + "?" + abbreviate(request.rawQuery());
        if (status < 0) {
            hangs++;
            failures.add("no answer: " + what);
        } else if (status >= 500) {
            serverErrors++;
            failures.add(status + ": " + what);
        } else if (mutating && status >= 400 && !before.equals(state(mock))) {
            stateChanges++;
            failures.add("state changed by refused " + what);
        }
    }

    /** What the caller can see: jobs, tensorboards, templates, Ray history servers (request ids left out). */
    private String state(ChildMock mock) {
        StringBuilder state = new StringBuilder();
        for (String[] list : List.of(new String[] {"ListJobs", "/api/v1/jobs"},
                new String[] {"ListTensorboards", "/api/v1/tensorboards"},
                new String[] {"ListRayHistoryServers", "/api/v1/rayhistoryservers"})) {
            SignedCall.Reply reply = SignedCall.to(mock.baseUrl).op(list[0], "GET", list[1]).query("PageSize", "100")
                    .send();
            state.append(reply.status()).append(withoutRequestId(reply));
        }
        SignedCall.Reply signals = SignedCall.to(mock.baseUrl).op("ListSignals", "GET", "/api/v1/jobs/" + jobId
                + "/signals").send();
        state.append(signals.status()).append(withoutRequestId(signals));
        SignedCall.Reply templates = SignedCall.to(mock.baseUrl).op("ListJobTemplates", "GET", "/api/v1/jobtemplates")
                .query("WorkspaceId", "id-1").send();
        return state.append(templates.status()).append(withoutRequestId(templates)).toString();
    }

    private static String withoutRequestId(SignedCall.Reply reply) {
        try {
            JsonNode tree = DlcJson.mapper().readTree(reply.body());
            if (tree instanceof ObjectNode object) {
                object.remove("RequestId");
            }
            return String.valueOf(tree);
        } catch (IOException e) {
            return reply.text();
        }
    }

    /** 100 refused 10 MB bodies: half announce their length, half are chunked and counted while read. */
    private void hugeBodies(ChildMock mock) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 100; i++) {
            boolean chunked = i % 2 == 1;
            try (Socket socket = new Socket("127.0.0.1", mock.port)) {
                socket.setSoTimeout(HANG_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: 10485760\r\n") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                int sent = 0;
                try {
                    // The server reads at most 1 MiB + 1 byte: send a little more than that, then read the answer.
                    while (sent < (chunked ? 1_200_000 : chunk.length)) {
                        if (chunked) {
                            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(chunk);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent += chunk.length;
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed first
                }
                int status = status(socket.getInputStream());
                requests++;
                if (status < 0) {
                    hangs++;
                    failures.add("no answer to a 10 MB body " + (chunked ? "(chunked)" : ""));
                } else if (status != 413) {
                    failures.add("a 10 MB body got " + status);
                    serverErrors += status >= 500 ? 1 : 0;
                }
            }
        }
    }

    /** 200 uploads sending a byte every half second, while probes must keep answering within a second. */
    private void slowUploads(ChildMock mock) throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = new Socket("127.0.0.1", mock.port);
                socket.getOutputStream().write(("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickle.scheduleAtFixedRate(() -> forEachOpen(slow, s -> {
                try {
                    s.getOutputStream().write(' ');
                } catch (IOException e) {
                    closeQuietly(s); // the server gave up on it: that is the point
                }
            }), 500, 500, TimeUnit.MILLISECONDS);
            long slowest = 0;
            for (int i = 0; i < 25; i++) {
                long start = System.nanoTime();
                SignedCall.Reply probe = SignedCall.to(mock.baseUrl).op("ListJobs", "GET", "/api/v1/jobs").send();
                long millis = (System.nanoTime() - start) / 1_000_000;
                slowest = Math.max(slowest, millis);
                requests++;
                if (probe.status() != 200) {
                    failures.add("probe during slow uploads got " + probe.status());
                }
                Thread.sleep(200); // wall time is what slow clients use up; the probes sample it
            }
            requests += slow.size();
            assertThat(slowest).as("the slowest probe while 200 slow uploads were open, ms").isLessThan(1_000);
        } finally {
            trickle.shutdownNow();
            slow.forEach(HostileInputIT::closeQuietly);
        }
    }

    private static void forEachOpen(List<Socket> sockets, Consumer<Socket> action) {
        for (Iterator<Socket> it = sockets.iterator(); it.hasNext(); ) {
            Socket socket = it.next();
            if (!socket.isClosed()) {
                action.accept(socket);
            }
        }
    }

    /** How many requests WireMock's journal holds (its admin API answers the count with one entry). */
    private static long journalSize(ChildMock mock) {
        SignedCall.Reply journal = SignedCall.to(mock.baseUrl).op(null, "GET", "/__admin/requests")
                .query("limit", "1").send();
        assertThat(journal.status()).as("%s; the mock's log: %s", journal, tail(mock.stderr)).isEqualTo(200);
        return journal.json().path("meta").path("total").asLong();
    }

    private static String tail(CharSequence text) {
        return text.length() <= 4000 ? text.toString() : text.subSequence(text.length() - 4000, text.length()).toString();
    }

    /** Writes one request on its own connection; the status, or -1 when none came within the hang limit. */
    private static int exchange(int port, IncomingRequest request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(HANG_MILLIS);
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.rawPath())
                    .append(request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery()).append(" HTTP/1.1\r\n");
            new TreeMap<>(request.headers()).forEach((name, value) -> head.append(name).append(": ")
                    .append(value.replace("\r", "").replace("\n", "")).append("\r\n"));
            head.append("Content-Length: ").append(request.body().length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(request.body());
            out.flush();
            return status(socket.getInputStream());
        } catch (IOException e) {
            return -1;
        }
    }

    /** Reads until the status line is complete; -1 on a timeout or a connection closed without an answer. */
    private static int status(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            return -1;
        } catch (IOException e) {
            // a reset after the status line is fine; before it, there is no answer
        }
        String[] parts = line.toString(StandardCharsets.ISO_8859_1).split(" ");
        return parts.length >= 2 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : -1;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

}
