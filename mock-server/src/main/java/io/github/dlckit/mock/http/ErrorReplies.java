package io.github.dlckit.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.model.json.DlcJson;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders every refusal the way the vendor's gateway does (signing.md §7): a JSON body with {@code RequestId},
 * {@code HostId}, {@code Code}, {@code Message} and {@code Recommend}, and the id again in {@code x-acs-request-id}.
 */
public final class ErrorReplies {

    /** The code of an unexpected failure (HTTP 500); never the answer to bad input. */
    public static final String INTERNAL_ERROR = "InternalError";

    private ErrorReplies() {
    }

    /**
     * An error answer.
     *
     * @param status the HTTP status
     * @param code the vendor-style code
     * @param message what went wrong, naming the field or header
     * @param requestId the request id
     * @param hostId the endpoint host the client called
     * @return the answer
     */
    public static ApiReply error(int status, String code, String message, String requestId, String hostId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.put("HostId", hostId);
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&product=pai-dlc&requestId=" + requestId);
        try {
            return new ApiReply(status, Map.of("x-acs-request-id", requestId), DlcJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /**
     * The answer to an engine or binding refusal.
     *
     * @param refusal the refusal
     * @param requestId the request id
     * @param hostId the endpoint host
     * @return the answer
     */
    public static ApiReply of(EngineException refusal, String requestId, String hostId) {
        return error(statusOf(refusal), refusal.code(), refusal.getMessage(), requestId, hostId);
    }

    /** The status of a refusal: from its kind, except the throttling (429) and availability (503) families. */
    static int statusOf(EngineException refusal) {
        if (refusal.code().startsWith("Throttling")) {
            return 429;
        }
        if (refusal.code().equals("ServiceUnavailable")) {
            return 503;
        }
        return switch (refusal.kind()) {
            case INVALID, CONFLICT -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
        };
    }
}
