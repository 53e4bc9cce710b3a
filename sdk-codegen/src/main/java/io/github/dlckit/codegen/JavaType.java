package io.github.dlckit.codegen;

import java.util.Set;
import java.util.TreeSet;

/**
 * The Java type of an attribute, derived from a catalogue type.
 *
 * <p>Absent is empty, never null: scalars and structures are {@code Optional} (the primitive
 * {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble} for integers and float64, so
 * builders accept plain literals such as {@code podCount(2)}), lists and maps default to empty.
 */
public record JavaType(String declaration, Kind kind, Set<String> imports) {

    /** How the attribute holds its value. */
    public enum Kind { OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE, LIST, MAP }

    /** Maps a catalogue type ({@code string}, {@code list<JobSpec>}, ...) to the attribute type. */
    public static JavaType of(String catalogueType, Catalogue catalogue) {
        Set<String> imports = new TreeSet<>();
        switch (catalogueType) {
            case "int32":
                return new JavaType("OptionalInt", Kind.OPTIONAL_INT, Set.of("java.util.OptionalInt"));
            case "int64":
                return new JavaType("OptionalLong", Kind.OPTIONAL_LONG, Set.of("java.util.OptionalLong"));
            case "float64":
                return new JavaType("OptionalDouble", Kind.OPTIONAL_DOUBLE, Set.of("java.util.OptionalDouble"));
            default:
                break;
        }
        String element = element(catalogueType, catalogue, imports);
        if (catalogueType.startsWith("list<")) {
            return new JavaType(element, Kind.LIST, imports);
        }
        if (catalogueType.startsWith("map<")) {
            return new JavaType(element, Kind.MAP, imports);
        }
        imports.add("java.util.Optional");
        return new JavaType("Optional<" + element + ">", Kind.OPTIONAL, imports);
    }

    /** The boxed element type of a catalogue type, as used inside a container. */
    static String element(String type, Catalogue catalogue, Set<String> imports) {
        if (type.startsWith("list<") && type.endsWith(">")) {
            imports.add("java.util.List");
            return "List<" + element(type.substring(5, type.length() - 1), catalogue, imports) + ">";
        }
        if (type.startsWith("map<string,") && type.endsWith(">")) {
            imports.add("java.util.Map");
            return "Map<String, " + element(type.substring(11, type.length() - 1), catalogue, imports) + ">";
        }
        switch (type) {
            case "string": return "String";
            case "int32": return "Integer";
            case "int64": return "Long";
            case "float32": return "Float";
            case "float64": return "Double";
            case "boolean": return "Boolean";
            case "any": return "Object";
            default:
                if (!catalogue.isShape(type)) {
                    throw new IllegalArgumentException("unknown catalogue type " + type);
                }
                return JavaNames.typeName(type);
        }
    }

    /** The value type inside an {@code Optional}, e.g. {@code Float} for {@code Optional<Float>}. */
    public String optionalValue() {
        return declaration.substring("Optional<".length(), declaration.length() - 1);
    }

    /** Whether a JSON {@code null} element may appear inside this container ({@code any} values). */
    public boolean containsAny() {
        return declaration.endsWith("Object>") || declaration.endsWith("Object>>");
    }
}
