package io.github.dlckit.mock.api.binding;

/**
 * A type of the catalogue's type system: {@code string|int32|int64|float32|float64|boolean|any}, {@code list<T>},
 * {@code map<string,T>} or a shape name.
 */
sealed interface WireType {

    /** A scalar or {@code any}. */
    record Scalar(String name) implements WireType {
    }

    /** {@code list<T>}. */
    record ListOf(WireType element) implements WireType {
    }

    /** {@code map<string,T>}. */
    record MapOf(WireType value) implements WireType {
    }

    /** A structure of the catalogue, by name. */
    record Shape(String name) implements WireType {
    }

    /**
     * Parses a catalogue type text.
     *
     * @param text e.g. {@code list<map<string,any>>}
     * @return the type
     */
    static WireType parse(String text) {
        if (text.startsWith("list<") && text.endsWith(">")) {
            return new ListOf(parse(text.substring(5, text.length() - 1)));
        }
        if (text.startsWith("map<string,") && text.endsWith(">")) {
            return new MapOf(parse(text.substring(11, text.length() - 1)));
        }
        if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
            return new Shape(text);
        }
        return new Scalar(text);
    }

    /** @return the type as the catalogue writes it, for messages */
    default String describe() {
        if (this instanceof ListOf list) {
            return "list<" + list.element().describe() + ">";
        }
        if (this instanceof MapOf map) {
            return "map<string," + map.value().describe() + ">";
        }
        return this instanceof Shape shape ? shape.name() : ((Scalar) this).name();
    }
}
