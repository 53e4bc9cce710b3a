package io.github.dlckit.model.operation;

/** The HTTP methods the API uses. */
public enum HttpMethod {
    /** Reads; parameters in the query string. */
    GET,
    /** Creates and actions; a JSON body or none. */
    POST,
    /** Updates and state changes; a JSON body or query parameters. */
    PUT,
    /** Deletes; path or query parameters. */
    DELETE
}
