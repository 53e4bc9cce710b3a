package io.github.dlckit.sdk.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The service answered with an error: HTTP status and the vendor's error body ({@code Code}, {@code Message},
 * {@code RequestId}, {@code HostId}, {@code Recommend}).
 */
public class DlcServiceException extends DlcException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String hostId;
    private final String recommend;
    private final boolean retryable;
    private final Duration retryAfter;

    /**
     * @param message the full message (operation, status, code, message, request id)
     * @param statusCode the HTTP status
     * @param errorCode the body's {@code Code}, e.g. {@code InvalidParameter}
     * @param errorMessage the body's {@code Message}
     * @param requestId the body's {@code RequestId} (or the {@code x-acs-request-id} header)
     * @param hostId the body's {@code HostId}
     * @param recommend the body's {@code Recommend} link
     * @param retryable whether a retry is useful and safe
     */
    public DlcServiceException(String message, int statusCode, String errorCode, String errorMessage, String requestId,
                               String hostId, String recommend, boolean retryable) {
        this(message, statusCode, errorCode, errorMessage, requestId, hostId, recommend, retryable, null);
    }

    /**
     * @param message the full message (operation, status, code, message, request id)
     * @param statusCode the HTTP status
     * @param errorCode the body's {@code Code}, e.g. {@code Throttling.User}
     * @param errorMessage the body's {@code Message}
     * @param requestId the body's {@code RequestId} (or the {@code x-acs-request-id} header)
     * @param hostId the body's {@code HostId}
     * @param recommend the body's {@code Recommend} link
     * @param retryable whether a retry is useful and safe
     * @param retryAfter how long the service asked to wait (its rate-limit {@code TimeLeft}), or null
     */
    public DlcServiceException(String message, int statusCode, String errorCode, String errorMessage, String requestId,
                               String hostId, String recommend, boolean retryable, Duration retryAfter) {
        super(message, null);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.hostId = hostId;
        this.recommend = recommend;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** @return the HTTP status */
    public int statusCode() {
        return statusCode;
    }

    /** @return the vendor's error code, e.g. {@code SignatureDoesNotMatch}; null when the body had none */
    public String errorCode() {
        return errorCode;
    }

    /** @return the vendor's error message; null when the body had none */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return the request id to quote to support; null when unknown */
    public String requestId() {
        return requestId;
    }

    /** @return the host that answered; null when unknown */
    public String hostId() {
        return hostId;
    }

    /** @return the troubleshooting link the service recommends; null when none */
    public String recommend() {
        return recommend;
    }

    /**
     * Whether the service refused the call for flow control: HTTP 429 or a {@code Throttling*} code (some
     * gateways answer throttling with 400). A throttled call was not applied.
     *
     * @return true when throttled
     */
    public boolean isThrottling() {
        return statusCode == 429 || errorCode != null && errorCode.startsWith("Throttling");
    }

    /** @return how long the service asked to wait before the next call, when it said so */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
