package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.junit.DlcMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API sits behind a catch-all WireMock stub: user stubs go on top, the journal sees everything. */
class WireMockLayeringTest {

    @RegisterExtension
    static DlcMockExtension extension = DlcMockExtension.builder().build(); // resets stubs and state before each test

    private DlcMockServer mock;

    @BeforeEach
    void server(DlcMockServer server) {
        this.mock = server;
    }

    @Test
    void aUserStubOverridesOneOperation_theRestIsStillServed_andTheJournalSeesIt() {
        String jobId = Jobs.create(SignedCall.to(mock));
        mock.wireMock().stubFor(get(urlPathMatching("/api/v1/jobs/dlc.*")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"Code\":\"ServiceUnavailable\"}")));

        assertThat(SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().status()).isEqualTo(503);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);

        mock.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/jobs")));
        mock.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/jobs/" + jobId)));
    }

    @Test
    void userStubsStillNeedSignedRequests() {
        mock.wireMock().stubFor(get(urlPathMatching("/api/v1/jobs/.*")).willReturn(aResponse().withStatus(503)));
        SignedCall.Reply unsigned = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/dlc1")
                .afterSigning(h -> h.remove("authorization")).send();
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.code()).isEqualTo("MissingAuthorization");
    }

    @Test
    void aConnectionFault_reachesTheClient() {
        mock.wireMock().stubFor(get(urlPathMatching("/api/v1/jobs/.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // Over a plain socket: the JDK client would silently resend the GET with the same nonce (and get
        // SignatureNonceUsed, as a real gateway would answer a blind resend).
        assertThatThrownBy(() -> SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/dlc1").overSocket(false).send())
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theControlApi_winsOverAUserCatchAll() throws Exception {
        mock.wireMock().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        HttpResponse<String> clock = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(mock.baseUrl() + "/mock/v1/clock")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(clock.statusCode()).isEqualTo(200);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(503);
    }

    @Test
    void resettingWireMockStubs_keepsTheApi() {
        mock.wireMock().resetMappings();
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        mock.wireMock().resetToDefaultMappings();
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(mock.wireMock().getStubMappings()).hasSize(3); // the control API, the web page, the DLC API
    }

    @Test
    void answersAreNeverGzipped() {
        SignedCall.Reply reply = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs")
                .afterSigning(h -> h.put("accept-encoding", "gzip")).overSocket(false).send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Encoding")).isNull();
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
    }

    @Test
    void emptyChunkedBodies_asTheVendorClientSendsStopAndDelete_areAccepted() {
        String jobId = Jobs.create(SignedCall.to(mock));
        SignedCall.Reply stopped = SignedCall.to(mock).op("StopJob", "POST", "/api/v1/jobs/" + jobId + "/stop")
                .overSocket(true).send();
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        mock.control().advance(java.time.Duration.ofMinutes(1));
        SignedCall.Reply deleted = SignedCall.to(mock).roa().op("DeleteJob", "DELETE", "/api/v1/jobs/" + jobId)
                .overSocket(true).send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    }

    @Test
    void headerNamesInAnyCase_andContentTypeSpellingKept() {
        SignedCall.Reply reply = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(Jobs.CREATE_BODY)
                .afterSigning(WireMockLayeringTest::capitalise).overSocket(false).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static void capitalise(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        headers.clear();
        copy.forEach((name, value) -> headers.put(name.equals("authorization") ? "Authorization"
                : name.toUpperCase(Locale.ROOT), value));
    }
}
