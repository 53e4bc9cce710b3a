package io.github.dlckit.sdk.http;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signed request carries exactly the signer's headers, in its order, then the user agent: whether they are
 * added straight to OkHttp's builder (printable ASCII) or through a lenient {@code Headers} (anything else). The
 * lenient path checks no value: one that would break a header apart is refused where it enters (credentials).
 */
class AttemptSignerHeadersTest {

    private static final HttpUrl ENDPOINT = HttpUrl.get("http://127.0.0.1:8089/");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final String NONCE = "00000000000000000000000000000001";

    @Test
    void printableHeadersAreSentAsSignedThenTheUserAgent() {
        Request signed = sign(Credentials.of("LTAI5tKey", "secret-value"), "dlckit/test my-app/1.0");

        assertThat(namesAndValues(signed)).isEqualTo(expected(signed, "dlckit/test my-app/1.0"));
        assertThat(signed.header("x-acs-credentials-provider")).isEqualTo("static_ak");
        assertThat(signed.header("authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAI5tKey,");
    }

    @Test
    void aValueOkHttpWouldRefuseIsStillSentAsBefore() {
        Credentials oddProvider = Credentials.from("LTAI5tKey", "secret-value", null, null, "profile/ñandú");

        Request signed = sign(oddProvider, "dlckit/test");

        assertThat(signed.header("x-acs-credentials-provider")).isEqualTo("profile/ñandú");
        assertThat(namesAndValues(signed)).isEqualTo(expected(signed, "dlckit/test"));
    }

    @Test
    void credentialsThatWouldBreakAHeaderAreRefusedWhereTheyAreMade() {
        assertThatThrownBy(() -> Credentials.of("LTAI5tKey\n", "secret-value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accessKeyId must not contain control characters (found U+000A at index 9; a line break"
                        + " from a file?)");
        assertThatThrownBy(() -> Credentials.sts("STS.key", "secret-value", "tok\r\nX-Evil: 1"))
                .hasMessageStartingWith("securityToken must not contain control characters (found U+000D at index 3")
                .hasMessageNotContaining("Evil");
        assertThatThrownBy(() -> Credentials.from("LTAI5tKey", "secret-value", null, null, "env\u0000"))
                .hasMessageStartingWith("providerName must not contain control characters (found U+0000");
        // A secret is only ever a MAC key, never sent: any character is fine.
        assertThat(Credentials.of("LTAI5tKey", "secret\nvalue").accessKeySecret()).isEqualTo("secret\nvalue");
    }

    private static Request sign(Credentials credentials, String userAgent) {
        MarshalledRequest wire = new RequestMarshaller(ENDPOINT, DlcJson.mapper())
                .marshal(DlcOperations.GET_JOB, GetJobRequest.of("dlc-1"));
        return new AttemptSigner(Signers.forAlgorithm(SignatureAlgorithm.ACS3_HMAC_SHA256), ENDPOINT, userAgent)
                .sign("GetJob", wire, credentials, NOW, NONCE, new WireTracker.Attempt());
    }

    private static List<String> namesAndValues(Request request) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < request.headers().size(); i++) {
            out.add(request.headers().name(i) + ": " + request.headers().value(i));
        }
        return out;
    }

    /** What the signer put in its map, in order, then the user agent. */
    private static List<String> expected(Request request, String userAgent) {
        List<String> out = new ArrayList<>();
        request.tag(SignableRequest.class).headers().forEach((name, value) -> out.add(name + ": " + value));
        out.add("user-agent: " + userAgent);
        return out;
    }
}
