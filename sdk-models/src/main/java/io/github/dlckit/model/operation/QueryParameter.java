package io.github.dlckit.model.operation;

import java.util.function.Function;

/**
 * One query-string parameter of an operation: its wire name, its catalogue type, and how a request's value
 * becomes the text sent.
 *
 * @param <R> the request type
 */
public final class QueryParameter<R> {

    private final String wireName;
    private final String type;
    private final boolean json;
    private final Function<R, String> wireValue;

    QueryParameter(String wireName, String type, boolean json, Function<R, String> wireValue) {
        this.wireName = wireName;
        this.type = type;
        this.json = json;
        this.wireValue = wireValue;
    }

    /**
     * The query key, exactly as sent (some are lower-case, such as {@code isShared}).
     *
     * @return the key
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The catalogue type of the value ({@code string}, {@code int32}, {@code boolean}, {@code list<string>}, ...).
     *
     * @return the type
     */
    public String type() {
        return type;
    }

    /**
     * Whether the value is sent as one JSON text (the vendor's "shrink" parameters, such as {@code ListJobs.Tags}).
     *
     * @return true for a JSON-text parameter
     */
    public boolean isJson() {
        return json;
    }

    /**
     * The text to send for this parameter, before URL encoding.
     *
     * @param request the request
     * @return the text, or null when the parameter is absent and must not be sent
     */
    public String wireValue(R request) {
        return wireValue.apply(request);
    }
}
