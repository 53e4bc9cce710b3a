package io.github.dlckit.mock.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every request the vendor's own client signed (signing-vectors.json) verifies, with the wall clock pinned to its
 * date; changing one signed thing makes it {@code SignatureDoesNotMatch}.
 */
class SignatureVerifierVectorsTest {

    static List<SigningVector> vectors() {
        return SigningVector.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void capturedRequestVerifies(SigningVector vector) {
        AccessKey key = verifierFor(vector, vector.secret()).verify(vector.request());
        assertThat(key.id()).isEqualTo(vector.accessKeyId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void anotherSecret_doesNotMatch(SigningVector vector) {
        assertMismatch(vector, vector.secret() + "x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void changedQueryValue_doesNotMatch(SigningVector vector) {
        String query = vector.query();
        int eq = query.indexOf('=');
        String changed = query.isEmpty() ? "Extra=1" : query.substring(0, eq + 1) + "z" + query.substring(eq + 1);
        assertMismatch(vector.withQuery(changed), vector.secret());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void changedSignedHeader_doesNotMatch(SigningVector vector) {
        assertMismatch(vector.withHeader("x-acs-action", vector.headers().get("x-acs-action") + "X"), vector.secret());
        assertMismatch(vector.withHeader("x-acs-credentials-provider", "default/env"), vector.secret());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void changedBodyByte_v3DoesNotMatch_roaIsNotCovered(SigningVector vector) {
        String body = vector.body();
        String changed = body.isEmpty() ? " " : (char) (body.charAt(0) ^ 1) + body.substring(1);
        if (vector.isV3()) {
            assertMismatch(vector.withBody(changed), vector.secret());
        } else {
            // signing.md §4: ROA does not sign the body, so the mock cannot (and does not try to) notice.
            assertThat(verifierFor(vector, vector.secret()).verify(vector.withBody(changed).request()).id())
                    .isEqualTo(vector.accessKeyId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void mismatch_echoesServerStringToSign_withoutSecretOrToken(SigningVector vector) {
        String message = failure(vector.withHeader("x-acs-action", "Other"), vector.secret()).getMessage();
        assertThat(message).contains("server string to sign is:").doesNotContain(vector.secret());
        if (vector.securityToken() != null) {
            assertThat(message).doesNotContain(vector.securityToken());
        }
    }

    private static void assertMismatch(SigningVector vector, String secret) {
        AuthFailure failure = failure(vector, secret);
        assertThat(failure.code()).as(failure.getMessage()).isEqualTo("SignatureDoesNotMatch");
        assertThat(failure.status()).isEqualTo(400);
    }

    private static AuthFailure failure(SigningVector vector, String secret) {
        Throwable thrown = catchThrowable(() -> verifierFor(vector, secret).verify(vector.request()));
        assertThat(thrown).isInstanceOf(AuthFailure.class);
        return (AuthFailure) thrown;
    }

    /** A fresh verifier (fresh nonce cache) knowing the vector's key, its wall clock at the vector's date. */
    static SignatureVerifier verifierFor(SigningVector vector, String secret) {
        return new SignatureVerifier(new KeyRegistry(List.of(vector.key(secret))),
                Clock.fixed(vector.signedAt(), ZoneOffset.UTC), SignatureVerifier.DEFAULT_SKEW_WINDOW);
    }
}
