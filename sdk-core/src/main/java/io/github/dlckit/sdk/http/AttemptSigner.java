package io.github.dlckit.sdk.http;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.RequestSigner;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.internal.ApiCatalogue;
import io.github.dlckit.sdk.internal.Endpoints;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

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
                 ConnectionTracker.Flag connected) {
        SignableRequest signable = new SignableRequest(wire.method(), wire.rawPath(), wire.query(), wire.body())
                .header("host", hostHeader)
                .header("x-acs-action", action)
                .header("x-acs-version", ApiCatalogue.VERSION)
                .header("accept", "application/json");
        if (wire.hasJsonBody()) {
            signable.header("content-type", JSON);
        }
        signer.sign(signable, credentials, now, nonce);

        Headers.Builder headers = new Headers.Builder();
        for (Map.Entry<String, String> h : signable.headers().entrySet()) {
            headers.addUnsafeNonAscii(h.getKey(), h.getValue());
        }
        headers.addUnsafeNonAscii("user-agent", userAgent);
        return new Request.Builder()
                .url(wire.url())
                .headers(headers.build())
                .method(wire.method(), body(wire))
                .tag(ConnectionTracker.Flag.class, connected)
                .build();
    }

    private static RequestBody body(MarshalledRequest wire) {
        if (wire.hasJsonBody()) {
            return RequestBody.create(wire.body(), JSON_TYPE);
        }
        boolean needsBody = wire.method().equals("POST") || wire.method().equals("PUT");
        return needsBody ? RequestBody.create(MarshalledRequest.NO_BODY, null) : null;
    }
}
