package io.github.dlckit.sdk.exception;

/** The root of every exception the SDK throws (unchecked). Messages never contain credentials or bodies. */
public abstract class DlcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DlcException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether sending the same call again may succeed, and is safe: false when the call may already have
     * taken effect on the service (for example a CreateJob whose response was lost).
     *
     * @return true when a retry is both useful and safe
     */
    public abstract boolean isRetryable();
}
