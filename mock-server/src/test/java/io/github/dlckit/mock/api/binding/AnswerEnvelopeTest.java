package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.model.GetDashboardResponse;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.ListJobSanityCheckResultsResponse;
import io.github.dlckit.model.ListJobsResponse;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** R49's request id names and M35's empty lists, on the rendered bytes. */
class AnswerEnvelopeTest {

    private static JsonNode render(io.github.dlckit.model.operation.Operation<?, ?> op, Object response)
            throws IOException {
        return DlcJson.mapper().readTree(AnswerEnvelope.of(op).render("REQ-1", response));
    }

    @Test
    void R49_theRequestIdIsSpelledAsTheOperationsAnswerSpellsIt() throws IOException {
        JsonNode sanity = render(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS,
                ListJobSanityCheckResultsResponse.builder().totalCount(0).build());
        JsonNode dashboard = render(DlcOperations.GET_DASHBOARD, GetDashboardResponse.builder().url("u").build());

        assertThat(sanity.path("RequestID").asText()).isEqualTo("REQ-1");
        assertThat(sanity.has("RequestId")).isFalse();
        assertThat(dashboard.has("RequestId") || dashboard.has("RequestID")).isFalse();
        assertThat(dashboard.path("url").asText()).isEqualTo("u");
        assertThat(AnswerEnvelope.of(DlcOperations.GET_JOB).requestIdField()).contains("RequestId");
    }

    @Test
    void M35_anEmptyCollectionAnswerCarriesItsListAsAnEmptyArray() throws IOException {
        JsonNode empty = render(DlcOperations.LIST_JOBS, ListJobsResponse.builder().totalCount(0L).build());
        JsonNode sanity = render(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS,
                ListJobSanityCheckResultsResponse.builder().totalCount(0).build());

        assertThat(empty.path("Jobs").isArray()).isTrue();
        assertThat(empty.path("Jobs")).isEmpty();
        assertThat(empty.path("TotalCount").asLong()).isZero();
        assertThat(empty.path("RequestId").asText()).isEqualTo("REQ-1");
        assertThat(sanity.path("SanityCheckResults").isArray()).isTrue();
    }

    @Test
    void M35_aResourceDescriptionLeavesAnEmptyListOut() throws IOException {
        JsonNode job = render(DlcOperations.GET_JOB, GetJobResponse.builder().jobId("dlc-1").build());

        assertThat(job.has("Pods")).isFalse();
        assertThat(job.path("JobId").asText()).isEqualTo("dlc-1");
    }
}
