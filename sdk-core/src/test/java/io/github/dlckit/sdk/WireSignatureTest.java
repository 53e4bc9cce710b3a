package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures verify from what the server received: the request is rebuilt from the raw path, the decoded
 * query, the body and the non-signing headers, signed again with the same key, time and nonce, and the result
 * must equal the Authorization header on the wire. Both algorithms, with a plain key and with STS.
 */
class WireSignatureTest extends WireMockTestBase {

    static final Credentials STS = Credentials.sts("STS.NUxxTestKey", "sts/Secret+=", "token-abc/def+ghi==");

    @BeforeEach
    void answerEverything() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"RequestId\":\"r\"}")));
    }

    static Stream<Arguments> cases() {
        Consumer<DlcClient> getJob = c -> c.getJob(EveryOperationTest.AWKWARD_ID);
        Consumer<DlcClient> listJobs = c -> c.listJobs(ListJobsRequest.builder().displayName("a b*c~d/é")
                .putTags("team", "spot ml").putTags("k", "=&?").pageSize(50).showOwn(true).build());
        Consumer<DlcClient> createJob = c -> c.createJob(CreateJobRequest.builder().displayName("训练 <job> & \"x\"")
                .jobType("PyTorchJob").userCommand("python train.py --lr=0.1")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(2).image("img:1").build()).build());
        Consumer<DlcClient> stopJob = c -> c.stopJob("dlc-1");
        Stream.Builder<Arguments> out = Stream.builder();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            for (Credentials credentials : List.of(Fakes.KEY, STS)) {
                for (Map.Entry<String, Consumer<DlcClient>> call : Map.of("GetJob", getJob, "ListJobs", listJobs,
                        "CreateJob", createJob, "StopJob", stopJob).entrySet()) {
                    out.add(Arguments.of(algorithm, credentials.providerName(), credentials, call.getKey(),
                            call.getValue()));
                }
            }
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("cases")
    void signatureOnTheWireVerifies(SignatureAlgorithm algorithm, String name, Credentials credentials, String op,
                                    Consumer<DlcClient> call) {
        try (DlcClient client = harness.client(server).credentials(credentials)
                .signatureAlgorithm(algorithm).build()) {
            call.accept(client);
        }
        LoggedRequest wire = server.findAll(anyRequestedFor(anyUrl())).get(0);
        boolean v3 = algorithm == SignatureAlgorithm.ACS3_HMAC_SHA256;
        Instant time = v3 ? Instant.parse(wire.getHeader("x-acs-date"))
                : ZonedDateTime.parse(wire.getHeader("date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();

        SignableRequest again = WireRequests.unsigned(wire);
        Signers.forAlgorithm(algorithm).sign(again, credentials, time, wire.getHeader("x-acs-signature-nonce"));

        assertThat(again.headers().get("authorization")).isEqualTo(wire.getHeader("authorization"));
        assertThat(wire.getHeader("authorization")).startsWith(v3 ? "ACS3-HMAC-SHA256 Credential=" + credentials.accessKeyId()
                : "acs " + credentials.accessKeyId() + ":");
        if (credentials.securityToken().isPresent()) {
            assertThat(wire.getHeader("x-acs-security-token")).isEqualTo(credentials.securityToken().get());
            assertThat(wire.getHeader("x-acs-accesskey-id")).isEqualTo(credentials.accessKeyId());
        }
    }
}
