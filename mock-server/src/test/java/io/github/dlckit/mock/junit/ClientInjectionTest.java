package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.sdk.DlcAsyncClient;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.DlcClientBuilder;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Tests can ask for a ready SDK client (sync, async, or a preconfigured builder) pointed at the mock. */
@DlcMock(seed = 3)
class ClientInjectionTest {

    private static final CreateJobRequest JOB = CreateJobRequest.builder().displayName("injected").jobType("PyTorchJob")
            .userCommand("sleep 60")
            .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).image("registry/pai/torch:2").ecsSpec("ecs.g7.xlarge")
                    .build()).build();

    @Test
    void aReadyClientTalksToTheMock(DlcClient dlc, MockControl control) {
        String id = dlc.createJob(JOB).jobId().orElseThrow();
        control.advance(Duration.ofMinutes(5));

        assertThat(dlc.getJob(id).statusEnum()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void theAsyncClientToo(DlcAsyncClient dlc) {
        assertThat(dlc.listJobs(r -> r.pageSize(10)).join().totalCount()).isPresent();
    }

    @Test
    void aBuilderForOtherOptions_suchAsSendingWhatTheSdkWouldRefuse(DlcClientBuilder builder) {
        try (DlcClient unchecked = builder.clientValidation(false).build()) {
            DlcServiceException refused = catchThrowableOfType(DlcServiceException.class,
                    () -> unchecked.createJob(JOB.toBuilder().priority(42).build()));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.errorMessage()).contains("Priority");
        }
    }
}
