package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** One WireMock server per test class, emptied before each test, and a fresh fake-time harness per test. */
abstract class WireMockTestBase {

    static WireMockServer server;
    Fakes.Harness harness;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
        harness = new Fakes.Harness();
    }

    /** @return how many requests the server received for this path */
    static int seen(String path) {
        return server.findAll(anyRequestedFor(urlPathEqualTo(path))).size();
    }
}
