package io.github.dlckit.mock.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Request checks the services share: required fields, enumerated values and ranges. Each throws an
 * {@link EngineException} that names the field, before any state changes.
 */
public final class Checks {

    /** The values of every Accessibility field: who in the workspace sees the resource. */
    public static final List<String> ACCESSIBILITY = List.of("PUBLIC", "PRIVATE");

    private Checks() {
    }

    /**
     * @param field the wire name, for the error
     * @param value the field as sent
     * @return the text, when present and not blank
     * @throws EngineException {@code Missing<field>} when absent or blank
     */
    public static String required(String field, Optional<String> value) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> EngineException.missing(field));
    }

    /**
     * Refuses a value outside an enumeration (compared exactly, as the vendor does).
     *
     * @param field the wire name
     * @param value the value as sent, if any
     * @param allowed the values the catalogue lists
     * @return the value, when present
     */
    public static Optional<String> oneOf(String field, Optional<String> value, Collection<String> allowed) {
        value.ifPresent(v -> {
            if (!allowed.contains(v)) {
                throw EngineException.invalid(field, "must be one of " + String.join(", ", allowed) + ", got " + v);
            }
        });
        return value;
    }

    /**
     * Reads a list filter's value leniently: the vendor's own examples mix cases ({@code Postpaid},
     * {@code running}), so a filter accepts any case and compares with the catalogue's spelling.
     *
     * @param field the wire name
     * @param value the value as sent
     * @param allowed the values the catalogue lists
     * @return the catalogue's spelling of the value
     */
    public static String canonical(String field, String value, Collection<String> allowed) {
        return allowed.stream().filter(a -> a.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> EngineException.invalid(field, "must be one of " + String.join(", ", allowed)
                        + ", got " + value));
    }

    /** Refuses a number outside {@code [min, max]}. */
    public static OptionalLong range(String field, OptionalLong value, long min, long max) {
        if (value.isPresent() && (value.getAsLong() < min || value.getAsLong() > max)) {
            throw EngineException.invalid(field, "must be " + min + " to " + max + ", got " + value.getAsLong());
        }
        return value;
    }

    /** Refuses a number outside {@code [min, max]}. */
    public static OptionalInt range(String field, OptionalInt value, int min, int max) {
        range(field, value.isPresent() ? OptionalLong.of(value.getAsInt()) : OptionalLong.empty(), min, max);
        return value;
    }

    /**
     * Reads a number sent as text (some fields are strings on the wire, e.g. ListSignals' PageNumber).
     *
     * @param field the wire name
     * @param text the text, if any
     * @return the number, empty when absent
     * @throws EngineException naming the field when the text is not a whole number
     */
    public static OptionalLong number(String field, Optional<String> text) {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            throw EngineException.invalid(field, "must be a whole number, got " + text.get());
        }
    }

    /** {@link #number} for an int field. */
    public static OptionalInt intNumber(String field, Optional<String> text) {
        OptionalLong n = range(field, number(field, text), Integer.MIN_VALUE, Integer.MAX_VALUE);
        return n.isPresent() ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
    }
}
