package io.github.dlckit.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Lookups between wire texts and {@link WireEnum} constants, shared by every enum of the model. */
public final class WireEnums {

    private static final ClassValue<Map<String, Enum<?>>> BY_WIRE_VALUE = new ClassValue<Map<String, Enum<?>>>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                String wire = ((WireEnum) constant).wireValue();
                if (wire != null) {
                    map.put(wire, (Enum<?>) constant);
                }
            }
            return Collections.unmodifiableMap(map);
        }
    };

    private WireEnums() {
    }

    /**
     * The constant of {@code type} for a wire text.
     *
     * @param type an enum that implements {@link WireEnum} and has an {@code UNKNOWN} constant
     * @param wireValue the text as sent, possibly null
     * @param <E> the enum
     * @return the matching constant, or {@code UNKNOWN} when the text is null or not known
     */
    public static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String wireValue) {
        Enum<?> known = wireValue == null ? null : BY_WIRE_VALUE.get(type).get(wireValue);
        return known != null ? type.cast(known) : Enum.valueOf(type, "UNKNOWN");
    }

    /**
     * The wire text of a constant a caller wants to send.
     *
     * @param value a known constant
     * @return its wire value
     * @throws IllegalArgumentException for null or {@code UNKNOWN}, which have no wire value
     */
    public static String toWire(WireEnum value) {
        if (value == null || value.wireValue() == null) {
            throw new IllegalArgumentException("cannot send " + value + ": it has no wire value; set the text instead");
        }
        return value.wireValue();
    }
}
