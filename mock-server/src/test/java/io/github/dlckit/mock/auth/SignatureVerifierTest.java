package io.github.dlckit.mock.auth;

import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.http.IncomingRequest;
import io.github.dlckit.sdk.auth.Credentials;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The checks of signing.md §6 besides the signature itself, each with the vendor's code and status. */
class SignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant STS_EXPIRY = NOW.plus(Duration.ofHours(1));
    private static final KeyRegistry KEYS = new KeyRegistry(List.of(
            AccessKey.of("testid", "testsecret"),
            AccessKey.of("otherid", "othersecret", "2000000000000002", "other-user"),
            AccessKey.sts("STS.key", "stssecret", "token-1", STS_EXPIRY, AccessKey.DEFAULT_ACCOUNT_ID, "role")));

    private final SignatureVerifier verifier = verifierAt(NOW);

    private static SignatureVerifier verifierAt(Instant wallTime) {
        return new SignatureVerifier(KEYS, Clock.fixed(wallTime, ZoneOffset.UTC), SignatureVerifier.DEFAULT_SKEW_WINDOW);
    }

    private static SignedCall getJob() {
        return SignedCall.to("http://127.0.0.1:9").op("GetJob", "GET", "/api/v1/jobs/dlc1").signedAt(NOW);
    }

    @Test
    void bothSchemes_verifyAndNameTheKey() {
        assertThat(verifier.verify(getJob().signed()).id()).isEqualTo("testid");
        assertThat(verifier.verify(getJob().roa().key("otherid", "othersecret").signed()).accountId())
                .isEqualTo("2000000000000002");
    }

    @Test
    void missingAuthorization_isMissingAuthorization400() {
        assertRefused(getJob().afterSigning(h -> h.remove("authorization")).signed(), 400, "MissingAuthorization");
    }

    @Test
    void unknownScheme_isIncompleteSignature400() {
        assertRefused(getJob().afterSigning(h -> h.put("authorization", "Bearer abc")).signed(), 400,
                "IncompleteSignature");
        assertRefused(getJob().afterSigning(h -> h.put("authorization", "ACS3-HMAC-SHA256 Credential=testid")).signed(),
                400, "IncompleteSignature");
        assertRefused(getJob().afterSigning(h -> h.put("authorization", "acs testid")).signed(), 400,
                "IncompleteSignature");
    }

    @Test
    void v3WithoutTheDateSigned_isIncompleteSignature() {
        IncomingRequest request = getJob().afterSigning(h -> h.put("authorization",
                h.get("authorization").replace(";x-acs-date", ""))).signed();
        AuthFailure failure = refusal(request);
        assertThat(failure.code()).isEqualTo("IncompleteSignature");
        assertThat(failure.getMessage()).contains("x-acs-date");
    }

    @Test
    void missingRequiredHeader_isIncompleteSignature() {
        assertRefused(getJob().afterSigning(h -> h.remove("x-acs-signature-nonce")).signed(), 400, "IncompleteSignature");
    }

    @Test
    void missingDate_isMissingDate400() {
        assertRefused(getJob().roa().afterSigning(h -> h.remove("date")).signed(), 400, "MissingDate");
        assertRefused(getJob().afterSigning(h -> h.remove("x-acs-date")).signed(), 400, "MissingDate");
    }

    @Test
    void unparseableDate_isInvalidTimeStampFormat400() {
        assertRefused(getJob().afterSigning(h -> h.put("x-acs-date", "yesterday")).signed(), 400,
                "InvalidTimeStamp.Format");
        assertRefused(getJob().roa().afterSigning(h -> h.put("date", "2026-11-29T10:00:00Z")).signed(), 400,
                "InvalidTimeStamp.Format");
    }

    @Test
    void unknownKey_isInvalidAccessKeyIdNotFound404() {
        assertRefused(getJob().key("nobody", "secret").signed(), 404, "InvalidAccessKeyId.NotFound");
    }

    @Test
    void dateOutsideFifteenMinutesOfTheWallClock_isExpired() {
        IncomingRequest request = getJob().signed();
        assertRefused(verifierAt(NOW.plus(Duration.ofMinutes(16))), request, 400, "InvalidTimeStamp.Expired");
        assertRefused(verifierAt(NOW.minus(Duration.ofMinutes(16))), request, 400, "InvalidTimeStamp.Expired");
        assertThat(verifierAt(NOW.plus(Duration.ofMinutes(14))).verify(request).id()).isEqualTo("testid");
        assertThat(verifierAt(NOW.minus(Duration.ofMinutes(14))).verify(getJob().signed()).id()).isEqualTo("testid");
    }

    @Test
    void replayedNonce_isSignatureNonceUsed_perKey() {
        IncomingRequest request = getJob().nonce("0123456789abcdef0123456789abcdef").signed();
        verifier.verify(request);
        assertRefused(request, 400, "SignatureNonceUsed");
        IncomingRequest sameNonceOtherKey = getJob().key("otherid", "othersecret")
                .nonce("0123456789abcdef0123456789abcdef").signed();
        assertThat(verifier.verify(sameNonceOtherKey).id()).isEqualTo("otherid");
    }

    @Test
    void badSignature_doesNotBurnItsNonce() {
        String nonce = "fedcba9876543210fedcba9876543210";
        assertRefused(getJob().key("testid", "wrong").nonce(nonce).signed(), 400, "SignatureDoesNotMatch");
        assertThat(verifier.verify(getJob().nonce(nonce).signed()).id()).isEqualTo("testid");
    }

    @Test
    void stsKey_needsItsOwnUnexpiredToken() {
        SignedCall sts = getJob().credentials(Credentials.sts("STS.key", "stssecret", "token-1"));
        assertThat(verifier.verify(sts.signed()).userId()).isEqualTo("role");
        assertThat(verifier.verify(getJob().roa().credentials(Credentials.sts("STS.key", "stssecret", "token-1"))
                .signed()).id()).isEqualTo("STS.key");

        assertRefused(getJob().credentials(Credentials.sts("STS.key", "stssecret", "token-2")).signed(), 400,
                "InvalidSecurityToken.MismatchWithAccessKey");
        assertRefused(getJob().key("STS.key", "stssecret").signed(), 400, "InvalidSecurityToken.Missing");
        assertRefused(getJob().credentials(Credentials.sts("testid", "testsecret", "token-1")).signed(), 400,
                "InvalidSecurityToken.MismatchWithAccessKey");
        IncomingRequest late = getJob().signedAt(STS_EXPIRY.plusSeconds(1))
                .credentials(Credentials.sts("STS.key", "stssecret", "token-1")).signed();
        assertRefused(verifierAt(STS_EXPIRY.plusSeconds(1)), late, 400, "InvalidSecurityToken.Expired");
    }

    @Test
    void bodyHashDifferentFromTheBody_doesNotMatch() {
        IncomingRequest signed = SignedCall.to("http://127.0.0.1:9").op("CreateJob", "POST", "/api/v1/jobs")
                .body("{\"DisplayName\":\"a\"}").signedAt(NOW).signed();
        IncomingRequest tampered = new IncomingRequest(signed.method(), signed.rawPath(), signed.rawQuery(),
                signed.headers(), "{\"DisplayName\":\"b\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AuthFailure failure = refusal(tampered);
        assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(failure.getMessage()).contains("x-acs-content-sha256");
    }

    private void assertRefused(IncomingRequest request, int status, String code) {
        assertRefused(verifier, request, status, code);
    }

    private static void assertRefused(SignatureVerifier verifier, IncomingRequest request, int status, String code) {
        AuthFailure failure = refusal(verifier, request);
        assertThat(failure.code()).as(failure.getMessage()).isEqualTo(code);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.getMessage()).doesNotContain("testsecret", "othersecret", "stssecret");
    }

    private AuthFailure refusal(IncomingRequest request) {
        return refusal(verifier, request);
    }

    private static AuthFailure refusal(SignatureVerifier verifier, IncomingRequest request) {
        Throwable thrown = catchThrowable(() -> verifier.verify(request));
        assertThat(thrown).isInstanceOf(AuthFailure.class);
        return (AuthFailure) thrown;
    }
}
