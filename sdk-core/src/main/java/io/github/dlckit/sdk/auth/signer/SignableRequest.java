package io.github.dlckit.sdk.auth.signer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the signers see it: method, the path exactly as sent (already percent-encoded), the decoded
 * query pairs, the headers (names lower-case) and the body bytes. The client fills it with {@code host},
 * {@code x-acs-action}, {@code x-acs-version}, {@code accept}, {@code content-type} and any caller headers;
 * a {@link RequestSigner} adds the signing headers and {@code authorization}.
 */
public final class SignableRequest {

    private final String method;
    private final String rawPath;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;

    /**
     * @param method the upper-case HTTP method
     * @param rawPath the path as it goes on the wire
     * @param query decoded query pairs, in any order (null values are not allowed)
     * @param body the body bytes, empty when there is none
     */
    public SignableRequest(String method, String rawPath, List<Map.Entry<String, String>> query, byte[] body) {
        this.method = method;
        this.rawPath = rawPath;
        this.query = query.isEmpty() ? Collections.<Map.Entry<String, String>>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(query));
        this.body = body;
    }

    /** @return the upper-case HTTP method */
    public String method() {
        return method;
    }

    /** @return the path as sent, still percent-encoded */
    public String rawPath() {
        return rawPath;
    }

    /** @return the decoded query pairs */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** @return the body bytes (empty array when none); not copied, do not modify */
    public byte[] body() {
        return body;
    }

    /** @return the headers, lower-case names; signers add to this map */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Sets a header (the name is lower-cased).
     *
     * @param name the header name
     * @param value its value
     * @return this request
     */
    public SignableRequest header(String name, String value) {
        headers.put(lowerCase(name), value);
        return this;
    }

    /**
     * The name lower-cased. Names are nearly always lower-case constants already: an ASCII scan finds that in a
     * fraction of what {@code toLowerCase}'s per-char case lookups take (ten headers per request).
     */
    private static String lowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return name.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return name;
    }
}
