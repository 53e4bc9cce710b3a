package io.github.dlckit.mock.hostile;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Item 7 of issue 12: PRIVATE jobs are their creator's, PUBLIC ones the workspace's; secrets come back masked. */
class OwnershipTest {

    private static final String ACCOUNT = "1234567890123456";

    @Test
    void aPrivateJob_isInvisibleToOtherUsers_aPublicOneIsShared() {
        try (DlcMockServer mock = DlcMockServer.builder().accessKey("alice", "s1", ACCOUNT, "alice")
                .accessKey("bob", "s2", ACCOUNT, "bob").start()) {
            String privateJob = create(mock, "PRIVATE");
            String publicJob = create(mock, "PUBLIC");

            assertThat(as(mock, "bob").op("GetJob", "GET", "/api/v1/jobs/" + privateJob).send().status()).isEqualTo(404);
            assertThat(as(mock, "bob").op("StopJob", "POST", "/api/v1/jobs/" + privateJob + "/stop").send().status())
                    .isEqualTo(404);
            assertThat(as(mock, "bob").op("DeleteJob", "DELETE", "/api/v1/jobs/" + privateJob).send().status())
                    .isEqualTo(404);
            SignedCall.Reply bobsList = as(mock, "bob").op("ListJobs", "GET", "/api/v1/jobs").send();
            assertThat(bobsList.json().path("TotalCount").asInt()).isEqualTo(1);
            assertThat(bobsList.json().path("Jobs").get(0).path("JobId").asText()).isEqualTo(publicJob);

            assertThat(as(mock, "bob").op("StopJob", "POST", "/api/v1/jobs/" + publicJob + "/stop").send().status())
                    .isEqualTo(200);
            assertThat(as(mock, "alice").op("GetJob", "GET", "/api/v1/jobs/" + privateJob).send().status())
                    .isEqualTo(200);
            assertThat(as(mock, "alice").op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt())
                    .isEqualTo(2);
        }
    }

    @Test
    void registryPasswordsAndTokens_comeBackMasked() {
        try (DlcMockServer mock = DlcMockServer.builder().start()) {
            String body = "{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\","
                    + "\"CodeSource\":{\"CodeSourceId\":\"code-1\"},"
                    + "\"JobSpecs\":[{\"Type\":\"Worker\",\"PodCount\":1,\"Image\":\"registry/private:1\","
                    + "\"EcsSpec\":\"ecs.g7.xlarge\",\"ImageConfig\":{\"Username\":\"me\",\"Password\":\"hunter2\","
                    + "\"Auth\":\"bWU6aHVudGVyMg==\"}}]}";
            SignedCall.Reply created = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(body).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(200);
            String jobId = created.json().path("JobId").asText();
            SignedCall.Reply job = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
            assertThat(job.text()).doesNotContain("hunter2", "bWU6aHVudGVyMg==");
            assertThat(job.json().path("JobSpecs").get(0).path("ImageConfig").path("Password").asText())
                    .isEqualTo("****");
            assertThat(job.json().path("JobSpecs").get(0).path("ImageConfig").path("Username").asText())
                    .isEqualTo("me");
            assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().text())
                    .doesNotContain("hunter2");
        }
    }

    private static String create(DlcMockServer mock, String accessibility) {
        SignedCall.Reply reply = as(mock, "alice").op("CreateJob", "POST", "/api/v1/jobs")
                .body(RequestLimitsTest.jobWith("\"PodCount\":1").replace("{\"DisplayName\"",
                        "{\"Accessibility\":\"" + accessibility + "\",\"DisplayName\"")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("JobId").asText();
    }

    private static SignedCall as(DlcMockServer mock, String user) {
        return SignedCall.to(mock).key(user, user.equals("alice") ? "s1" : "s2");
    }
}
