package io.github.dlckit.model.operation;

import io.github.dlckit.model.json.DlcJson;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns request attributes into query-string texts the way the vendor's clients do: plain values with
 * {@code String.valueOf} ({@code true}, {@code 50}, {@code 0.011}), the "shrink" parameters as one JSON text,
 * absent values as null (not sent).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /**
     * Text of an optional value.
     *
     * @param value the attribute
     * @return its text, or null when absent
     */
    public static String text(Optional<?> value) {
        return value.isPresent() ? String.valueOf(value.get()) : null;
    }

    /**
     * Text of an optional int.
     *
     * @param value the attribute
     * @return its text, or null when absent
     */
    public static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
    }

    /**
     * Text of an optional long.
     *
     * @param value the attribute
     * @return its text, or null when absent
     */
    public static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : null;
    }

    /**
     * Text of an optional double.
     *
     * @param value the attribute
     * @return its text, or null when absent
     */
    public static String text(OptionalDouble value) {
        return value.isPresent() ? Double.toString(value.getAsDouble()) : null;
    }

    /**
     * A list sent as one JSON text.
     *
     * @param value the attribute
     * @return its JSON text, or null when empty
     */
    public static String json(Collection<?> value) {
        return value.isEmpty() ? null : DlcJson.write(value);
    }

    /**
     * A map sent as one JSON text.
     *
     * @param value the attribute
     * @return its JSON text, or null when empty
     */
    public static String json(Map<?, ?> value) {
        return value.isEmpty() ? null : DlcJson.write(value);
    }
}
