package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.exception.DlcServiceException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes are idempotent for the caller: when an earlier attempt of the same call had an unknown outcome (the
 * exchange broke after sending, a timeout, a 5xx) and a retry is answered with the resource's not-found code, the
 * earlier attempt did the delete, and the call succeeds. A not-found on the first attempt, or after attempts the
 * service surely did not apply (throttled, not connected), stays an error.
 */
final class IdempotentDeletes {

    /** Each delete operation and the code the service answers (with 404) for its missing resource. */
    private static final Map<Operation<?, ?>, String> NOT_FOUND_CODES = new HashMap<>();

    static {
        NOT_FOUND_CODES.put(DlcOperations.DELETE_JOB, "JobNotFound");
        NOT_FOUND_CODES.put(DlcOperations.DELETE_JOB_TEMPLATE, "JobTemplateNotFound");
        NOT_FOUND_CODES.put(DlcOperations.DELETE_RAY_HISTORY_SERVER, "RayHistoryServerNotFound");
        NOT_FOUND_CODES.put(DlcOperations.DELETE_TENSORBOARD, "TensorboardNotFound");
    }

    private IdempotentDeletes() {
    }

    /**
     * @param operation the operation called
     * @param answer the current attempt's error answer
     * @param earlier how the call's earlier attempts failed
     * @return true when the answer means that an earlier attempt already deleted the resource
     */
    static boolean alreadyDeleted(Operation<?, ?> operation, DlcServiceException answer, List<DlcException> earlier) {
        String notFound = NOT_FOUND_CODES.get(operation);
        if (notFound == null || answer.statusCode() != 404 || !notFound.equals(answer.errorCode())) {
            return false;
        }
        for (DlcException failure : earlier) {
            if (mayHaveTakenEffect(failure)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHaveTakenEffect(DlcException failure) {
        if (failure instanceof DlcServiceException) {
            return ((DlcServiceException) failure).statusCode() >= 500;
        }
        return failure instanceof DlcClientException
                && ((DlcClientException) failure).kind() == DlcClientException.Kind.OUTCOME_UNKNOWN;
    }
}
