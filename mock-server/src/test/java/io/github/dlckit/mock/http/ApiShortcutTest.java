package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.fault.FaultMode;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.journal.RequestQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a request journal (the standalone mock's default) and without user stubs, DLC calls are served before
 * WireMock sees them; as soon as WireMock would change an answer — a user stub, a global delay — it serves them
 * again, and the mock's own behaviour (signatures, limits, faults, its journal) is the same on both paths.
 */
class ApiShortcutTest {

    private DlcMockServer mock;
    /** The URLs of the requests WireMock handled. */
    private final List<String> seenByWireMock = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        mock = DlcMockServer.builder().journalBytes(0).start();
        mock.wireMock().addMockServiceRequestListener((request, response) -> seenByWireMock.add(request.getUrl()));
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void dlcCalls_skipWireMock_whileItWouldAddNothing() {
        String jobId = Jobs.create(SignedCall.to(mock));
        SignedCall.Reply job = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();

        assertThat(job.status()).as(job.toString()).isEqualTo(200);
        assertThat(job.json().path("JobId").asText()).isEqualTo(jobId);
        assertThat(job.header("Content-Type")).isEqualTo(ApiReply.CONTENT_TYPE);
        assertThat(job.header("x-acs-request-id")).isEqualTo(job.json().path("RequestId").asText());
        assertThat(seenByWireMock).isEmpty();
        assertThat(mock.control().requests(RequestQuery.all())).extracting(RecordedRequest::operation)
                .containsExactly("CreateJob", "GetJob");
    }

    @Test
    void aUserStub_turnsWireMockBackOn_andWinsOverTheApi_untilRemoved() {
        String jobId = Jobs.create(SignedCall.to(mock));
        StubMapping stub = mock.wireMock().stubFor(get(urlPathMatching("/api/v1/jobs/dlc.*"))
                .willReturn(aResponse().withStatus(503).withBody("{\"Code\":\"ServiceUnavailable\"}")));

        assertThat(SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().status()).isEqualTo(503);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(seenByWireMock).containsExactly("/api/v1/jobs/" + jobId, "/api/v1/jobs");

        mock.wireMock().removeStubMapping(stub);
        seenByWireMock.clear();
        assertThat(SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().status()).isEqualTo(200);
        assertThat(seenByWireMock).isEmpty();
    }

    @Test
    void editingTheMocksOwnMapping_turnsWireMockBackOn_untilItsStubsAreReset() {
        StubMapping api = mock.wireMock().getStubMappings().stream()
                .filter(m -> m.getPriority() == WireMockSetup.API_PRIORITY).findFirst().orElseThrow();
        mock.wireMock().editStub(any(anyUrl()).withId(api.getId()).atPriority(WireMockSetup.API_PRIORITY)
                .willReturn(aResponse().withStatus(503)));
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(503);

        mock.wireMock().resetMappings();
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(seenByWireMock).containsExactly("/api/v1/jobs");
    }

    @Test
    void aGlobalDelay_turnsWireMockBackOn() {
        mock.wireMock().setGlobalFixedDelay(1);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(seenByWireMock).containsExactly("/api/v1/jobs");
    }

    @Test
    void resettingWireMock_keepsTheShortcut() {
        mock.wireMock().resetAll();
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(seenByWireMock).isEmpty();
    }

    @Test
    void signatures_limits_andFaults_holdOnTheShortcut() {
        SignedCall.Reply unsigned = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs")
                .afterSigning(h -> h.remove("authorization")).send();
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.code()).isEqualTo("MissingAuthorization");

        SignedCall.Reply tooLarge = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs")
                .body(new byte[ApiDispatcher.DEFAULT_MAX_BODY_BYTES + 1]).overSocket(false).send();
        assertThat(tooLarge.status()).isEqualTo(413);

        mock.control().addFault(Fault.refuse("ListJobs", 503, "ServiceUnavailable"));
        SignedCall.Reply refused = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("ServiceUnavailable");

        mock.control().addFault(new Fault(null, "ListJobs", FaultMode.ResponseLost, null, null, null, null, null));
        assertThatThrownBy(() -> SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").overSocket(false).send())
                .isInstanceOf(UncheckedIOException.class);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(seenByWireMock).isEmpty();
    }
}
