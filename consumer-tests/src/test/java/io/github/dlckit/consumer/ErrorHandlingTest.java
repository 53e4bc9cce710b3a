package io.github.dlckit.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.junit.DlcMock;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.dlckit.consumer.ReadmeJobs.job;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

// readme:begin
@DlcMock
class ErrorHandlingTest {

    @Test
    void aLostAnswerIsNeverSentTwice(DlcClient dlc, MockControl mock) {
        mock.addFault(Fault.responseLost("CreateJob"));          // the job is created, then the connection closes

        DlcClientException lost = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(job));

        assertThat(lost.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
        assertThat(mock.requests("CreateJob")).hasSize(1);       // the SDK never sends a POST twice on its own
        // ...so your code looks for the job (ListJobs by DisplayName) before it creates another one
    }

    @Test
    void twoRefusalsAreRetriedAway(DlcClient dlc, MockControl mock) {
        String id = dlc.createJob(job).jobId().get();
        mock.addFault(Fault.refuse("GetJob", 503, "ServiceUnavailable").times(2));

        assertThat(dlc.getJob(id).jobId()).contains(id);          // the default retry policy rides it out
        assertThat(mock.requests("GetJob")).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
    }

    @Test
    void aSavedStateComesBackWhole(DlcClient dlc, MockControl mock) {
        String id = dlc.createJob(job).jobId().get();
        mock.advance(Duration.ofMinutes(10));
        JsonNode saved = mock.exportState();                      // GET /mock/v1/state: one JSON document

        mock.reset();
        mock.importState(saved);                                  // PUT /mock/v1/state

        assertThat(dlc.getJob(id).statusEnum()).isEqualTo(JobStatus.RUNNING);
        assertThat(mock.now()).isEqualTo(saved.path("Now").asText());
    }
}
// readme:end
