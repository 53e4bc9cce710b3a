package io.github.dlckit.sdk.exception;

/**
 * The call failed on this side or in transit: no credentials, a connection that could not be made or broke,
 * a timeout, a response that could not be read. {@link #isRetryable()} tells whether the request surely did
 * not reach the service or the operation is safe to repeat.
 */
public class DlcClientException extends DlcException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    /**
     * @param message what failed, starting with the operation where there is one; no secrets
     * @param cause the underlying failure, or null
     * @param retryable whether a retry is useful and safe
     */
    public DlcClientException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
