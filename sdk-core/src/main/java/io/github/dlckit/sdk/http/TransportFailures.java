package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcClientException.Kind;
import io.github.dlckit.sdk.retry.RetryDecider;

import javax.net.ssl.SSLException;
import java.io.IOException;

/**
 * Maps an I/O failure of an attempt to a {@link DlcClientException}: {@link Kind#NOT_SENT} when no connection
 * was made (safe to repeat for every operation), else {@link Kind#OUTCOME_UNKNOWN}, whose message says so
 * plainly for an operation that must not be repeated blindly. A TLS handshake answered in plain text gets the hint
 * that the endpoint may be plain http.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static DlcClientException map(Operation<?, ?> operation, String host, IOException failure, boolean connected) {
        String cause = failure.getClass().getSimpleName() + (failure.getMessage() == null ? ""
                : ": " + failure.getMessage());
        Kind kind = connected ? Kind.OUTCOME_UNKNOWN : Kind.NOT_SENT;
        boolean retryable = RetryDecider.isSafeToRetry(operation, kind);
        String message;
        if (!connected) {
            message = operation.name() + ": could not connect to " + host + " (" + cause + "); the request was not sent"
                    + (plainTextAnswer(failure) ? "; is the endpoint plain http? (then say http:// in endpointOverride)"
                    : "");
        } else if (operation.isIdempotent()) {
            message = operation.name() + ": the exchange with " + host + " failed after the request was sent ("
                    + cause + ")";
        } else {
            message = operation.name() + ": the exchange with " + host + " failed after the request was sent ("
                    + cause + "); the outcome is unknown and " + operation.name() + " is not idempotent, so it was "
                    + "not retried: check whether it took effect before sending it again";
        }
        return new DlcClientException(message, failure, retryable, kind);
    }

    /** The JDK's and OkHttp's words for a TLS client that got something other than TLS back. */
    private static boolean plainTextAnswer(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t.getMessage();
            if (t instanceof SSLException && text != null
                    && (text.contains("unrecognized SSL message") || text.contains("plaintext"))) {
                return true;
            }
        }
        return false;
    }
}
