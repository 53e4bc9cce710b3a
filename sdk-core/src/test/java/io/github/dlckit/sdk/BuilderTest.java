package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.dlckit.sdk.http.OkHttpClients;
import io.github.dlckit.sdk.internal.Endpoints;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuilderTest {

    @Test
    void build_listsEveryProblemInOneMessage() {
        assertThatThrownBy(() -> DlcClient.builder().credentials(Fakes.KEY)
                .credentialsProvider(() -> Fakes.KEY).readTimeout(Duration.ZERO).userAgentSuffix("bad\nagent").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build DlcClient: 4 problems: 1) region is required (or set endpointOverride); "
                        + "2) set credentials or credentialsProvider, not both; 3) readTimeout must be positive, got PT0S; "
                        + "4) userAgentSuffix must be printable ASCII without line breaks");
    }

    @Test
    void build_refusesAnOverrideWithPathOrUserInfoAndTheVpcFlagWithIt() {
        assertThatThrownBy(() -> DlcAsyncClient.builder().endpointOverride(URI.create("ftp://user:pw@host/x"))
                .useVpcEndpoint(true).build())
                .hasMessage("Cannot build DlcAsyncClient: 3 problems: 1) endpointOverride must use http or https, "
                        + "got ftp; 2) endpointOverride must be scheme://host[:port] only, without path, query or user "
                        + "info; 3) useVpcEndpoint cannot be combined with endpointOverride (the override names the host)")
                .message().doesNotContain("pw");
    }

    @Test
    void build_refusesARegionThatIsNotAnId() {
        assertThatThrownBy(() -> DlcClient.builder().region("cn hangzhou").build())
                .hasMessageContaining("region 'cn hangzhou' is not a region id such as cn-hangzhou");
    }

    @Test
    void endpoints_followTheCatalogue() {
        assertThat(Endpoints.resolve(null, "cn-hangzhou", false).toString())
                .isEqualTo("https://pai-dlc.cn-hangzhou.aliyuncs.com/");
        assertThat(Endpoints.resolve(null, "cn-wulanchabu", true).toString())
                .isEqualTo("https://pai-dlc-vpc.cn-wulanchabu.aliyuncs.com/");
        assertThat(Endpoints.host("cn-qingdao", false)).isEqualTo("pai-dlc.aliyuncs.com");
        assertThat(Endpoints.host("cn-qingdao", true)).isEqualTo("pai-dlc.aliyuncs.com");
        assertThat(Endpoints.resolve(URI.create("http://127.0.0.1:8089"), "cn-hangzhou", false).toString())
                .isEqualTo("http://127.0.0.1:8089/");
        assertThat(Endpoints.resolve(URI.create("https://gw.example"), null, false).port()).isEqualTo(443);
    }

    @Test
    void ownHttpClient_hasTheDocumentedDefaultsAndNeverSendsOnItsOwn() {
        OkHttpClient own = OkHttpClients.derive(null, AbstractDlcClientBuilder.DEFAULT_CONNECT_TIMEOUT,
                AbstractDlcClientBuilder.DEFAULT_READ_TIMEOUT, null, null, false);
        assertThat(own.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(own.readTimeoutMillis()).isEqualTo(20_000);
        assertThat(own.callTimeoutMillis()).isZero();
        assertNeverSendsOnItsOwn(own);
        OkHttpClients.release(own);
    }

    @Test
    void ownHttpClient_speaksCleartextOnlyToAnHttpEndpoint_aSuppliedClientKeepsItsConnectionSpecs() {
        OkHttpClient plain = OkHttpClients.derive(null, null, null, null, null, true);
        assertThat(plain.connectionSpecs()).containsExactly(okhttp3.ConnectionSpec.CLEARTEXT);
        assertThat(plain.x509TrustManager()).as("no TLS set up for a plain-http endpoint").isNull();
        OkHttpClient tls = OkHttpClients.derive(null, null, null, null, null, false);
        assertThat(tls.connectionSpecs()).anyMatch(okhttp3.ConnectionSpec::isTls);
        OkHttpClient supplied = new OkHttpClient();
        assertThat(OkHttpClients.derive(supplied, null, null, null, null, true).connectionSpecs())
                .isEqualTo(supplied.connectionSpecs());
        OkHttpClients.release(plain);
        OkHttpClients.release(tls);
    }

    @Test
    void suppliedHttpClient_getsTheNoResendSettingsReapplied() {
        OkHttpClient permissive = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true)
                .retryOnConnectionFailure(true).authenticator((route, response) -> response.request())
                .proxyAuthenticator((route, response) -> response.request()).build();
        OkHttpClient derived = OkHttpClients.derive(permissive, null, null, null, null, true);
        assertNeverSendsOnItsOwn(derived);
        assertThat(permissive.followRedirects()).as("the caller's own client is left as it was").isTrue();
    }

    private static void assertNeverSendsOnItsOwn(OkHttpClient client) {
        assertThat(client.followRedirects()).isFalse();
        assertThat(client.followSslRedirects()).isFalse();
        assertThat(client.retryOnConnectionFailure()).isFalse();
        assertThat(client.authenticator()).isSameAs(okhttp3.Authenticator.NONE);
        assertThat(client.proxyAuthenticator()).isSameAs(okhttp3.Authenticator.NONE);
        assertThat(client.networkInterceptors()).last().extracting(i -> i.getClass().getSimpleName())
                .as("the send-once guard sits closest to the wire").isEqualTo("WireTracker");
    }

    @Test
    void suppliedHttpClient_keepsItsTimeoutsAndSurvivesClose() throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        OkHttpClient mine = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).build();
        try {
            DlcClient dlc = DlcClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                    .credentials(Fakes.KEY).httpClient(mine).userAgentSuffix("my-app/1.0").build();
            dlc.getJob("dlc-1");
            dlc.close();
            assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
            try (Response r = mine.newCall(new Request.Builder().url("http://127.0.0.1:" + server.port() + "/x").build())
                    .execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("user-agent"))
                    .matches("dlckit/\\S+ \\(Java [^;]+; [^;]+; [^)]+\\) my-app/1\\.0");
            assertThat(mine.retryOnConnectionFailure()).isTrue();
        } finally {
            mine.dispatcher().executorService().shutdown();
            server.stop();
        }
    }

    @Test
    void closedClient_refusesCalls() {
        DlcClient dlc = DlcClient.builder().region("cn-hangzhou").credentials(Fakes.KEY).build();
        dlc.close();
        dlc.close();
        assertThatThrownBy(() -> dlc.getJob("dlc-1")).hasMessage("GetJob: the client is closed");
        assertThat(dlc.toString()).contains("https://pai-dlc.cn-hangzhou.aliyuncs.com/").contains("closed")
                .doesNotContain(Fakes.KEY.accessKeySecret());
    }
}
