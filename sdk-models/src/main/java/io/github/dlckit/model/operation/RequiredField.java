package io.github.dlckit.model.operation;

import java.util.function.Predicate;

/**
 * A request field the service requires, with how to tell whether a request has it.
 *
 * @param <R> the request type
 */
public final class RequiredField<R> {

    private final String wireName;
    private final Predicate<R> present;

    RequiredField(String wireName, Predicate<R> present) {
        this.wireName = wireName;
        this.present = present;
    }

    /**
     * The field's wire name.
     *
     * @return for example {@code DisplayName}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Whether the request carries the field.
     *
     * @param request the request
     * @return true when present (a non-empty list or map counts as present)
     */
    public boolean isPresentIn(R request) {
        return present.test(request);
    }
}
