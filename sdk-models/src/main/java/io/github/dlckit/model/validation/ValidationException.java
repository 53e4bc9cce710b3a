package io.github.dlckit.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A request broke rules the service would refuse it for; thrown before anything is sent. */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param subject what was checked, e.g. {@code CreateJob request}
     * @param violations every broken rule (at least one)
     */
    public ValidationException(String subject, List<Violation> violations) {
        super(message(subject, violations));
        this.violations = Collections.unmodifiableList(new ArrayList<>(violations));
    }

    /** @return every broken rule, in the order found */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String subject, List<Violation> violations) {
        StringBuilder out = new StringBuilder(subject).append(" is invalid: ");
        for (int i = 0; i < violations.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(violations.get(i));
        }
        return out.toString();
    }
}
