package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** No secret, token or signature reaches an exception message or the (DEBUG) log. */
class SecretsTest {

    @Test
    void secretsNeverAppearInMessagesOrLogs() {
        Credentials sts = Credentials.sts("STS.KeyIdVisible", "TopSecretValue123", "SecurityTokenValue456");
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/jobs/dlc-1")).willReturn(aResponse().withStatus(403)
                .withBody("{\"Code\":\"Forbidden.RAM\",\"Message\":\"denied\",\"RequestId\":\"r\"}")));
        server.stubFor(post(urlPathEqualTo("/api/v1/jobs/dlc-1/stop"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        List<String> texts = new ArrayList<>();
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
                try (DlcClient dlc = new Fakes.Harness().client(server).credentials(sts).signatureAlgorithm(algorithm)
                        .build()) {
                    collect(texts, () -> dlc.getJob("dlc-1"));
                    collect(texts, () -> dlc.stopJob("dlc-1"));
                    texts.add(dlc.toString());
                }
            }
        } finally {
            System.setErr(realErr);
            server.stop();
        }
        texts.add(sts.toString());
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("GetJob attempt 1: HTTP 403");
        texts.add(log);
        for (String text : texts) {
            assertThat(text).doesNotContain("TopSecretValue123", "SecurityTokenValue456", "Signature=", "acs STS.",
                    "authorization", "Authorization");
        }
    }

    private static void collect(List<String> texts, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
            }
            for (Throwable s : e.getSuppressed()) {
                texts.add(s.getMessage());
            }
        }
    }
}
