package io.github.dlckit.sdk.auth.signer;

import io.github.dlckit.sdk.auth.Credentials;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignerExamplesTest {

    /** The vendor documentation's worked V3 example (an RPC-style ECS call), reproduced exactly. */
    @Test
    void documentationWorkedExample() {
        List<Map.Entry<String, String>> query = List.of(
                new AbstractMap.SimpleEntry<>("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
                new AbstractMap.SimpleEntry<>("RegionId", "cn-shanghai"));
        SignableRequest request = new SignableRequest("POST", "/", query, new byte[0])
                .header("host", "ecs.cn-shanghai.aliyuncs.com")
                .header("x-acs-action", "RunInstances")
                .header("x-acs-version", "2014-05-26");

        new Acs3HmacSha256Signer().sign(request, Credentials.of("YourAccessKeyId", "YourAccessKeySecret"),
                Instant.parse("2023-10-26T10:22:32Z"), "3156853299f313e23d1673dc12e1703d");
        // The documented example predates x-acs-credentials-provider: sign it without that header.
        request.headers().remove("x-acs-credentials-provider");
        String canonical = Acs3HmacSha256Signer.canonicalRequest(request);

        assertThat(Acs3HmacSha256Signer.stringToSign(canonical))
                .isEqualTo("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        assertThat(Crypto.hex(Crypto.hmacSha256("YourAccessKeySecret", Acs3HmacSha256Signer.stringToSign(canonical))))
                .isEqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    @Test
    void rfc3986LeavesOnlyUnreservedCharacters() {
        assertThat(Rfc3986.encode("dlc-2026 11/28+x*y~z:é")).isEqualTo("dlc-2026%2011%2F28%2Bx%2Ay~z%3A%C3%A9");
        assertThat(Rfc3986.encode("plain-Value_1.0~")).isEqualTo("plain-Value_1.0~");
    }

    @Test
    void noncesAre32HexDigitsAndDiffer() {
        String a = Signers.newNonce();
        String b = Signers.newNonce();

        assertThat(a).matches("[0-9a-f]{32}");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void stsCredentialsAddTheTokenAndTheKeyIdToTheSignedHeaders() {
        SignableRequest request = new SignableRequest("GET", "/api/v1/jobs", List.of(), new byte[0])
                .header("host", "pai-dlc.cn-hangzhou.aliyuncs.com");

        new Acs3HmacSha256Signer().sign(request, Credentials.sts("STS.id", "secret", "token-1"), Instant.EPOCH, "n");

        assertThat(request.headers()).containsEntry("x-acs-security-token", "token-1")
                .containsEntry("x-acs-accesskey-id", "STS.id")
                .containsEntry("x-acs-credentials-provider", "static_sts");
        assertThat(request.headers().get("authorization")).contains("x-acs-accesskey-id;")
                .contains("x-acs-security-token");
    }
}
