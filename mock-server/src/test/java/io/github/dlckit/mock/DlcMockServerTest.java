package io.github.dlckit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.junit.DlcMock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DlcMock
class DlcMockServerTest {

    private final DlcMockServer mock;

    DlcMockServerTest(DlcMockServer mock) {
        this.mock = mock;
    }

    @Test
    void createGetListStop_v3_answersVendorShapesWithRequestIds() {
        SignedCall.Reply created = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(Jobs.CREATE_BODY).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String jobId = created.json().path("JobId").asText();
        assertThat(jobId).startsWith("dlc");
        assertThat(created.json().path("RequestId").asText()).isNotEmpty().isEqualTo(created.header("x-acs-request-id"));
        assertThat(created.header("Content-Encoding")).isNull();

        SignedCall.Reply got = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        assertThat(got.status()).as(got.toString()).isEqualTo(200);
        assertThat(got.json().path("JobId").asText()).isEqualTo(jobId);
        assertThat(got.json().path("DisplayName").asText()).isEqualTo("http-test");

        SignedCall.Reply listed = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "10").send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().path("TotalCount").asInt()).isEqualTo(1);

        SignedCall.Reply stopped = SignedCall.to(mock).op("StopJob", "POST", "/api/v1/jobs/" + jobId + "/stop").send();
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        mock.control().advance(Duration.ofMinutes(1));
        JsonNode after = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().json();
        assertThat(after.path("Status").asText()).isEqualTo("Stopped");
    }

    @Test
    void roaSignedCallsWork() {
        String jobId = Jobs.create(SignedCall.to(mock).roa());
        SignedCall.Reply got = SignedCall.to(mock).roa().op("GetJob", "GET", "/api/v1/jobs/" + jobId)
                .query("NeedDetail", "true").send();
        assertThat(got.status()).as(got.toString()).isEqualTo(200);
    }
}
