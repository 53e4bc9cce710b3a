package example;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobType;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.validation.RequestValidator;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.auth.Credentials;

import java.net.URI;

/**
 * A user's main program from README.md's snippets: builds the seed document's spot job ("Using the models") and
 * submits it to a standalone mock ("Standalone"), whose address comes in the system property dlc.mock.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // readme:begin
        CreateJobRequest job = CreateJobRequest.builder()
                .displayName("sample-spot-job")
                .jobType(JobType.PYTORCH_JOB)
                .addJobSpecs(JobSpec.builder()
                        .type("Worker").podCount(1)
                        .image("dsw-registry-vpc.cn-hangzhou.cr.aliyuncs.com/pai/pytorch-training:1.12-cpu-py39-ubuntu20.04")
                        .ecsSpec("ecs.g7.xlarge")
                        .spotSpec(SpotSpec.priceLimit(0.011))        // or SpotSpec.discountLimit(0.4) on Lingjun
                        .build())
                .userCommand("echo 'Hello World' && sleep 30 && echo 'DONE'")
                .build();

        RequestValidator.validate(DlcOperations.CREATE_JOB, job);    // throws ValidationException naming field and rule
        String body = DlcJson.write(job);                            // the exact JSON body the service expects
        // readme:end
        System.out.println("checked: the README's job validates; body " + body.length() + " characters");

        // readme:begin
        URI mock = URI.create(System.getProperty("dlc.mock", "http://127.0.0.1:8089"));
        try (DlcClient dlc = DlcClient.builder()
                .endpointOverride(mock)                                   // the mock, not a region's endpoint
                .credentials(Credentials.of("testid", "testsecret"))      // the mock's default key
                .build()) {
            String jobId = dlc.createJob(job).jobId().get();
            GetJobResponse read = dlc.getJob(jobId);
            System.out.println(jobId + " " + read.status().orElse("?") + " on " + mock);
        }
        // readme:end
    }
}
