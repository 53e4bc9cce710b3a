package io.github.dlckit.sdk.http;

import okhttp3.HttpUrl;

import java.util.List;
import java.util.Map;

/**
 * A request as it goes on the wire, before signing: the same for every attempt of a call (each attempt only
 * adds fresh signing headers).
 */
final class MarshalledRequest {

    static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String rawPath;
    private final List<Map.Entry<String, String>> query;
    private final HttpUrl url;
    private final byte[] body;
    private final boolean jsonBody;

    MarshalledRequest(String method, String rawPath, List<Map.Entry<String, String>> query, HttpUrl url, byte[] body,
                      boolean jsonBody) {
        this.method = method;
        this.rawPath = rawPath;
        this.query = query;
        this.url = url;
        this.body = body;
        this.jsonBody = jsonBody;
    }

    /** @return the HTTP method */
    String method() {
        return method;
    }

    /** @return the path as sent, segments percent-encoded */
    String rawPath() {
        return rawPath;
    }

    /** @return the decoded query pairs (what the signers canonicalise) */
    List<Map.Entry<String, String>> query() {
        return query;
    }

    /** @return the full URL, query form-encoded */
    HttpUrl url() {
        return url;
    }

    /** @return the body bytes, empty when there is none */
    byte[] body() {
        return body;
    }

    /** @return whether the body is JSON (and so has a content type) */
    boolean hasJsonBody() {
        return jsonBody;
    }
}
