package io.github.dlckit.model.validation;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.UpdateJobRequest;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.model.operation.RequiredField;

import java.util.ArrayList;
import java.util.List;

/**
 * Client-side checks of a request before it is sent: the rules a caller can break without knowing the
 * market, the region or the resource type. Path parameters must be non-empty (an empty {@code JobId} would
 * turn {@code GetJob} into a different URL), required fields present, pod counts and priorities in range, and
 * every {@code SpotSpec} well-formed ({@link SpotRules}).
 */
public final class RequestValidator {

    private RequestValidator() {
    }

    /**
     * Every rule the request breaks.
     *
     * @param operation the operation the request is for
     * @param request the request
     * @param <Q> the request type
     * @return the violations, empty for a valid request
     */
    public static <Q> List<Violation> check(Operation<Q, ?> operation, Q request) {
        List<Violation> out = new ArrayList<>();
        for (PathParameter<Q> p : operation.pathParameters()) {
            String value = p.valueOf(request).orElse("");
            if (value.isEmpty()) {
                out.add(new Violation(p.name(), "Required", "is a path parameter of " + operation.name()
                        + " and must not be empty"));
            } else if (value.equals(".") || value.equals("..")) {
                // A dot segment would be resolved away by URL normalisation and address another resource.
                out.add(new Violation(p.name(), "InvalidPathSegment", "is a path parameter of " + operation.name()
                        + " and must not be '.' or '..'"));
            }
        }
        for (RequiredField<Q> field : operation.requiredFields()) {
            if (!field.isPresentIn(request)) {
                out.add(new Violation(field.wireName(), "Required", "is required by " + operation.name()));
            }
        }
        if (request instanceof CreateJobRequest) {
            JobRules.checkCreateJob((CreateJobRequest) request, out);
        } else if (request instanceof UpdateJobRequest) {
            JobRules.checkUpdateJob((UpdateJobRequest) request, out);
        } else if (request instanceof CreateTensorboardRequest) {
            JobRules.checkCreateTensorboard((CreateTensorboardRequest) request, out);
        }
        return out;
    }

    /**
     * Throws when the request breaks a rule.
     *
     * @param operation the operation the request is for
     * @param request the request
     * @param <Q> the request type
     * @throws ValidationException listing every broken rule
     */
    public static <Q> void validate(Operation<Q, ?> operation, Q request) {
        List<Violation> violations = check(operation, request);
        if (!violations.isEmpty()) {
            throw new ValidationException(operation.name() + " request", violations);
        }
    }
}
