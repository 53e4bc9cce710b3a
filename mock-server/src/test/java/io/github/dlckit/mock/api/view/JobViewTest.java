package io.github.dlckit.mock.api.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GetJob and ListJobs of a job that uses every part the view copies or masks: its twin shapes (code source, data
 * sources, custom envs, VPC), its secrets (registry password, STS token, an environment variable named like a
 * secret), its pods, and the end a preemption gives it. Set {@code -Drender.dump=FILE} to keep the answers, e.g. to diff
 * them between two versions of the view.
 */
class JobViewTest {

    private static final String BODY = "{\"DisplayName\":\"render\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"sleep 9999\","
            + "\"WorkspaceId\":\"ws-1\",\"Envs\":{\"Password\":\"pw\",\"MODE\":\"fast\"},"
            + "\"CodeSource\":{\"CodeSourceId\":\"code-1\",\"Branch\":\"main\",\"IsSharedMountPath\":true},"
            + "\"DataSources\":[{\"DataSourceId\":\"d-1\",\"MountPath\":\"/data\",\"EnableCache\":true}],"
            + "\"CustomEnvs\":[{\"Key\":\"K\",\"Value\":\"V\",\"Visible\":\"true\"}],"
            + "\"ThirdpartyLibs\":[\"numpy\"],"
            + "\"UserVpc\":{\"VpcId\":\"vpc-1\",\"SwitchId\":\"vsw-1\",\"ExtendedCIDRs\":[\"10.0.0.0/8\"]},"
            + "\"CredentialConfig\":{\"EnableCredentialInject\":true,\"CredentialConfigItems\":[{\"Type\":\"Role\","
            + "\"Roles\":[{\"AssumeUserInfo\":{\"Id\":\"u\",\"AccessKeyId\":\"ak\",\"SecurityToken\":\"sts-secret\"}}]}]},"
            + "\"JobSpecs\":[{\"Type\":\"Worker\",\"PodCount\":2,\"Image\":\"registry/private:1\","
            + "\"EcsSpec\":\"ecs.g7.xlarge\",\"ImageConfig\":{\"Username\":\"me\",\"Password\":\"hunter2\",\"Auth\":\"\"},"
            + "\"SpotSpec\":{\"SpotStrategy\":\"SpotWithPriceLimit\",\"SpotPriceLimit\":0.011}}]}";

    @Test
    void aRichJob_rendersItsTwinShapes_andMasksItsSecrets() throws IOException {
        try (DlcMockServer mock = DlcMockServer.builder().start()) {
            String jobId = Jobs.create(SignedCall.to(mock), BODY);
            mock.control().advance(Duration.ofMinutes(10));
            mock.control().preempt(jobId, 0L, "Price");
            mock.control().advance(Duration.ofMinutes(10));

            SignedCall.Reply get = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId)
                    .query("NeedDetail", "true").send();
            SignedCall.Reply list = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send();
            assertThat(get.status()).as(get.toString()).isEqualTo(200);
            dump(get.text() + "\n" + list.text() + "\n");

            assertThat(get.text() + list.text()).doesNotContain("hunter2", "sts-secret", "\"pw\"");
            JsonNode job = get.json();
            assertThat(job.path("JobSpecs").get(0).path("ImageConfig").path("Password").asText()).isEqualTo("****");
            assertThat(job.path("JobSpecs").get(0).path("ImageConfig").path("Auth").asText()).as("empty stays empty")
                    .isEmpty();
            assertThat(job.path("CredentialConfig").path("CredentialConfigItems").get(0).path("Roles").get(0)
                    .path("AssumeUserInfo").path("SecurityToken").asText()).isEqualTo("****");
            assertThat(job.path("Envs").path("Password").asText()).isEqualTo("****");
            assertThat(job.path("Envs").path("MODE").asText()).isEqualTo("fast");
            assertThat(job.path("UserVpc").path("ExtendedCidrs").get(0).asText()).isEqualTo("10.0.0.0/8");
            assertThat(job.path("CodeSource").has("IsSharedMountPath")).as("not in GetJob's shape").isFalse();
            assertThat(job.path("DataSources").get(0).path("MountPath").asText()).isEqualTo("/data");
            assertThat(job.path("CustomEnvs").get(0).path("Value").asText()).isEqualTo("V");
            assertThat(job.path("Pods")).hasSize(2);
            assertThat(job.path("GmtFailedTime").asText()).as("a job without restarts fails when preempted").isNotEmpty();

            JsonNode item = list.json().path("Jobs").get(0);
            assertThat(item.path("JobId").asText()).isEqualTo(jobId);
            assertThat(item.path("EnablePreemptibleJob").asBoolean()).isTrue();
            assertThat(item.path("NodeCount").asText()).isEqualTo("2");
            assertThat(item.path("UserVpc").path("ExtendedCidrs").get(0).asText()).isEqualTo("10.0.0.0/8");
        }
    }

    private static void dump(String text) throws IOException {
        String file = System.getProperty("render.dump");
        if (file != null) {
            Files.writeString(Path.of(file), text.replaceAll("\"Request[Ii][Dd]\":\"[^\"]*\"", "\"RequestId\":\"\""),
                    StandardCharsets.UTF_8);
        }
    }
}
