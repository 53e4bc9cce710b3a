package io.github.dlckit.codegen;

import io.github.dlckit.codegen.Catalogue.Field;
import io.github.dlckit.codegen.Catalogue.Operation;
import io.github.dlckit.codegen.Catalogue.PathParam;
import io.github.dlckit.codegen.Catalogue.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which Java value types exist and what they hold, before any source is written:
 * one per catalogue shape, plus the request and response types the catalogue leaves implicit
 * (operations without a request shape; a response whose body is a shared model).
 */
public final class ModelPlan {

    /** What a value type is for. */
    public enum Role { REQUEST, RESPONSE, MODEL }

    /** One attribute of a value type. */
    public record Attribute(String name, String wireName, String catalogueType, JavaType type, String description,
                            Field field, boolean pathParam, boolean redacted, String enumName) {

        /** True for float32 attributes, whose builders also take a double. */
        public boolean isFloat32() {
            return "float32".equals(catalogueType);
        }
    }

    /** One Java value type. {@code catalogueName} is the shape it mirrors, or null for a path-only request. */
    public record ValueType(String javaName, String catalogueName, Role role, Operation operation,
                            List<Attribute> attributes, Shape shape) {

        /** Whether the builder gets typed setters (enums, float32 from double). */
        public boolean hasBuilderExtension() {
            return attributes.stream().anyMatch(a -> a.enumName() != null || a.isFloat32());
        }

        public List<Attribute> pathParameters() {
            return attributes.stream().filter(Attribute::pathParam).toList();
        }
    }

    /** The request and response types of one operation. */
    public record OperationTypes(Operation operation, ValueType request, ValueType response) {
    }

    /** Field names whose values are secrets: never printed by toString(). */
    private static final Pattern SECRET = Pattern.compile("(Password|Secret|SecurityToken|AccessToken|Auth|^Token)$");

    private final Catalogue catalogue;
    private final Customisations customisations;
    private final Map<String, ValueType> types = new LinkedHashMap<>();
    private final Map<String, ValueType> byShape = new LinkedHashMap<>();
    private final List<OperationTypes> operations = new ArrayList<>();

    public ModelPlan(Catalogue catalogue, Customisations customisations) {
        this.catalogue = catalogue;
        this.customisations = customisations;
        checkEnumBindings();
        Map<String, Operation> requestOwners = new LinkedHashMap<>();
        for (Operation op : catalogue.operations()) {
            if (op.request() != null) {
                requestOwners.put(op.request(), op);
            }
        }
        for (Shape shape : catalogue.shapes().values()) {
            Operation owner = requestOwners.get(shape.name());
            Role role = switch (shape.kind()) {
                case "request" -> Role.REQUEST;
                case "responseBody" -> Role.RESPONSE;
                default -> Role.MODEL;
            };
            Operation op = owner != null ? owner : shape.operations().isEmpty() ? null : operation(shape.operations().get(0));
            byShape.put(shape.name(), add(new ValueType(JavaNames.typeName(shape.name()), shape.name(), role, op,
                    attributes(shape, owner), shape)));
        }
        for (Operation op : catalogue.operations()) {
            ValueType request = op.request() != null ? byShape.get(op.request())
                    : add(new ValueType(op.name() + "Request", null, Role.REQUEST, op, pathAttributes(op), null));
            ValueType response = responseOf(op);
            operations.add(new OperationTypes(op, request, response));
        }
    }

    /** Every value type, by Java name. */
    public Map<String, ValueType> types() {
        return types;
    }

    public List<OperationTypes> operations() {
        return operations;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Customisations customisations() {
        return customisations;
    }

    /**
     * A body named after its operation is the response type; a shared model used as a body (GetTensorboard
     * answers a {@code Tensorboard}) gets a response type of its own with the same fields.
     */
    private ValueType responseOf(Operation op) {
        Shape body = catalogue.shape(op.response());
        if (JavaNames.typeName(body.name()).equals(op.name() + "Response")) {
            return byShape.get(body.name());
        }
        return add(new ValueType(op.name() + "Response", body.name(), Role.RESPONSE, op, attributes(body, null), body));
    }

    private ValueType add(ValueType type) {
        if (types.put(type.javaName(), type) != null) {
            throw new IllegalStateException("two types named " + type.javaName());
        }
        return type;
    }

    private List<Attribute> attributes(Shape shape, Operation owner) {
        List<Attribute> out = new ArrayList<>(owner == null ? List.of() : pathAttributes(owner));
        for (Field f : shape.fields()) {
            JavaType type = JavaType.of(f.type(), catalogue);
            String enumName = customisations.enumFor(shape.name(), f.name());
            if (enumName != null && !"string".equals(f.type())) {
                throw new IllegalStateException(shape.name() + "." + f.name() + " is not a string but bound to " + enumName);
            }
            out.add(new Attribute(JavaNames.attributeName(f.name()), f.wireName(), f.type(), type, f.description(), f,
                    false, SECRET.matcher(f.name()).find(), enumName));
        }
        long distinct = out.stream().map(Attribute::name).distinct().count();
        if (distinct != out.size()) {
            throw new IllegalStateException(shape.name() + " has two attributes with one Java name");
        }
        return out;
    }

    private List<Attribute> pathAttributes(Operation op) {
        List<Attribute> out = new ArrayList<>();
        for (PathParam p : op.pathParams()) {
            out.add(new Attribute(JavaNames.attributeName(p.name()), p.name(), "string",
                    JavaType.of("string", catalogue), "Path parameter of " + op.name() + ": the {" + p.name()
                    + "} segment of " + op.path() + ".", null, true, false, null));
        }
        return out;
    }

    private Operation operation(String name) {
        return catalogue.operations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private void checkEnumBindings() {
        for (String bound : customisations.boundFields()) {
            String[] parts = bound.split("\\.");
            boolean exists = catalogue.shapes().containsKey(parts[0])
                    && catalogue.shape(parts[0]).fields().stream().anyMatch(f -> f.name().equals(parts[1]));
            if (!exists) {
                throw new IllegalStateException("enums.json binds " + bound + ", which the catalogue does not have");
            }
        }
    }
}
