package io.github.dlckit.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.auth.PercentDecoding;
import io.github.dlckit.mock.control.ControlJson;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.MockControlException;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.journal.RequestQuery;
import io.github.dlckit.model.json.DlcJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The control API over HTTP: unsigned JSON routes under {@value #PREFIX}, each a thin shell around one
 * {@link MockControl} method, so the HTTP and the embedded controls cannot drift apart. The route table in the
 * constructor is the one place to add routes. Errors use the same JSON shape as the DLC API.
 */
public final class ControlRoutes {

    /** Where the control API lives. */
    public static final String PREFIX = "/mock/v1";

    private static final Logger LOG = LoggerFactory.getLogger(ControlRoutes.class);

    /** What a route handler sees. */
    record ControlRequest(Map<String, String> pathValues, Map<String, String> query, JsonNode body) {
    }

    private record Route(String method, String[] segments, Function<ControlRequest, Object> handler) {
        String describe() {
            return method + " " + PREFIX + "/" + String.join("/", segments);
        }
    }

    private final List<Route> routes = new ArrayList<>();
    private final Supplier<String> requestIds;

    /**
     * @param control what the routes steer
     * @param requestIds M30: the seeded request ids of control answers and refusals
     */
    public ControlRoutes(MockControl control, Supplier<String> requestIds) {
        this.requestIds = requestIds;
        route("GET", "/clock", request -> clock(control.now()));
        route("POST", "/clock/advance", request -> clock(control.advance(seconds(request.body()))));
        route("POST", "/reset", request -> {
            control.reset();
            return clock(control.now());
        });
        route("GET", "/pools", request -> Map.of("Pools", control.pools()));
        route("PUT", "/pools/{EcsSpec}", request -> control.updatePool(request.pathValues().get("EcsSpec"),
                ControlJson.read(request.body(), PoolChange.class)));
        route("POST", "/pools/{EcsSpec}/trace", request -> {
            control.loadTrace(request.pathValues().get("EcsSpec"), ControlJson.tracePoints(request.body()));
            return Map.of("EcsSpec", request.pathValues().get("EcsSpec"), "Loaded", true);
        });
        route("GET", "/billing", request -> control.billing(request.query().get("JobId")));
        // third edition (M29, M31–M33, Options)
        route("GET", "/jobs", request -> Map.of("Jobs", control.jobs()));
        route("POST", "/jobs/{JobId}/preempt", request -> {
            ControlJson.PreemptRequest body = ControlJson.read(request.body(), ControlJson.PreemptRequest.class);
            return control.preempt(request.pathValues().get("JobId"), body.warningSeconds(), body.cause());
        });
        route("GET", "/pools/{EcsSpec}/history", request -> control.history(request.pathValues().get("EcsSpec"),
                time("StartTime", request.query().get("StartTime")), time("EndTime", request.query().get("EndTime"))));
        route("GET", "/savings", request -> Map.of("Jobs", control.savings(request.query().get("JobId"))));
        route("GET", "/settings", request -> control.settings());
        route("PUT", "/settings", request -> control.updateSettings(ControlJson.read(request.body(),
                io.github.dlckit.mock.control.SettingsView.class)));
        testToolRoutes(control);
    }

    /** Faults by operation, the journal by operation, the state as one document (#14). */
    private void testToolRoutes(MockControl control) {
        route("POST", "/faults", request -> control.addFault(ControlJson.read(request.body(), Fault.class)));
        route("GET", "/faults", request -> Map.of("Faults", control.faults()));
        route("DELETE", "/faults", request -> {
            control.clearFaults();
            return Map.of("Faults", List.of());
        });
        route("DELETE", "/faults/{FaultId}", request -> {
            control.removeFault(request.pathValues().get("FaultId"));
            return Map.of("FaultId", request.pathValues().get("FaultId"), "Removed", true);
        });
        route("GET", "/requests", request -> Map.of("Requests", control.requests(requestQuery(request.query()))));
        route("DELETE", "/requests", request -> {
            control.clearRequests();
            return Map.of("Requests", List.of());
        });
        route("GET", "/state", request -> control.exportState());
        route("PUT", "/state", request -> {
            control.importState(request.body());
            return clock(control.now());
        });
    }

    /** {@code ?Operation=&AccessKeyId=&Since=<ISO-8601>&Limit=<n>}, each optional. */
    private static RequestQuery requestQuery(Map<String, String> query) {
        Instant since = null;
        if (query.get("Since") != null) {
            try {
                since = Instant.parse(query.get("Since"));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("Since: expected an ISO-8601 instant such as 2026-11-29T08:00:00Z,"
                        + " got " + query.get("Since"));
            }
        }
        Integer limit = null;
        if (query.get("Limit") != null) {
            try {
                limit = Integer.valueOf(query.get("Limit"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Limit: expected a whole number, got " + query.get("Limit"));
            }
        }
        return new RequestQuery(query.get("Operation"), query.get("AccessKeyId"), since, limit);
    }

    /** @return every route, e.g. {@code GET /mock/v1/clock}, in table order (the web page calls only these) */
    public List<String> describe() {
        return routes.stream().map(Route::describe).toList();
    }

    private void route(String method, String path, Function<ControlRequest, Object> handler) {
        routes.add(new Route(method, path.substring(1).split("/"), handler));
    }

    /**
     * Serves a control request.
     *
     * @param request the request; its path starts with {@value #PREFIX}
     * @return the answer: 200 JSON, 400 for a refused value, 404 for an unknown route
     */
    public ApiReply handle(IncomingRequest request) {
        String requestId = requestIds.get();
        String host = String.valueOf(request.header("host"));
        try {
            String path = request.rawPath().substring(PREFIX.length());
            String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[] {""};
            for (Route route : routes) {
                Map<String, String> values = match(route, request.method(), segments);
                if (values != null) {
                    Object result = route.handler().apply(new ControlRequest(values, query(request), body(request)));
                    return new ApiReply(200, Map.of("x-acs-request-id", requestId),
                            DlcJson.mapper().writeValueAsBytes(result));
                }
            }
            List<String> known = describe();
            return ErrorReplies.error(404, "InvalidApi.NotFound", "No control route " + request.method() + " "
                    + request.rawPath() + "; the control API has " + String.join(", ", known) + ".", requestId, host);
        } catch (MockControlException e) {
            return ErrorReplies.error(e.status(), e.code(), e.getMessage(), requestId, host);
        } catch (IllegalArgumentException e) {
            return ErrorReplies.error(400, "InvalidParameter", e.getMessage(), requestId, host);
        } catch (IOException | RuntimeException e) {
            LOG.error("InternalError {} for control {} {}", requestId, request.method(), request.rawPath(), e);
            return ErrorReplies.error(500, ErrorReplies.INTERNAL_ERROR, "The control request failed: "
                    + e.getClass().getSimpleName() + " (see the mock's log).", requestId, host);
        }
    }

    private static Map<String, String> match(Route route, String method, String[] segments) {
        if (!route.method().equals(method) || route.segments().length != segments.length) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            String expected = route.segments()[i];
            if (expected.startsWith("{") && expected.endsWith("}")) {
                values.put(expected.substring(1, expected.length() - 1), PercentDecoding.decodePathSegment(segments[i]));
            } else if (!expected.equals(segments[i])) {
                return null;
            }
        }
        return values;
    }

    private static Map<String, String> query(IncomingRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        PercentDecoding.decodeQuery(request.rawQuery()).forEach(pair -> query.put(pair.getKey(), pair.getValue()));
        return query;
    }

    private static JsonNode body(IncomingRequest request) {
        if (request.body().length == 0) {
            return DlcJson.mapper().createObjectNode();
        }
        try {
            JsonNode body = DlcJson.mapper().readTree(request.body());
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("Body: expected a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new IllegalArgumentException("Body: malformed JSON");
        }
    }

    /** An RFC 3339 UTC query value, or null when absent. */
    private static Instant time(String field, String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": expected an RFC 3339 UTC time, got " + text);
        }
    }

    private static Map<String, String> clock(Instant now) {
        return Map.of("Now", now.toString());
    }

    /** {@code {"Seconds": N}}: a JSON number, zero or more, fractions down to nanoseconds. */
    private static Duration seconds(JsonNode body) {
        JsonNode seconds = body.path("Seconds");
        if (!seconds.isNumber()) {
            throw new IllegalArgumentException("Seconds: expected a JSON number of seconds to advance; got "
                    + (seconds.isMissingNode() ? "nothing" : seconds.toString()));
        }
        BigDecimal value = seconds.decimalValue();
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Seconds: the clock only moves forward; got " + value.toPlainString());
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new IllegalArgumentException("Seconds: too far; got " + value.toPlainString());
        }
        long whole = value.longValue();
        long nanos = value.subtract(BigDecimal.valueOf(whole)).setScale(9, RoundingMode.DOWN).movePointRight(9).longValue();
        return Duration.ofSeconds(whole, nanos);
    }
}
