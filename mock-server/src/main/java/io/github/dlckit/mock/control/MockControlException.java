package io.github.dlckit.mock.control;

/** The mock refused a control request: a code such as {@code InvalidParameter} and a message naming the field. */
public final class MockControlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    /**
     * @param code the error code
     * @param message what was wrong
     */
    public MockControlException(String code, String message) {
        this(400, code, message);
    }

    /**
     * @param status the HTTP status the control API answers (400, 404 or 409)
     * @param code the error code
     * @param message what was wrong
     */
    public MockControlException(int status, String code, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** @return the HTTP status of the refusal */
    public int status() {
        return status;
    }

    /** @return the error code, e.g. {@code InvalidParameter} */
    public String code() {
        return code;
    }

    /** A refused value: {@code InvalidParameter}, naming the field. */
    static MockControlException invalid(String field, String problem) {
        return new MockControlException("InvalidParameter", field + ": " + problem);
    }
}
