package io.github.dlckit.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer, independent of the HTTP server underneath: status, headers and a JSON body.
 *
 * @param status the HTTP status
 * @param headers extra headers besides the content type (e.g. {@code x-acs-request-id})
 * @param body the JSON body
 */
public record ApiReply(int status, Map<String, String> headers, byte[] body) {

    /** Every answer of the mock is JSON. */
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    /** No answer at all: the connection is closed instead (a {@code ResponseLost} fault). Compared by identity. */
    public static final ApiReply NO_ANSWER = new ApiReply(0, Map.of(), new byte[0]);

    /** @return the body as text (for tests and logs) */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
