package io.github.dlckit.mock.control;

import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HttpMockControlTest extends MockControlContract {

    @Override
    MockControl control() {
        return new HttpMockControl(URI.create(mock.baseUrl()));
    }

    @Test
    void badBodies_are400JsonErrors_unknownRoutes404() throws Exception {
        assertThat(post("/mock/v1/clock/advance", "{\"Seconds\":\"ten\"}")).startsWith("400 ").contains("\"Code\":\"InvalidParameter\"");
        assertThat(post("/mock/v1/clock/advance", "{}")).startsWith("400 ").contains("Seconds");
        assertThat(post("/mock/v1/clock/advance", "not json")).startsWith("400 ").contains("malformed JSON");
        assertThat(post("/mock/v1/pools", "{}")).startsWith("404 ").contains("InvalidApi.NotFound")
                .contains("GET /mock/v1/clock").contains("PUT /mock/v1/pools/{EcsSpec}");
        assertThat(send("PUT", "/mock/v1/pools/ecs.g7.xlarge", "{\"Capacity\":5,\"MarketPrize\":0.01}"))
                .startsWith("400 ").contains("MarketPrize");
        assertThat(send("PUT", "/mock/v1/pools/ecs.g7.xlarge", "{\"Capacity\":-1}")).startsWith("400 ")
                .contains("capacity");
        assertThat(send("PUT", "/mock/v1/pools/ecs.g7.xlarge", "{\"MarketPrice\":5}")).startsWith("400 ")
                .contains("range");
    }

    @Test
    void controlRoutes_needNoSignature_butTheApiDoes() throws Exception {
        assertThat(post("/mock/v1/reset", "")).startsWith("200 ").contains("\"Now\"");
        SignedCall.Reply unsigned = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs")
                .afterSigning(headers -> headers.remove("authorization")).send();
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.code()).isEqualTo("MissingAuthorization");
    }

    private String post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private String send(String method, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mock.baseUrl()
                + path)).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
