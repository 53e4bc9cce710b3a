package io.github.dlckit.mock.hostile;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.api.binding.RequestLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Item 1 of issue 12: every request is bounded, refused before any state changes, with the limit named. */
class RequestLimitsTest {

    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        mock = DlcMockServer.builder().startTime(Instant.parse("2026-11-29T00:00:00Z")).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void aBillionPods_isRefusedNamingTheLimit_andNoJobIsMade() {
        SignedCall.Reply reply = create(jobWith("\"PodCount\":1000000000"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(RequestLimits.CODE);
        assertThat(reply.json().path("Message").asText()).contains("JobSpecs[0].PodCount", "1000 pods per job",
                "--max-pods-per-job");
        assertThat(reply.json().path("RequestId").asText()).isNotEmpty();
        assertNoJobs();
    }

    @Test
    void podsAreCountedOverAllRoles_andMustBePositive() {
        String twoRoles = "{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\",\"JobSpecs\":["
                + role("Worker", 600) + "," + role("Master", 600) + "]}";
        SignedCall.Reply reply = create(twoRoles);
        assertThat(reply.code()).isEqualTo(RequestLimits.CODE);
        assertThat(reply.json().path("Message").asText()).contains("JobSpecs[1].PodCount", "1200 in the job");
        SignedCall.Reply negative = create(jobWith("\"PodCount\":-5"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("Message").asText()).contains("JobSpecs[0].PodCount: expected at least 1");
        assertNoJobs();
    }

    @Test
    void rolesPageSizesStringsListsAndDepth_areBounded() {
        StringBuilder roles = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            roles.append(i == 0 ? "" : ",").append(role("R" + i, 1));
        }
        assertLimit(create("{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\",\"JobSpecs\":["
                + roles + "]}"), "JobSpecs: 17 roles", "--max-roles-per-job");
        assertLimit(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "101").send(),
                "PageSize: 101 items per page", "--max-page-size");
        assertLimit(create(jobWith("\"PodCount\":1").replace("\"DisplayName\":\"d\"",
                "\"DisplayName\":\"" + "x".repeat(65_537) + "\"")), "DisplayName: 65537 characters", "--max-string-chars");
        assertLimit(create(jobWith("\"PodCount\":1").replace("\"UserCommand\":\"echo\"",
                "\"UserCommand\":\"echo\",\"ThirdpartyLibs\":[" + "\"a\",".repeat(1000) + "\"a\"]")),
                "ThirdpartyLibs: 1001 items", "--max-list-items");
        String deep = "{\"Envs\":" + "[".repeat(40) + "]".repeat(40) + "}";
        assertLimit(create(deep), "nested deeper than 32 levels", "--max-json-depth");
        assertNoJobs();
    }

    @Test
    void theLargestAllowedJob_isServedWhole_byGetJobAndListJobs() {
        SignedCall.Reply created = create(jobWith("\"PodCount\":1000"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String jobId = created.json().path("JobId").asText();
        try {
            SignedCall.Reply job = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
            assertThat(job.status()).isEqualTo(200);
            assertThat(job.json().path("Pods").size()).isEqualTo(1000);
            SignedCall.Reply list = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "100")
                    .send();
            assertThat(list.json().path("Jobs").get(0).path("NodeCount").asText()).isEqualTo("1000");
        } finally {
            mock.control().reset();
        }
    }

    @Test
    void limitsAreConfigurable() {
        try (DlcMockServer small = DlcMockServer.builder().limits(RequestLimits.DEFAULTS.withMaxPodsPerJob(2)).start()) {
            SignedCall.Reply reply = SignedCall.to(small).op("CreateJob", "POST", "/api/v1/jobs")
                    .body(jobWith("\"PodCount\":3")).send();
            assertThat(reply.json().path("Message").asText()).contains("2 pods per job");
            assertThat(SignedCall.to(small).op("CreateJob", "POST", "/api/v1/jobs").body(jobWith("\"PodCount\":2"))
                    .send().status()).isEqualTo(200);
        }
    }

    static String role(String type, int pods) {
        return "{\"Type\":\"" + type + "\",\"PodCount\":" + pods + ",\"Image\":\"registry/pai/torch:2\","
                + "\"EcsSpec\":\"ecs.g7.xlarge\"}";
    }

    static String jobWith(String podCount) {
        return "{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\",\"JobSpecs\":[{\"Type\":"
                + "\"Worker\"," + podCount + ",\"Image\":\"registry/pai/torch:2\",\"EcsSpec\":\"ecs.g7.xlarge\"}]}";
    }

    private static SignedCall.Reply create(String body) {
        return SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(body).send();
    }

    private static void assertLimit(SignedCall.Reply reply, String... mentions) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(RequestLimits.CODE);
        assertThat(reply.json().path("Message").asText()).contains(mentions);
    }

    private static void assertNoJobs() {
        java.util.List<io.github.dlckit.mock.engine.job.Job> jobs = mock.engine().execute(c -> c.jobs().allJobs());
        assertThat(jobs).isEmpty();
    }
}
