package io.github.dlckit.mock.http;

import io.github.dlckit.mock.DlcMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The web page's files over HTTP: types, unsigned access, no way out of its folders, and off when asked. */
class WebPageServingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        mock = DlcMockServer.builder().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/mock/ui/, text/html;charset=utf-8, <!DOCTYPE html>",
            "/mock/ui/app.js, text/javascript;charset=utf-8, 'use strict'",
            "/mock/ui/app.css, text/css;charset=utf-8, :root",
            "/mock/ui/vendor/uplot/uPlot.iife.min.js, text/javascript;charset=utf-8, uPlot",
            "/mock/ui/vendor/uplot/uPlot.min.css, text/css;charset=utf-8, .uplot",
            "/mock/ui/routes.json, application/json;charset=utf-8, GET /mock/v1/clock",
    })
    void servesEachFileUnsigned_withItsType(String path, String type, String content) {
        HttpResponse<String> response = get(mock, path, "GET");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
        assertThat(response.body()).contains(content);
    }

    @Test
    void thePathWithoutSlash_redirectsToThePage() {
        HttpResponse<String> response = get(mock, "/mock/ui", "GET");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/mock/ui/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mock/ui/../v1/clock", "/mock/ui/%2e%2e/v1/clock", "/mock/ui/..%2fapp.js",
            "/mock/ui/vendor/uplot/../../app.js", "/mock/ui/vendor/uplot/package.json", "/mock/ui/nothing.js",
            "/mock/ui/vendor/uplot/LICENSE", "/mock/ui/io/github/dlckit/mock/ui/app.js", "/mock/ui/.hidden.js"})
    void nothingOutsideThePagesFiles_isServed(String path) {
        HttpResponse<String> response = get(mock, path, "GET");
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.body()).doesNotContain("'use strict'", "\"Now\"");
    }

    @Test
    void otherMethods_are405() {
        HttpResponse<String> response = get(mock, "/mock/ui/app.js", "DELETE");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("GET and HEAD only");
    }

    @Test
    void theRoutesList_namesEveryControlRoute() {
        assertThat(get(mock, "/mock/ui/routes.json", "GET").body())
                .contains("POST /mock/v1/clock/advance", "PUT /mock/v1/pools/{EcsSpec}", "GET /mock/v1/billing");
    }

    @Test
    void offWhenAsked_the404SaysSo() {
        try (DlcMockServer off = DlcMockServer.builder().webPage(false).start()) {
            assertThat(off.webPageUrl()).isEmpty();
            HttpResponse<String> response = get(off, "/mock/ui/", "GET");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("InvalidApi.NotFound", "web page is off");
            assertThat(get(off, "/mock/v1/clock", "GET").statusCode()).isEqualTo(200);
        }
        assertThat(mock.webPageUrl()).hasValue(mock.baseUrl() + "/mock/ui/");
    }

    private static HttpResponse<String> get(DlcMockServer server, String path, String method) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(path, e);
        }
    }
}
