package io.github.dlckit.examples.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named values of one output line in {@code --json} mode, in the order they were put; nulls are left out. */
public final class Fields {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Fields() {
    }

    /** @return no fields yet */
    public static Fields of() {
        return new Fields();
    }

    /**
     * @param name the JSON name
     * @param value a string, number, boolean or list; null leaves the field out
     * @return these fields
     */
    public Fields put(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    /** @return the fields, in order */
    Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
