package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request's JSON against the catalogue before anything is bound or stored: JSON types, integer sizes,
 * numeric ranges, enum values, required fields of nested structures and unknown fields, each refusal naming the
 * field path ({@code JobSpecs[0].SpotSpec.SpotStrategy}), what was expected and what came. JSON {@code null} members
 * of structures are removed: absent and null read the same. An unknown field is refused with the nearest known name
 * ("did you mean PodCount?") unless the binder is lenient, as the service's contract leaves no room for typos.
 */
final class ShapeChecker {

    private static final BigDecimal FLOAT32_MAX = BigDecimal.valueOf(Float.MAX_VALUE);
    /**
     * Closed value sets the service checks itself under a spot rule, so that the refusal names the rule: a
     * {@code SpotSpec.SpotStrategy} other than {@code SpotWithPriceLimit} is refused under R6 by the spot
     * admission, not here as a bare enum mismatch. The field's JSON type is still checked here.
     */
    private static final Set<String> RULE_CHECKED_VALUES = Set.of("SpotSpec.SpotStrategy");
    /** Closed sets the service enforces that the catalogue lists only in prose (or on a sibling operation). */
    private static final Map<String, List<String>> CLOSED_SETS = Map.of(
            "CreateJobRequest.JobType", List.of("TFJob", "PyTorchJob", "XGBoostJob", "OneFlowJob", "ElasticBatchJob",
                    "MPIJob", "RayJob"),
            "CreateJobRequest.Accessibility", List.of("PUBLIC", "PRIVATE"));

    private final Catalogue catalogue;
    private final boolean lenientFields;

    ShapeChecker(Catalogue catalogue, boolean lenientFields) {
        this.catalogue = catalogue;
        this.lenientFields = lenientFields;
    }

    /**
     * Checks the members of a structure (and removes its null members).
     *
     * @param object a JSON object
     * @param shape the catalogue shape it should have
     * @param path where it sits, "" for the body itself
     */
    void checkObject(JsonNode object, String shape, String path) {
        Map<String, FieldSpec> fields = catalogue.shape(shape);
        List<String> nulls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (member.getValue().isNull()) {
                nulls.add(member.getKey());
                continue;
            }
            String where = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            FieldSpec spec = fields.get(member.getKey());
            if (spec == null) {
                unknown(member.getKey(), shape, fields, where);
                continue;
            }
            String qualified = shape + "." + member.getKey();
            if (RULE_CHECKED_VALUES.contains(qualified)) {
                spec = spec.withAllowed(List.of());
            } else if (CLOSED_SETS.containsKey(qualified)) {
                spec = spec.withAllowed(CLOSED_SETS.get(qualified));
            }
            check(member.getValue(), spec.type(), spec, where);
        }
        ((ObjectNode) object).remove(nulls);
        if (!path.isEmpty()) { // the body's own required fields are the operation's, checked once bound
            for (FieldSpec field : fields.values()) {
                if (field.required() && !object.has(field.wireName())) {
                    throw missing(path + "." + field.wireName(), field.wireName());
                }
            }
            NestedRequirements.check(shape, object, path);
        }
    }

    private void unknown(String name, String shape, Map<String, FieldSpec> fields, String where) {
        if (lenientFields || !catalogue.hasShape(shape)) {
            return;
        }
        String hint = FieldNames.nearest(name, fields.keySet()).map(n -> "; did you mean " + n + "?").orElse("");
        throw new EngineException(ErrorKind.INVALID, "InvalidParameter.UnknownField", where + ": " + shape
                + " has no field " + abbreviate(name) + hint + " (fields are case-sensitive; start the mock with "
                + "--lenient-fields to accept unknown fields).");
    }

    /** A required field is absent: the vendor's {@code Missing<Field>} code, the message naming the whole path. */
    static EngineException missing(String path, String field) {
        return new EngineException(ErrorKind.INVALID, "Missing" + field, path + " is mandatory for this action.");
    }

    /**
     * Checks one value.
     *
     * @param value a JSON value, not null
     * @param type the type it should have
     * @param spec the field it belongs to (its enum values and range apply to the scalars inside)
     * @param path where it sits
     */
    void check(JsonNode value, WireType type, FieldSpec spec, String path) {
        if (type instanceof WireType.Shape shape) {
            expect(value.isObject(), path, "a JSON object (" + shape.name() + ")", value);
            checkObject(value, shape.name(), path);
        } else if (type instanceof WireType.ListOf list) {
            expect(value.isArray(), path, "a JSON array (" + type.describe() + ")", value);
            for (int i = 0; i < value.size(); i++) {
                checkElement(value.get(i), list.element(), spec, path + "[" + i + "]");
            }
        } else if (type instanceof WireType.MapOf map) {
            expect(value.isObject(), path, "a JSON object (" + type.describe() + ")", value);
            value.properties().forEach(e -> checkElement(e.getValue(), map.value(), spec, path + "." + e.getKey()));
        } else {
            checkScalar(value, ((WireType.Scalar) type).name(), spec, path);
        }
    }

    private void checkElement(JsonNode element, WireType type, FieldSpec spec, String path) {
        boolean any = type instanceof WireType.Scalar scalar && scalar.name().equals("any");
        if (element.isNull()) {
            expect(any, path, type.describe(), element);
            return;
        }
        check(element, type, spec, path);
    }

    private static void checkScalar(JsonNode value, String type, FieldSpec spec, String path) {
        switch (type) {
            case "string" -> {
                expect(value.isTextual(), path, "a string", value);
                checkAllowed(value.textValue(), spec, path);
            }
            case "boolean" -> expect(value.isBoolean(), path, "true or false", value);
            case "int32" -> {
                expect(value.isIntegralNumber() && value.canConvertToInt(), path, "a whole number (int32)", value);
                checkRange(value.decimalValue(), spec, path);
            }
            case "int64" -> {
                expect(value.isIntegralNumber() && value.canConvertToLong(), path, "a whole number (int64)", value);
                checkRange(value.decimalValue(), spec, path);
            }
            case "float32", "float64" -> {
                expect(value.isNumber() && Double.isFinite(value.doubleValue()), path, "a number (" + type + ")", value);
                expect(type.equals("float64") || value.decimalValue().abs().compareTo(FLOAT32_MAX) <= 0, path,
                        "a number (float32)", value);
                checkRange(value.decimalValue(), spec, path);
            }
            default -> {
                // "any": free-form JSON, nothing to check
            }
        }
    }

    /** The allowed values of a field, if it has a closed set. */
    static void checkAllowed(String text, FieldSpec spec, String path) {
        if (spec != null && !spec.allowed().isEmpty() && !spec.allowed().contains(text)) {
            throw EngineException.invalid(path, "expected one of " + String.join(", ", spec.allowed()) + "; got '"
                    + abbreviate(text) + "'");
        }
    }

    /** The numeric range of a field, if it has one. */
    static void checkRange(BigDecimal number, FieldSpec spec, String path) {
        if (spec != null && (spec.min() != null && number.compareTo(spec.min()) < 0
                || spec.max() != null && number.compareTo(spec.max()) > 0)) {
            throw EngineException.invalid(path, "expected a number from " + spec.min() + " to " + spec.max() + "; got "
                    + number.toPlainString());
        }
    }

    private static void expect(boolean ok, String path, String expected, JsonNode got) {
        if (!ok) {
            throw EngineException.invalid(path, "expected " + expected + "; got " + describe(got));
        }
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the string '" + abbreviate(value.textValue()) + "'";
            case NUMBER, BOOLEAN -> abbreviate(value.asText());
            case ARRAY -> "a JSON array";
            case OBJECT -> "a JSON object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Long texts are cut in messages so an error body stays small. */
    static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }
}
