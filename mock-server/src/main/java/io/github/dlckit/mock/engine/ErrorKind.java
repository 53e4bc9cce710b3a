package io.github.dlckit.mock.engine;

/** What kind of refusal an {@link EngineException} is; the HTTP layer picks the status from it. */
public enum ErrorKind {
    /** The request is malformed or breaks a rule (HTTP 400). */
    INVALID,
    /** The resource does not exist for this caller (HTTP 404). */
    NOT_FOUND,
    /** The resource is in a state that does not allow the action (HTTP 400, as the vendor answers). */
    CONFLICT,
    /** The caller may not do this (HTTP 403). */
    FORBIDDEN
}
