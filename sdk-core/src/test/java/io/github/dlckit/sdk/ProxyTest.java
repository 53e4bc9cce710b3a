package io.github.dlckit.sdk;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.http.ProxySettings;
import io.github.dlckit.sdk.internal.ProxyChoice;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.github.dlckit.sdk.FaultMatrixTest.answer;
import static io.github.dlckit.sdk.FaultMatrixTest.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Proxies, with a local server standing in for the proxy of plain-http requests: the builder's settings, the
 * environment's ({@code HTTP_PROXY}, {@code NO_PROXY}), credentials sent with the first request, a {@code 407}
 * never answered by sending again.
 */
class ProxyTest {

    private MockWebServer service;
    private MockWebServer proxy;

    @BeforeEach
    void start() throws IOException {
        service = new MockWebServer();
        service.start(InetAddress.getLoopbackAddress(), 0);
        proxy = new MockWebServer();
        proxy.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        service.close();
        proxy.close();
    }

    private DlcClientBuilder client(Map<String, String> env) {
        return client(env, "127.0.0.1");
    }

    /** A proxy answers for any host without this process resolving it: the made-up one stays on this machine. */
    private DlcClientBuilder client(Map<String, String> env, String serviceHost) {
        return DlcClient.builder().endpointOverride(URI.create("http://" + serviceHost + ":" + service.getPort()))
                .credentials(Fakes.KEY).sleeper(d -> { })
                .environment(AuthEnvironment.of(env, Collections.emptyMap(), Paths.get("/nonexistent")));
    }

    private String serviceUrl(String path) {
        return "http://127.0.0.1:" + service.getPort() + path;
    }

    @Test
    void builderProxy_carriesTheRequestWithCredentialsFromTheFirstSend() throws InterruptedException {
        proxy.enqueue(answer(200, FaultMatrixTest.JOB).build());
        try (DlcClient dlc = client(Map.of()).proxy("127.0.0.1", proxy.getPort()).proxyCredentials("me", "pr0xy:pw")
                .build()) {
            assertThat(dlc.getJob("dlc-1").jobId()).contains("dlc-1");
        }
        RecordedRequest via = proxy.takeRequest(5, TimeUnit.SECONDS);
        assertThat(via.getTarget()).isEqualTo(serviceUrl("/api/v1/jobs/dlc-1"));
        assertThat(via.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("me:pr0xy:pw".getBytes()));
        assertThat(proxy.getRequestCount()).isEqualTo(1);
        assertThat(service.getRequestCount()).isZero();
    }

    @Test
    void proxyRefusingTheCredentials_is407ToTheCaller_andNothingIsSentAgain() {
        proxy.enqueue(error(407, "ProxyAuthenticationRequired", "no").addHeader("Proxy-Authenticate",
                "Basic realm=\"corp\"").build());
        try (DlcClient dlc = client(Map.of()).proxy(URI.create("http://me:wrong@127.0.0.1:" + proxy.getPort()))
                .build()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class,
                    () -> dlc.createJob(FailureBehaviourTest.createJob()));
            assertThat(e.statusCode()).isEqualTo(407);
            assertThat(e.getMessage()).contains("refused the proxy credentials")
                    .contains("the request did not reach the service").doesNotContain("wrong");
        }
        assertThat(proxy.getRequestCount()).isEqualTo(1);
        assertThat(service.getRequestCount()).isZero();
    }

    @Test
    void httpProxyFromTheEnvironment_isUsedForAnHttpEndpoint() throws InterruptedException {
        proxy.enqueue(answer(200, FaultMatrixTest.JOB).build());
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PROXY", "http://envuser:envpw@127.0.0.1:" + proxy.getPort());
        env.put("HTTPS_PROXY", "http://127.0.0.1:1");    // for https endpoints only
        try (DlcClient dlc = client(env, "dlc-mock.invalid").build()) {
            dlc.getJob("dlc-1");
        }
        RecordedRequest via = proxy.takeRequest(5, TimeUnit.SECONDS);
        assertThat(via.getTarget()).isEqualTo("http://dlc-mock.invalid:" + service.getPort() + "/api/v1/jobs/dlc-1");
        assertThat(via.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("envuser:envpw".getBytes()));
    }

    @Test
    void lowerCaseProxyVariable_isReadToo() {
        proxy.enqueue(answer(200, FaultMatrixTest.JOB).build());
        try (DlcClient dlc = client(Map.of("http_proxy", "127.0.0.1:" + proxy.getPort()), "dlc-mock.invalid").build()) {
            dlc.getJob("dlc-1");
        }
        assertThat(proxy.getRequestCount()).isEqualTo(1);
    }

    @Test
    void environmentProxy_leavesLoopbackHostsDirect() {
        service.enqueue(answer(200, FaultMatrixTest.JOB).build());
        try (DlcClient dlc = client(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort())).build()) {
            dlc.getJob("dlc-1");
        }
        assertThat(service.getRequestCount()).isEqualTo(1);
        assertThat(proxy.getRequestCount()).isZero();
    }

    @Test
    void noProxy_sendsMatchingHostsDirectly() {
        service.enqueue(answer(200, FaultMatrixTest.JOB).build());
        Map<String, String> env = Map.of("NO_PROXY", "example.com, 127.0.0.1");
        try (DlcClient dlc = client(env).proxy("127.0.0.1", proxy.getPort()).build()) {
            dlc.getJob("dlc-1");
        }
        assertThat(service.getRequestCount()).isEqualTo(1);
        assertThat(proxy.getRequestCount()).isZero();
    }

    @Test
    void builderNonProxyHosts_replaceTheEnvironments() {
        service.enqueue(answer(200, FaultMatrixTest.JOB).build());
        try (DlcClient dlc = client(Map.of("NO_PROXY", "example.com")).proxy("127.0.0.1", proxy.getPort())
                .nonProxyHosts("*").build()) {
            dlc.getJob("dlc-1");
        }
        assertThat(service.getRequestCount()).isEqualTo(1);
        assertThat(proxy.getRequestCount()).isZero();
    }

    @Test
    void environmentProxy_canBeTurnedOff_andYieldsToTheCallersOwnClientProxy() {
        AuthEnvironment env = AuthEnvironment.of(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.getPort()),
                Map.of(), Paths.get("/nonexistent"));
        List<String> problems = new ArrayList<>();
        assertThat(ProxyChoice.choose(null, null, null, null, true, env, true, null, problems))
                .hasToString("http://127.0.0.1:" + proxy.getPort());
        assertThat(ProxyChoice.choose(null, null, null, null, false, env, true, null, problems)).isNull();
        assertThat(ProxyChoice.choose(null, null, null, null, true, env, false, null, problems))
                .as("HTTPS_PROXY is for https endpoints").isNull();
        OkHttpClient withOwnProxy = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();
        assertThat(ProxyChoice.choose(null, null, null, null, true, env, true, withOwnProxy, problems)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void proxySettings_neverShowTheCredentials() {
        List<String> problems = new ArrayList<>();
        ProxySettings settings = ProxyChoice.choose(URI.create("http://me:s3cret@proxy.example:3128"), null, null,
                List.of(".corp.example"), true, AuthEnvironment.of(Map.of(), Map.of(), Paths.get("/x")), true, null,
                problems);
        assertThat(settings).hasToString("http://proxy.example:3128 (with credentials ****), not for [.corp.example]");
        assertThat(problems).isEmpty();
    }

    @Test
    void malformedProxySettings_failAtBuildNamingTheSettingButNoSecret() {
        assertThatThrownBy(() -> client(Map.of()).proxy(URI.create("https://u:s3cret@proxy.example:8443/path")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("proxy must be an http:// proxy")
                .hasMessageContaining("without path or query")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> client(Map.of("HTTP_PROXY", "socks5://u:s3cret@proxy.example:1080")).build())
                .hasMessageContaining("HTTP_PROXY must be an http:// proxy").hasMessageContaining("got socks5://")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> client(Map.of()).proxyCredentials("u", "s3cret").proxyFromEnvironment(false).build())
                .hasMessageContaining("proxyCredentials needs a proxy")
                .hasMessageNotContaining("s3cret");
    }
}
