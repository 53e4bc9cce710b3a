package io.github.dlckit.codegen;

import io.github.dlckit.codegen.Catalogue.Field;
import io.github.dlckit.codegen.Catalogue.Shape;
import io.github.dlckit.codegen.ModelPlan.Attribute;
import io.github.dlckit.codegen.ModelPlan.Role;
import io.github.dlckit.codegen.ModelPlan.ValueType;

import java.util.List;
import java.util.stream.Collectors;

/** Writes one value type: an Immutables interface with Jackson wire names and Javadoc. */
final class ValueTypeWriter {

    private final ModelPlan plan;
    private final String packageName;

    ValueTypeWriter(ModelPlan plan, String packageName) {
        this.plan = plan;
        this.packageName = packageName;
    }

    SourceFile write(ValueType type) {
        String name = type.javaName();
        String immutable = "Immutable" + name;
        SourceFile src = new SourceFile(packageName, name)
                .imports(List.of("org.immutables.value.Value",
                        "com.fasterxml.jackson.annotation.JsonIgnoreProperties",
                        "com.fasterxml.jackson.annotation.JsonInclude",
                        "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
                        "com.fasterxml.jackson.databind.annotation.JsonSerialize"));
        src.javadoc(typeDoc(type));
        src.line("@Value.Immutable")
                .line("@JsonSerialize(as = " + immutable + ".class)")
                .line("@JsonDeserialize(as = " + immutable + ".class)")
                .line("@JsonIgnoreProperties(ignoreUnknown = true)")
                .line("@JsonInclude(JsonInclude.Include.NON_ABSENT)")
                .open("public interface " + name + " {");
        for (Attribute a : type.attributes()) {
            src.line("");
            attribute(src, a);
        }
        for (Attribute a : type.attributes()) {
            if (a.enumName() != null) {
                src.line("");
                enumView(src, a);
            }
        }
        String builderType = type.hasBuilderExtension() ? "Builder" : immutable + ".Builder";
        String newBuilder = type.hasBuilderExtension() ? "new Builder()" : immutable + ".builder()";
        if (!type.pathParameters().isEmpty()) {
            src.line("");
            factory(src, type);
        }
        src.line("");
        src.javadoc(new Javadoc().markup("Starts building a {@link " + name + "}.")
                        .tag("@return a new, empty builder"))
                .open("static " + builderType + " builder() {")
                .line("return " + newBuilder + ";")
                .close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("A builder holding a copy of this value, to change some attributes.")
                        .tag("@return a builder initialised from this value"))
                .open("default " + builderType + " toBuilder() {")
                .line("return " + newBuilder + ".from(this);")
                .close("}");
        if (type.hasBuilderExtension()) {
            src.line("");
            builderExtension(src, type);
        }
        src.close("}");
        return src;
    }

    private void attribute(SourceFile src, Attribute a) {
        src.imports(a.type().imports());
        src.javadoc(attributeDoc(a));
        if (a.field() != null && a.field().deprecated()) {
            src.line("@Deprecated");
        }
        if (a.redacted()) {
            src.line("@Value.Redacted");
        }
        if (a.pathParam()) {
            src.imports("com.fasterxml.jackson.annotation.JsonIgnore").line("@JsonIgnore");
        } else {
            src.imports("com.fasterxml.jackson.annotation.JsonProperty")
                    .line("@JsonProperty(\"" + a.wireName() + "\")");
        }
        switch (a.type().kind()) {
            case LIST, MAP, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE ->
                    // NON_ABSENT does not drop these when empty; NON_EMPTY does, and they hold no empty strings
                    src.line("@JsonInclude(JsonInclude.Include.NON_EMPTY)");
            default -> { }
        }
        if (a.type().containsAny()) {
            src.line("@AllowNulls");
        }
        src.line(a.type().declaration() + " " + a.name() + "();");
    }

    private void enumView(SourceFile src, Attribute a) {
        String e = a.enumName();
        src.javadoc(new Javadoc()
                        .markup("{@code " + a.wireName() + "} as a {@link " + e + "}; read {@link #" + a.name()
                                + "()} for the text as sent.")
                        .tag("@return the value, or {@link " + e + "#UNKNOWN} when absent or not one this SDK knows"))
                .open("default " + e + " " + a.name() + "Enum() {")
                .line("return " + e + ".fromWire(" + a.name() + "().orElse(null));")
                .close("}");
    }

    private void factory(SourceFile src, ValueType type) {
        List<Attribute> params = type.pathParameters();
        Javadoc doc = new Javadoc().markup("A {@link " + type.javaName() + "} for "
                + params.stream().map(p -> "{@code " + p.wireName() + "}").collect(Collectors.joining(" and "))
                + (params.size() == type.attributes().size() ? "." : ", other fields absent."));
        params.forEach(p -> doc.tag("@param " + p.name() + " the {@code " + p.wireName() + "} path parameter"));
        doc.tag("@return the request");
        src.javadoc(doc)
                .open("static " + type.javaName() + " of("
                        + params.stream().map(p -> "String " + p.name()).collect(Collectors.joining(", ")) + ") {")
                .line("return builder()" + params.stream().map(p -> "." + p.name() + "(" + p.name() + ")")
                        .collect(Collectors.joining()) + ".build();")
                .close("}");
    }

    private void builderExtension(SourceFile src, ValueType type) {
        src.javadoc(new Javadoc().markup("Builds {@link " + type.javaName() + "} values: the generated builder plus "
                        + "typed setters."))
                .open("final class Builder extends Immutable" + type.javaName() + ".Builder {");
        boolean first = true;
        for (Attribute a : type.attributes()) {
            if (a.enumName() == null && !a.isFloat32()) {
                continue;
            }
            if (!first) {
                src.line("");
            }
            first = false;
            if (a.enumName() != null) {
                String var = JavaNames.variableName(a.enumName());
                src.javadoc(new Javadoc().markup("Sets {@code " + a.wireName() + "} to a known value.")
                                .tag("@param " + var + " the value; not {@link " + a.enumName() + "#UNKNOWN}")
                                .tag("@return this builder"))
                        .open("public Builder " + a.name() + "(" + a.enumName() + " " + var + ") {")
                        .line("return " + a.name() + "(WireEnums.toWire(" + var + "));")
                        .close("}");
            } else {
                src.javadoc(new Javadoc().markup("Sets {@code " + a.wireName() + "} from a {@code double}; the wire "
                                + "type is float32, so the value is rounded to the nearest float.")
                                .tag("@param " + a.name() + " the value")
                                .tag("@return this builder"))
                        .open("public Builder " + a.name() + "(double " + a.name() + ") {")
                        .line("return " + a.name() + "(Float.valueOf((float) " + a.name() + "));")
                        .close("}");
            }
        }
        src.close("}");
    }

    private Javadoc typeDoc(ValueType type) {
        Javadoc doc = new Javadoc();
        String summary = plan.customisations().summaryOf(type.javaName());
        var op = type.operation();
        if (summary != null) {
            doc.text(summary);
        } else if (type.role() == Role.REQUEST) {
            doc.markup("Request of {@code " + op.name() + "}: " + Javadoc.escape(lowerFirst(op.summary())));
        } else if (type.role() == Role.RESPONSE) {
            doc.markup("Response of {@code " + op.name() + "}: " + Javadoc.escape(lowerFirst(op.summary())));
        } else if (type.shape() != null && !type.shape().referencedBy().isEmpty()) {
            doc.markup("The value of " + type.shape().referencedBy().stream().map(ValueTypeWriter::fieldLink)
                    .collect(Collectors.joining(", ")) + ".");
        } else {
            doc.markup("A vendor model type that no operation of the 2020-12-03 API uses; kept so the model "
                    + "covers every shape of the catalogue.");
        }
        if (type.role() == Role.REQUEST) {
            doc.markup(requestWire(type));
        }
        Shape shape = type.shape();
        if (shape != null) {
            if (shape.family() != null) {
                doc.markup("One of the {@code " + shape.family() + "} family, which also has "
                        + plan.catalogue().shapes().values().stream()
                        .filter(s -> shape.family().equals(s.family()) && !s.name().equals(shape.name()))
                        .map(s -> "{@link " + JavaNames.typeName(s.name()) + "}").collect(Collectors.joining(", "))
                        + "; the members differ in a few fields, so they are separate types.");
            }
            if (!shape.identicalTo().isEmpty()) {
                doc.markup("Has the same fields as " + shape.identicalTo().stream()
                        .map(s -> "{@link " + JavaNames.typeName(s) + "}").collect(Collectors.joining(", ")) + ".");
            }
            if (!type.javaName().equals(shape.name())) {
                doc.markup("Mirrors the catalogue shape {@code " + shape.name() + "}.");
            }
        }
        return doc;
    }

    private static String requestWire(ValueType type) {
        var op = type.operation();
        String where = op.hasJsonBody() ? "its fields travel in a JSON body"
                : op.query().isEmpty() ? "it has no body and no query string"
                : "its fields travel in the query string";
        String path = type.pathParameters().isEmpty() ? ""
                : " and " + type.pathParameters().stream().map(p -> "{@code " + p.wireName() + "}")
                .collect(Collectors.joining(", ")) + " in the path";
        return "Sent as " + Javadoc.code(op.method() + " " + op.path()) + "; " + where + path + ".";
    }

    private Javadoc attributeDoc(Attribute a) {
        Javadoc doc = new Javadoc().text(a.description());
        Field f = a.field();
        StringBuilder facts = new StringBuilder("Wire name {@code " + a.wireName() + "}, " + Javadoc.code(a.catalogueType()));
        if (a.pathParam()) {
            facts.append("; travels in the URL path, percent-encoded as one segment");
        }
        if (f != null) {
            if (f.unit() != null) {
                facts.append("; unit ").append(Javadoc.escape(f.unit()));
            }
            if (f.rangeMin() != null || f.rangeMax() != null) {
                facts.append("; range ").append(Javadoc.escape(String.valueOf(f.rangeMin()))).append(" to ")
                        .append(Javadoc.escape(String.valueOf(f.rangeMax())));
            }
            if (!f.enumValues().isEmpty()) {
                facts.append("; one of ").append(f.enumValues().stream().map(Javadoc::code)
                        .collect(Collectors.joining(", ")));
            }
            if (f.defaultValue() != null) {
                facts.append("; default ").append(Javadoc.code(f.defaultValue()));
            }
            if (f.example() != null && !f.example().isEmpty()) {
                facts.append("; example ").append(Javadoc.code(f.example()));
            }
            if (f.jsonSerialized()) {
                facts.append("; sent in the query string as one JSON text");
            }
            if (f.required()) {
                facts.append("; required by the service");
            }
        }
        doc.markup(facts.append('.').toString());
        if (a.enumName() != null) {
            doc.markup("Typed view: {@link #" + a.name() + "Enum()}.");
        }
        if (a.redacted()) {
            doc.markup("A secret: {@code toString()} masks it.");
        }
        if (f != null && f.deprecated()) {
            doc.tag("@deprecated the vendor marks this field deprecated.");
        }
        doc.tag("@return " + (a.type().kind() == JavaType.Kind.LIST ? "the list, empty when absent"
                : a.type().kind() == JavaType.Kind.MAP ? "the map, empty when absent" : "the value, empty when absent"));
        return doc;
    }

    private static String fieldLink(String shapeDotField) {
        String[] parts = shapeDotField.split("\\.");
        String type = JavaNames.typeName(parts[0]);
        return "{@link " + type + "#" + JavaNames.attributeName(parts[1]) + "() " + type + "." + parts[1] + "}";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
