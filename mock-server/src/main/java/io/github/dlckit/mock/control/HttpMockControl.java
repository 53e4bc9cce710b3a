package io.github.dlckit.mock.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@link MockControl} over HTTP, for a mock in another process (the standalone jar): the unsigned
 * {@code /mock/v1} routes, with the JDK's HTTP client. Refusals arrive as {@link MockControlException} with the
 * server's code and message, as with the embedded control.
 */
public final class HttpMockControl implements MockControl {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;

    /**
     * @param baseUrl the mock's base URL, e.g. {@code http://127.0.0.1:8089}
     */
    public HttpMockControl(URI baseUrl) {
        String text = baseUrl.toString();
        this.base = URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + "/mock/v1");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    @Override
    public Instant now() {
        return instant(send("GET", "/clock", null));
    }

    @Override
    public Instant advance(Duration duration) {
        return instant(send("POST", "/clock/advance", "{\"Seconds\":" + EmbeddedMockControl.seconds(duration) + "}"));
    }

    @Override
    public void reset() {
        send("POST", "/reset", "{}");
    }

    @Override
    public List<PoolView> pools() {
        return read(send("GET", "/pools", null).path("Pools"), new TypeReference<List<PoolView>>() { });
    }

    @Override
    public PoolView updatePool(String ecsSpec, PoolChange change) {
        return read(send("PUT", "/pools/" + segment(ecsSpec), write(change)), new TypeReference<PoolView>() { });
    }

    @Override
    public void loadTrace(String ecsSpec, List<TracePointView> points) {
        send("POST", "/pools/" + segment(ecsSpec) + "/trace", write(java.util.Map.of("Points", points)));
    }

    @Override
    public BillingReport billing(String jobId) {
        String query = jobId == null ? "" : "?JobId=" + URLEncoder.encode(jobId, StandardCharsets.UTF_8);
        return read(send("GET", "/billing" + query, null), new TypeReference<BillingReport>() { });
    }

    @Override
    public List<JobOverview> jobs() {
        return read(send("GET", "/jobs", null).path("Jobs"), new TypeReference<List<JobOverview>>() { });
    }

    @Override
    public PreemptionView preempt(String jobId, Long warningSeconds, String cause) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        if (warningSeconds != null) {
            body.put("WarningSeconds", warningSeconds);
        }
        if (cause != null) {
            body.put("Cause", cause);
        }
        return read(send("POST", "/jobs/" + segment(jobId) + "/preempt", write(body)),
                new TypeReference<PreemptionView>() { });
    }

    @Override
    public PoolHistoryView history(String ecsSpec, Instant startTime, Instant endTime) {
        StringBuilder query = new StringBuilder();
        if (startTime != null) {
            query.append("StartTime=").append(startTime);
        }
        if (endTime != null) {
            query.append(query.length() > 0 ? "&" : "").append("EndTime=").append(endTime);
        }
        return read(send("GET", "/pools/" + segment(ecsSpec) + "/history" + (query.length() > 0 ? "?" + query : ""),
                null), new TypeReference<PoolHistoryView>() { });
    }

    @Override
    public List<JobSavings> savings(String jobId) {
        String query = jobId == null ? "" : "?JobId=" + URLEncoder.encode(jobId, StandardCharsets.UTF_8);
        return read(send("GET", "/savings" + query, null).path("Jobs"), new TypeReference<List<JobSavings>>() { });
    }

    @Override
    public SettingsView settings() {
        return read(send("GET", "/settings", null), new TypeReference<SettingsView>() { });
    }

    @Override
    public SettingsView updateSettings(SettingsView change) {
        return read(send("PUT", "/settings", write(change)), new TypeReference<SettingsView>() { });
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(Object value) {
        try {
            return DlcJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(JsonNode node, TypeReference<T> type) {
        try {
            return DlcJson.mapper().readValue(DlcJson.mapper().treeAsTokens(node), type);
        } catch (IOException e) {
            throw new MockControlException("InvalidResponse", "the mock at " + base + " answered an unexpected shape: "
                    + e.getMessage());
        }
    }

    private JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the mock at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the mock at " + base, e);
        }
        JsonNode body = parse(response);
        if (response.statusCode() / 100 != 2) {
            throw new MockControlException(body.path("Code").asText("HTTP" + response.statusCode()),
                    body.path("Message").asText("the mock answered " + response.statusCode()));
        }
        return body;
    }

    private JsonNode parse(HttpResponse<byte[]> response) {
        try {
            return DlcJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new MockControlException("InvalidResponse", "the mock at " + base + " answered "
                    + response.statusCode() + " with a body that is not JSON");
        }
    }

    private Instant instant(JsonNode body) {
        try {
            return Instant.parse(body.path("Now").asText());
        } catch (DateTimeParseException e) {
            throw new MockControlException("InvalidResponse", "the mock at " + base + " sent no time in Now: " + body);
        }
    }
}
