package io.github.dlckit.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.model.operation.QueryParameter;
import io.github.dlckit.sdk.auth.signer.Rfc3986;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the catalogue, through the client method named after it, against WireMock: method, raw
 * path (awkward ids encoded as one segment), query pairs, JSON body, signing headers, and the response bound to
 * the operation's response type. Client validation is off so sparse requests reach the wire.
 */
class EveryOperationTest extends WireMockTestBase {

    static final String AWKWARD_ID = "dlc-2026 11/28+x*y~z:é";
    static final String AWKWARD_SEGMENT = "dlc-2026%2011%2F28%2Bx%2Ay~z%3A%C3%A9";

    static DlcClient client;

    @BeforeAll
    static void startClient() {
        client = new Fakes.Harness().client(server).clientValidation(false).build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @BeforeEach
    void answerEverything() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"RequestId\":\"req-1\"}")));
    }

    static List<Operation<?, ?>> operations() {
        return DlcOperations.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void operationGoesOnTheWireAsTheCatalogueSays(Operation<?, ?> operation) throws Exception {
        check(operation);
    }

    private static <Q, S> void check(Operation<Q, S> operation) throws Exception {
        Q request = sampleRequest(operation);
        Method method = DlcClient.class.getMethod(methodName(operation), operation.requestType());

        Object response = method.invoke(client, request);

        assertThat(response).isInstanceOf(operation.responseType());
        List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(received).hasSize(1);
        LoggedRequest wire = received.get(0);
        assertThat(wire.getMethod().getName()).isEqualTo(operation.method().name());
        assertThat(WireRequests.rawPath(wire)).isEqualTo(expectedPath(operation));
        assertThat(WireRequests.query(wire)).containsExactlyInAnyOrderElementsOf(expectedQuery(operation, request));
        assertThat(wire.getHeader("x-acs-action")).isEqualTo(operation.name());
        assertThat(wire.getHeader("x-acs-version")).isEqualTo("2020-12-03");
        assertThat(wire.getHeader("accept")).isEqualTo("application/json");
        assertThat(wire.getHeader("x-acs-date")).isEqualTo("2026-11-28T23:37:25Z");
        assertThat(wire.getHeader("x-acs-signature-nonce")).matches("[0-9a-f]{32}");
        assertThat(wire.getHeader("x-acs-content-sha256")).matches("[0-9a-f]{64}");
        assertThat(wire.getHeader("Authorization")).matches("ACS3-HMAC-SHA256 Credential=LTAI5tTestKey0001,"
                + "SignedHeaders=(content-type;)?host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;"
                + "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}");
        assertThat(wire.getHeader("host")).isEqualTo("127.0.0.1:" + server.port());
        assertThat(wire.getHeader("user-agent")).startsWith("dlckit/");
        if (operation.hasJsonBody()) {
            // Jetty (under WireMock) reports the charset as UTF-8; OkHttp sends exactly what was signed.
            assertThat(wire.getHeader("content-type")).isEqualToIgnoringCase("application/json; charset=utf-8");
            assertThat(DlcJson.mapper().readTree(wire.getBody())).isEqualTo(DlcJson.mapper().valueToTree(request));
        } else {
            assertThat(wire.containsHeader("content-type")).isFalse();
            assertThat(wire.getBody()).isEmpty();
        }
    }

    @Test
    void listJobsTags_travelAsOneFormEncodedJsonText() {
        client.listJobs(r -> r.putTags("team", "spot ml").showOwn(true));
        LoggedRequest wire = server.findAll(anyRequestedFor(anyUrl())).get(0);
        assertThat(WireRequests.rawQuery(wire)).contains("Tags=%7B%22team%22%3A%22spot+ml%22%7D")
                .contains("ShowOwn=true");
        assertThat(WireRequests.query(wire)).contains(Map.entry("Tags", "{\"team\":\"spot ml\"}"));
    }

    /** An empty request with every path parameter set to the awkward id and every query parameter to a sample. */
    static <Q> Q sampleRequest(Operation<Q, ?> operation) throws Exception {
        ObjectNode json = DlcJson.mapper().createObjectNode();
        for (QueryParameter<Q> q : operation.queryParameters()) {
            json.set(q.wireName(), sampleValue(q.type()));
        }
        Q request = DlcJson.mapper().treeToValue(json, operation.requestType());
        for (PathParameter<Q> p : operation.pathParameters()) {
            request = p.withValue(request, AWKWARD_ID);
        }
        return request;
    }

    private static JsonNode sampleValue(String type) throws Exception {
        String json;
        switch (type) {
            case "int32", "int64" -> json = "7";
            case "boolean" -> json = "true";
            case "list<string>" -> json = "[\"a\", \"b c\"]";
            case "map<string,string>" -> json = "{\"team\":\"spot ml\",\"ü\":\"1+1=2\"}";
            default -> json = "\"x y/é*~+&=%\"";
        }
        return DlcJson.mapper().readTree(json);
    }

    static String methodName(Operation<?, ?> operation) {
        return Character.toLowerCase(operation.name().charAt(0)) + operation.name().substring(1);
    }

    private static String expectedPath(Operation<?, ?> operation) {
        String path = operation.pathTemplate();
        for (PathParameter<?> p : operation.pathParameters()) {
            path = path.replace("{" + p.name() + "}", AWKWARD_SEGMENT);
        }
        assertThat(Rfc3986.encode(AWKWARD_ID)).isEqualTo(AWKWARD_SEGMENT);
        return path;
    }

    private static <Q> List<Map.Entry<String, String>> expectedQuery(Operation<Q, ?> operation, Q request) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (QueryParameter<Q> q : operation.queryParameters()) {
            String value = q.wireValue(request);
            if (value != null) {
                out.add(Map.entry(q.wireName(), value));
            }
        }
        return out;
    }
}
