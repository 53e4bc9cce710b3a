package io.github.dlckit.sdk.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.retry.RetryDecider;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;

/**
 * The unmarshal stage for an error answer: the vendor's error body ({@code Code}, {@code Message},
 * {@code RequestId}, {@code HostId}, {@code Recommend}, or their lower-case spellings) becomes a
 * {@link DlcServiceException}. A body that is not a JSON object (an HTML 502 from a proxy) gives a message with
 * the status, content type and size, never the body itself. The request id comes from the body, else from the
 * {@code x-acs-request-id} header. A redirect is an error naming the status and the {@code Location} (the SDK
 * never follows one: the request, its credentials and its body go to the configured endpoint only); a proxy's
 * {@code 407} says the service was not reached; {@code SignatureDoesNotMatch} gets a hint of what to check.
 */
final class ErrorMapper {

    static final String REQUEST_ID_HEADER = "x-acs-request-id";
    static final String SIGNATURE_MISMATCH = "SignatureDoesNotMatch";

    private final ObjectMapper mapper;

    ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    DlcServiceException map(Operation<?, ?> operation, Response response) throws IOException {
        int status = response.code();
        if (status >= 300 && status < 400 || status == 407) {
            return withoutBody(operation, response);
        }
        byte[] body = response.body().bytes();
        JsonNode json = parseObject(body);
        String requestId = text(json, "RequestId", "requestId", "RequestID");
        if (requestId == null) {
            requestId = response.header(REQUEST_ID_HEADER);
        }
        String code = text(json, "Code", "code");
        String message = text(json, "Message", "message");
        boolean throttling = status == 429 || code != null && code.startsWith("Throttling");
        Duration retryAfter = throttling ? RateLimitHint.timeLeft(response) : null;

        StringBuilder text = new StringBuilder(operation.name()).append(": HTTP ").append(status);
        if (json == null) {
            String type = response.header("Content-Type");
            text.append(" with a ").append(type == null ? "body without content type" : type + " body")
                    .append(" of ").append(body.length).append(" bytes, not a DLC error response");
        } else {
            text.append(' ').append(code == null ? "(no error code)" : code);
            if (message != null) {
                text.append(": ").append(message);
            }
        }
        if (requestId != null) {
            text.append(" (RequestId: ").append(requestId).append(')');
        }
        if (SIGNATURE_MISMATCH.equals(code)) {
            text.append("; check the AccessKey secret and this computer's clock (DEBUG logging of "
                    + "io.github.dlckit.sdk.DlcClient shows the request as it was signed)");
        }
        return new DlcServiceException(text.toString(), status, code, message, requestId,
                text(json, "HostId", "hostId"), text(json, "Recommend", "recommend"),
                RetryDecider.isSafeToRetry(operation, status, throttling), retryAfter);
    }

    /** Answers that never came from the service's API: a redirect, or a proxy refusing its credentials. */
    private static DlcServiceException withoutBody(Operation<?, ?> operation, Response response) {
        int status = response.code();
        String requestId = response.header(REQUEST_ID_HEADER);
        String text;
        if (status == 407) {
            text = operation.name() + ": HTTP 407 from the proxy, which refused the proxy credentials (proxyCredentials, "
                    + "or user:password in HTTPS_PROXY / HTTP_PROXY); the request did not reach the service";
        } else {
            String location = response.header("Location");
            text = operation.name() + ": HTTP " + status + " redirect "
                    + (location == null ? "without a Location" : "to " + location) + " not followed: the SDK sends "
                    + "requests to the configured endpoint only (check region and endpointOverride)";
        }
        return new DlcServiceException(text, status, null, null, requestId, null, null, false, null);
    }

    private JsonNode parseObject(byte[] body) {
        if (body.length == 0 || body[0] != '{' && !Character.isWhitespace(body[0])) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String... names) {
        if (json == null) {
            return null;
        }
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }
}
