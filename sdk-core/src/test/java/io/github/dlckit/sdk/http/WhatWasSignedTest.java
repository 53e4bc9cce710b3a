package io.github.dlckit.sdk.http;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The DEBUG text after {@code SignatureDoesNotMatch}: what the signature covered, the STS token masked. */
class WhatWasSignedTest {

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void showsTheSignedRequestWithTheTokenMasked(SignatureAlgorithm algorithm) {
        HttpUrl endpoint = HttpUrl.get("http://127.0.0.1:8089/");
        MarshalledRequest wire = new RequestMarshaller(endpoint, DlcJson.mapper())
                .marshal(DlcOperations.GET_JOB, GetJobRequest.of("dlc-1"));
        Credentials sts = Credentials.sts("STS.key", "secret-value", "token-value-123");
        Request signed = new AttemptSigner(Signers.forAlgorithm(algorithm), endpoint, "ua")
                .sign("GetJob", wire, sts, Instant.parse("2026-12-01T00:00:00Z"), "00000000000000000000000000000001",
                        new WireTracker.Attempt());

        String text = AttemptSigner.whatWasSigned(signed, algorithm);

        assertThat(text).startsWith("GET\n").contains("/api/v1/jobs/dlc-1").contains("****")
                .doesNotContain("token-value-123").doesNotContain("secret-value");
    }
}
