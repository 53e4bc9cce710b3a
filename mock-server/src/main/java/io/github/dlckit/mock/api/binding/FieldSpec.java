package io.github.dlckit.mock.api.binding;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a request as the catalogue describes it.
 *
 * @param wireName the name on the wire
 * @param type its type
 * @param allowed the enum values, empty when any value of the type is allowed
 * @param min the smallest number allowed, or null
 * @param max the largest number allowed, or null
 * @param json true for a query parameter sent as one JSON text (the vendor's "shrink" parameters)
 * @param required true when the catalogue marks the field required
 */
record FieldSpec(String wireName, WireType type, List<String> allowed, BigDecimal min, BigDecimal max, boolean json,
                 boolean required) {

    /** @return this field with another set of allowed values */
    FieldSpec withAllowed(List<String> values) {
        return new FieldSpec(wireName, type, values, min, max, json, required);
    }
}
