package io.github.dlckit.mock.fault;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.junit.DlcMock;
import io.github.dlckit.mock.junit.MockClients;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.retry.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the SDK's {@link DlcClient} does under each fault mode — one test per mode. Only what the SDK alone decides
 * is asserted: a POST is sent at most once when its outcome is unknown; a refused read is retried.
 */
@DlcMock
class DlcClientUnderFaultsTest {

    private static final CreateJobRequest JOB = CreateJobRequest.builder().displayName("faults").jobType("PyTorchJob")
            .userCommand("sleep 60").addJobSpecs(JobSpec.builder().type("Worker").podCount(1)
                    .image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3").ecsSpec("ecs.g7.xlarge").build())
            .build();

    private DlcClient dlc;

    private DlcMockServer mock;

    @BeforeEach
    void client(DlcMockServer mock) {
        this.mock = mock;
        // a generous read timeout: on a loaded machine a call that merely runs slowly must not look lost
        dlc = clientWithReadTimeout(Duration.ofSeconds(30));
    }

    private DlcClient clientWithReadTimeout(Duration readTimeout) {
        return MockClients.clientBuilder(mock).readTimeout(readTimeout)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
                        .maxDelay(Duration.ofMillis(5)).throttlingBaseDelay(Duration.ofMillis(1)).build())
                .build();
    }

    @AfterEach
    void close() {
        dlc.close();
    }

    @Test
    void responseLost_createJobIsSentOnce_andTheCallerLearnsTheOutcomeIsUnknown(MockControl control) {
        control.addFault(Fault.responseLost("CreateJob"));

        DlcClientException lost = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(JOB));

        assertThat(lost.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
        assertThat(control.requests("CreateJob")).as("never sent twice").hasSize(1);
        String created = control.requests("CreateJob").get(0).jobId();
        assertThat(dlc.getJob(created).jobId()).as("the job exists although no answer came").contains(created);
    }

    @Test
    void refuse503_onARead_isRetried_andSucceeds(MockControl control) {
        String id = dlc.createJob(JOB).jobId().get();
        control.addFault(Fault.refuse("GetJob", 503, "ServiceUnavailable").times(2));

        assertThat(dlc.getJob(id).jobId()).contains(id);

        assertThat(control.requests("GetJob")).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
    }

    @Test
    void refuse400_isNotRetried_andTheCallerGetsTheServiceError(MockControl control) {
        control.addFault(Fault.refuse("CreateJob", 400, "InvalidParameter"));

        DlcServiceException refused = catchThrowableOfType(DlcServiceException.class, () -> dlc.createJob(JOB));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("InvalidParameter");
        assertThat(control.requests("CreateJob")).hasSize(1);
        assertThat(dlc.listJobs(io.github.dlckit.model.ListJobsRequest.builder().build()).totalCount())
                .as("a refusal changes nothing").hasValue(0L);
    }

    @Test
    void delay_longerThanTheReadTimeout_isAnUnknownOutcome_andTheJobExists(MockControl control) {
        control.addFault(Fault.delay("CreateJob", 3));

        DlcClientException timedOut;
        try (DlcClient impatient = clientWithReadTimeout(Duration.ofSeconds(1))) {
            timedOut = catchThrowableOfType(DlcClientException.class, () -> impatient.createJob(JOB));
        }

        assertThat(timedOut.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
        assertThat(control.requests("CreateJob")).singleElement()
                .satisfies(call -> assertThat(call.durationMs()).isGreaterThanOrEqualTo(3000))
                .satisfies(call -> assertThat(call.jobId()).startsWith("dlc"));
    }

    @Test
    void reset_onCreateJob_isAnUnknownOutcome_neverResent_andNothingWasCreated(MockControl control) {
        control.addFault(Fault.reset("CreateJob"));

        DlcClientException reset = catchThrowableOfType(DlcClientException.class, () -> dlc.createJob(JOB));

        assertThat(reset.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
        assertThat(control.requests("CreateJob")).as("the reset call never reached the API; no resend").isEmpty();
        assertThat(control.faults()).isEmpty();
    }

    @Test
    void reset_onARead_isRetried(MockControl control) {
        String id = dlc.createJob(JOB).jobId().get();
        control.addFault(Fault.reset("GetJob"));

        assertThat(dlc.getJob(id).jobId()).contains(id);

        assertThat(control.requests("GetJob")).as("the retry reached the API").hasSize(1);
        assertThat(control.faults()).isEmpty();
    }
}
