package io.github.dlckit.mock.auth;

import java.util.Set;

/** A request as the verifier reads it: everything exactly as it arrived, nothing decoded or re-encoded. */
public interface SignedRequest {

    /** @return the upper-case HTTP method */
    String method();

    /** @return the path as sent, still percent-encoded */
    String rawPath();

    /** @return the query string as sent (without {@code ?}), empty when none */
    String rawQuery();

    /**
     * @param lowerCaseName a header name in lower case
     * @return its value, or null when absent
     */
    String header(String lowerCaseName);

    /** @return the names of every header received, in lower case */
    Set<String> headerNames();

    /** @return the body bytes, empty when none */
    byte[] body();
}
