package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcException;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one call as it moves through the pipeline: the operation, its marshalled request, when it
 * started, the current attempt and how earlier attempts failed. Used by one call at a time (the asynchronous
 * client runs its attempts one after another), never shared.
 *
 * @param <S> the response type
 */
public final class CallContext<S> {

    private final Operation<?, S> operation;
    private final MarshalledRequest request;
    private final long startMillis;
    private final List<DlcException> failures = new ArrayList<>(0);
    private int attempt;
    private long attemptStartNanos;
    private WireTracker.Attempt connection;
    private Integer answerStatus;
    private String answerRequestId;
    private String lastRequestId;

    CallContext(Operation<?, S> operation, MarshalledRequest request, long startMillis) {
        this.operation = operation;
        this.request = request;
        this.startMillis = startMillis;
    }

    /** @return the operation called */
    public Operation<?, S> operation() {
        return operation;
    }

    /** @return the number of the current attempt, from 1 */
    public int attempt() {
        return attempt;
    }

    MarshalledRequest request() {
        return request;
    }

    long startMillis() {
        return startMillis;
    }

    List<DlcException> failures() {
        return failures;
    }

    long attemptStartNanos() {
        return attemptStartNanos;
    }

    WireTracker.Attempt connection() {
        return connection;
    }

    WireTracker.Attempt beginAttempt() {
        attempt++;
        attemptStartNanos = System.nanoTime();
        connection = new WireTracker.Attempt();
        answerStatus = null;
        answerRequestId = null;
        return connection;
    }

    /** The current attempt got an answer (recorded for events). */
    void answered(int status, String requestId) {
        answerStatus = status;
        answerRequestId = requestId;
    }

    /** @return the current attempt's HTTP status, null before or without an answer */
    Integer answerStatus() {
        return answerStatus;
    }

    /** @return the current attempt's answer's request id header, null when none */
    String answerRequestId() {
        return answerRequestId;
    }

    /** @return the request id of the latest attempt that reported one, for the call's event */
    String lastRequestId() {
        return lastRequestId;
    }

    void lastRequestId(String requestId) {
        if (requestId != null) {
            lastRequestId = requestId;
        }
    }
}
