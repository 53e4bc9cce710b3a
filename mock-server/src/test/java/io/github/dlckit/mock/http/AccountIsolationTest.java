package io.github.dlckit.mock.http;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each access key belongs to an account; an account never sees or touches another's jobs. */
class AccountIsolationTest {

    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        mock = DlcMockServer.builder()
                .accessKey("alice", "alice-secret", "1000000000000001", "alice")
                .accessKey("alice-ci", "ci-secret", "1000000000000001", "ci-bot")
                .accessKey("bob", "bob-secret", "2000000000000002", "bob")
                .start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void anotherAccountsJob_doesNotExistForTheCaller() {
        // PUBLIC, so that another user of alice's account sees it too (a PRIVATE job is its creator's alone)
        String jobId = Jobs.create(SignedCall.to(mock).key("alice", "alice-secret"),
                Jobs.CREATE_BODY.replace("{\"DisplayName\"", "{\"Accessibility\":\"PUBLIC\",\"DisplayName\""));

        SignedCall bob = SignedCall.to(mock).key("bob", "bob-secret");
        for (SignedCall.Reply reply : new SignedCall.Reply[] {
                SignedCall.to(mock).key("bob", "bob-secret").op("GetJob", "GET", "/api/v1/jobs/" + jobId).send(),
                SignedCall.to(mock).key("bob", "bob-secret").op("StopJob", "POST", "/api/v1/jobs/" + jobId + "/stop").send(),
                SignedCall.to(mock).key("bob", "bob-secret").op("DeleteJob", "DELETE", "/api/v1/jobs/" + jobId).send(),
                SignedCall.to(mock).key("bob", "bob-secret").op("UpdateJob", "PUT", "/api/v1/jobs/" + jobId)
                        .body("{\"Priority\":5}").send()}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("JobNotFound");
        }
        assertThat(bob.op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt()).isZero();

        SignedCall.Reply sameAccount = SignedCall.to(mock).key("alice-ci", "ci-secret")
                .op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        assertThat(sameAccount.status()).isEqualTo(200);
        SignedCall.Reply owner = SignedCall.to(mock).key("alice", "alice-secret")
                .op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        assertThat(owner.json().path("Status").asText()).isNotEqualTo("Stopped");
    }
}
