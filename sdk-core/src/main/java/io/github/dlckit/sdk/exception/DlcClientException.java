package io.github.dlckit.sdk.exception;

/**
 * The call failed on this side or in transit: no credentials, a connection that could not be made or broke,
 * a timeout, a response that could not be read. {@link #kind()} says which, in particular whether the request
 * may have reached the service; {@link #isRetryable()} tells whether the request surely did not reach the
 * service or the operation is safe to repeat.
 */
public class DlcClientException extends DlcException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the client can tell. */
    public enum Kind {
        /** The request never left this process: no connection could be made (refused, DNS, connect timeout). */
        NOT_SENT,
        /**
         * The request was (or may have been) sent, then the exchange failed (reset, read timeout, no response):
         * whether the service acted on it is unknown.
         */
        OUTCOME_UNKNOWN,
        /** The service answered with success, but the body could not be read as the expected response. */
        UNREADABLE_RESPONSE,
        /** Anything else: missing credentials, an interrupted thread, a closed client. */
        OTHER
    }

    private final boolean retryable;
    private final Kind kind;

    /**
     * A failure of kind {@link Kind#OTHER}.
     *
     * @param message what failed, starting with the operation where there is one; no secrets
     * @param cause the underlying failure, or null
     * @param retryable whether a retry is useful and safe
     */
    public DlcClientException(String message, Throwable cause, boolean retryable) {
        this(message, cause, retryable, Kind.OTHER);
    }

    /**
     * @param message what failed, starting with the operation where there is one; no secrets
     * @param cause the underlying failure, or null
     * @param retryable whether a retry is useful and safe
     * @param kind what went wrong
     */
    public DlcClientException(String message, Throwable cause, boolean retryable, Kind kind) {
        super(message, cause);
        this.retryable = retryable;
        this.kind = kind;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }

    /** @return what went wrong, in particular whether the request may have reached the service */
    public Kind kind() {
        return kind;
    }
}
