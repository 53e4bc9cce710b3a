package io.github.dlckit.mock.http;

import io.github.dlckit.mock.auth.SignedRequest;

import java.util.Map;
import java.util.Set;

/**
 * One request as it arrived, independent of the HTTP server underneath: method, raw path and query (nothing
 * decoded), headers by lower-case name (first value), body bytes.
 *
 * @param method the upper-case method
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}; empty when none
 * @param headers the headers, names in lower case
 * @param body the body, empty when none
 */
public record IncomingRequest(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body)
        implements SignedRequest {

    /**
     * Splits a request target into path and query.
     *
     * @param method the method
     * @param target the path with an optional {@code ?query}
     * @param headers the headers, names in lower case
     * @param body the body
     * @return the request
     */
    public static IncomingRequest of(String method, String target, Map<String, String> headers, byte[] body) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        return new IncomingRequest(method, path, query, headers, body == null ? new byte[0] : body);
    }

    @Override
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    @Override
    public Set<String> headerNames() {
        return headers.keySet();
    }
}
