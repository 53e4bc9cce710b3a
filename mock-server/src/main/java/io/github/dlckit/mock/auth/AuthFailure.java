package io.github.dlckit.mock.auth;

/**
 * A request fails authentication: the vendor's error code, the HTTP status it answers with, and a message for
 * the caller. Messages name key ids and headers, never a secret.
 */
public final class AuthFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    AuthFailure(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static AuthFailure badRequest(String code, String message) {
        return new AuthFailure(400, code, message);
    }

    /** @return the HTTP status to answer with */
    public int status() {
        return status;
    }

    /** @return the vendor's error code, e.g. {@code SignatureDoesNotMatch} */
    public String code() {
        return code;
    }
}
