package io.github.dlckit.mock.hostile;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Item 5 of issue 12: bodies as the service's contract says, refused with the field and the rule named. */
class StrictBodiesTest {

    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        mock = DlcMockServer.builder().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void anUnknownField_isRefusedNamingTheNearestKnownOne() {
        SignedCall.Reply reply = create(RequestLimitsTest.jobWith("\"PodCont\":2"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("InvalidParameter.UnknownField");
        assertThat(reply.json().path("Message").asText()).contains("JobSpecs[0].PodCont", "did you mean PodCount?",
                "--lenient-fields");
        assertThat(create(RequestLimitsTest.jobWith("\"PodCount\":1").replace("\"UserCommand\"", "\"usercommand\""))
                .json().path("Message").asText()).contains("did you mean UserCommand?");
        assertThat(create(RequestLimitsTest.jobWith("\"PodCount\":1").replace("{\"DisplayName\"",
                "{\"Zzzzqqqq\":1,\"DisplayName\"")).json().path("Message").asText()).doesNotContain("did you mean");
    }

    @Test
    void lenientFields_acceptUnknownFields() {
        try (DlcMockServer lenient = DlcMockServer.builder().lenientFields(true).start()) {
            assertThat(SignedCall.to(lenient).op("CreateJob", "POST", "/api/v1/jobs")
                    .body(RequestLimitsTest.jobWith("\"PodCount\":1,\"PodCont\":2")).send().status()).isEqualTo(200);
        }
    }

    @Test
    void aRoleWithoutImageOrResources_isRefused() {
        SignedCall.Reply empty = create("{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\","
                + "\"JobSpecs\":[{}]}");
        assertThat(empty.code()).isEqualTo("MissingImage");
        assertThat(empty.json().path("Message").asText()).contains("JobSpecs[0].Image is mandatory");
        SignedCall.Reply noResources = create("{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":"
                + "\"echo\",\"JobSpecs\":[{\"Image\":\"i\"}]}");
        assertThat(noResources.json().path("Message").asText()).contains("JobSpecs[0]", "EcsSpec, ResourceConfig");
        assertThat(allJobs()).isEmpty();
    }

    @Test
    void closedSets_listTheAllowedValues() {
        SignedCall.Reply reply = create(RequestLimitsTest.jobWith("\"PodCount\":1").replace("PyTorchJob", "PytorchJob"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("Message").asText()).contains("JobType", "PyTorchJob", "TFJob", "'PytorchJob'");
        SignedCall.Reply access = create(RequestLimitsTest.jobWith("\"PodCount\":1")
                .replace("{\"DisplayName\"", "{\"Accessibility\":\"EVERYONE\",\"DisplayName\""));
        assertThat(access.json().path("Message").asText()).contains("Accessibility", "PUBLIC, PRIVATE");
    }

    @Test
    void duplicateKeys_andUnknownTemplates_areRefused() {
        SignedCall.Reply duplicate = create(RequestLimitsTest.jobWith("\"PodCount\":1,\"PodCount\":900"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("Message").asText()).contains("Duplicate field 'PodCount'");
        SignedCall.Reply template = create(RequestLimitsTest.jobWith("\"PodCount\":1")
                .replace("{\"DisplayName\"", "{\"TemplateId\":\"tpl-nope\",\"DisplayName\""));
        assertThat(template.status()).isEqualTo(404);
        assertThat(template.json().path("Message").asText()).contains("tpl-nope");
        assertThat(allJobs()).isEmpty();
    }

    @Test
    void nonces_areNonBlankAndShort() {
        for (String nonce : new String[] {" ", "n".repeat(65)}) {
            SignedCall.Reply reply = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").nonce(nonce).send();
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("InvalidSignatureNonce");
            assertThat(reply.json().path("Message").asText()).contains("1 to 64 characters");
        }
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").nonce("n".repeat(64)).send().status())
                .isEqualTo(200);
    }

    private static SignedCall.Reply create(String body) {
        return SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(body).send();
    }

    private static java.util.List<io.github.dlckit.mock.engine.job.Job> allJobs() {
        return mock.engine().execute(c -> c.jobs().allJobs());
    }
}
