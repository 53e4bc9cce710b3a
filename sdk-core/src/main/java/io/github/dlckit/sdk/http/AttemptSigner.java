package io.github.dlckit.sdk.http;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.Acs3HmacSha256Signer;
import io.github.dlckit.sdk.auth.signer.RequestSigner;
import io.github.dlckit.sdk.auth.signer.RoaHmacSha1Signer;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.internal.ApiCatalogue;
import io.github.dlckit.sdk.internal.Endpoints;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

import okio.BufferedSink;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The sign stage, run once per attempt: the common headers ({@code host}, {@code x-acs-action},
 * {@code x-acs-version}, {@code accept}, {@code content-type} with a body), then the signer's headers for the
 * given time and nonce, as an OkHttp request. A POST or PUT without a body gets an empty one (OkHttp requires
 * it) and no content type.
 */
final class AttemptSigner {

    static final String JSON = "application/json; charset=utf-8";
    private static final MediaType JSON_TYPE = MediaType.get(JSON);

    private final RequestSigner signer;
    private final String hostHeader;
    private final String userAgent;

    AttemptSigner(RequestSigner signer, HttpUrl endpoint, String userAgent) {
        this.signer = signer;
        this.hostHeader = Endpoints.hostHeader(endpoint);
        this.userAgent = userAgent;
    }

    Request sign(String action, MarshalledRequest wire, Credentials credentials, Instant now, String nonce,
                 WireTracker.Attempt connected) {
        SignableRequest signable = new SignableRequest(wire.method(), wire.rawPath(), wire.query(), wire.body())
                .header("host", hostHeader)
                .header("x-acs-action", action)
                .header("x-acs-version", ApiCatalogue.VERSION)
                .header("accept", "application/json");
        if (wire.hasJsonBody()) {
            signable.header("content-type", JSON);
        }
        signer.sign(signable, credentials, now, nonce);

        return withHeaders(signable.headers())
                .url(wire.url())
                .method(wire.method(), body(wire))
                .tag(WireTracker.Attempt.class, connected)
                .tag(SignableRequest.class, signable)
                .build();
    }

    /**
     * A request builder holding the signed headers and the user agent, added to it one by one:
     * {@code Request.Builder.headers(Headers)} would copy a ready {@link Headers} twice more. OkHttp's checks accept
     * printable ASCII, which DLC's values are; should one refuse a value (a credentials provider's non-ASCII name),
     * every header goes through {@link Headers.Builder#addUnsafeNonAscii} instead and is sent as UTF-8 (the
     * refusal's message, which may quote the value, goes nowhere). That path checks no value: none can hold a line
     * break, as {@link Credentials} refuses control characters in what it sends and the client builder in the user
     * agent. (Unchecked adds for every request would save ~0.1 µs but copy the headers twice more.)
     */
    private Request.Builder withHeaders(Map<String, String> signed) {
        try {
            Request.Builder request = new Request.Builder();
            for (Map.Entry<String, String> h : signed.entrySet()) {
                request.addHeader(h.getKey(), h.getValue());
            }
            return request.addHeader("user-agent", userAgent);
        } catch (IllegalArgumentException refused) {
            Headers.Builder headers = new Headers.Builder();
            for (Map.Entry<String, String> h : signed.entrySet()) {
                headers.addUnsafeNonAscii(h.getKey(), h.getValue());
            }
            headers.addUnsafeNonAscii("user-agent", userAgent);
            return new Request.Builder().headers(headers.build());
        }
    }

    /**
     * What the signature of a request covered, for a DEBUG line after {@code SignatureDoesNotMatch}: the canonical
     * request (ACS3) or the string to sign (ROA), with an STS token shown as {@code ****}.
     *
     * @param request a request this stage signed
     * @param algorithm the scheme it was signed with
     * @return the text, or a note when the request carries none
     */
    static String whatWasSigned(Request request, SignatureAlgorithm algorithm) {
        SignableRequest signable = request.tag(SignableRequest.class);
        if (signable == null) {
            return "(not signed here)";
        }
        String text = algorithm == SignatureAlgorithm.ROA_HMAC_SHA1 ? RoaHmacSha1Signer.stringToSign(signable)
                : Acs3HmacSha256Signer.canonicalRequest(signable);
        String token = signable.headers().get("x-acs-security-token");
        return token == null || token.isEmpty() ? text : text.replace(token, "****");
    }

    private static RequestBody body(MarshalledRequest wire) {
        if (wire.hasJsonBody()) {
            return new OneShotBody(wire.body(), JSON_TYPE);
        }
        boolean needsBody = wire.method().equals("POST") || wire.method().equals("PUT");
        return needsBody ? new OneShotBody(MarshalledRequest.NO_BODY, null) : null;
    }

    /**
     * A body OkHttp may write once per attempt: its own follow-up logic then declines to resend it (the
     * {@link WireTracker} would refuse anyway; this keeps OkHttp from trying).
     */
    private static final class OneShotBody extends RequestBody {
        private final byte[] bytes;
        private final MediaType type;

        OneShotBody(byte[] bytes, MediaType type) {
            this.bytes = bytes;
            this.type = type;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes);
        }

        @Override
        public boolean isOneShot() {
            return true;
        }
    }
}
