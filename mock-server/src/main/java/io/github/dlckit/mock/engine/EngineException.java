package io.github.dlckit.mock.engine;

/**
 * The engine refuses a request: a kind (mapped to an HTTP status by the HTTP layer), the vendor-style error
 * {@code Code} and a message that names the field or the rule. State is unchanged when it is thrown.
 */
public final class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;

    /**
     * @param kind the kind of refusal
     * @param code the vendor-style error code, e.g. {@code InvalidParameter}
     * @param message what is wrong, naming the field or rule
     */
    public EngineException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /** A 400 {@code InvalidParameter} naming the field. */
    public static EngineException invalid(String field, String problem) {
        return new EngineException(ErrorKind.INVALID, "InvalidParameter", field + ": " + problem);
    }

    /** A 400 {@code MissingParameter}-style refusal for an absent required field. */
    public static EngineException missing(String field) {
        return new EngineException(ErrorKind.INVALID, "Missing" + field, field + " is mandatory for this action.");
    }

    /** A 404 for a resource this caller cannot see; {@code JobTemplate} reads "job template" in the message. */
    public static EngineException notFound(String resource, String id) {
        String words = resource.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return new EngineException(ErrorKind.NOT_FOUND, resource + "NotFound",
                "The specified " + words + " " + id + " does not exist.");
    }

    /** @return the kind of refusal */
    public ErrorKind kind() {
        return kind;
    }

    /** @return the vendor-style error code */
    public String code() {
        return code;
    }
}
