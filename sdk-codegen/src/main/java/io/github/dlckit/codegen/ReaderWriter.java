package io.github.dlckit.codegen;

import io.github.dlckit.codegen.ModelPlan.Attribute;
import io.github.dlckit.codegen.ModelPlan.ValueType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the JSON readers of the value types: per type a {@code ModelReader} subclass that reads a JSON object
 * straight into the type's builder (a switch on the field name, direct builder calls), and {@code ModelReaders},
 * which puts them in place of Jackson's reflective deserializers. The rules that keep the values equal to
 * Jackson's (null, natural tokens, everything else through Jackson's deserializer of the declared type) live in
 * the hand-written {@code ModelReader} base class of sdk-models; this writer only decides, per attribute, which
 * token is its natural one and how the builder takes it.
 */
final class ReaderWriter {

    static final String REGISTRY = "ModelReaders";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ModelPlan plan;
    private final String packageName;
    private final String modelPackage;

    ReaderWriter(ModelPlan plan, String packageName, String modelPackage) {
        this.plan = plan;
        this.packageName = packageName;
        this.modelPackage = modelPackage;
    }

    static String readerName(ValueType type) {
        return type.javaName() + "Reader";
    }

    /** The reader of one value type. */
    SourceFile write(ValueType type) {
        String name = type.javaName();
        String builder = type.hasBuilderExtension() ? name + ".Builder" : "Immutable" + name + ".Builder";
        List<Attribute> read = type.attributes().stream().filter(a -> !a.pathParam()).toList();
        List<Attribute> held = read.stream().filter(ReaderWriter::isContainer).toList();
        SourceFile src = new SourceFile(packageName, readerName(type))
                .imports(List.of("com.fasterxml.jackson.core.JsonParser", "com.fasterxml.jackson.core.JsonToken",
                        "com.fasterxml.jackson.databind.DeserializationContext", "java.io.IOException",
                        modelPackage + "." + name));
        if (!type.hasBuilderExtension()) {
            src.imports(modelPackage + ".Immutable" + name);
        }
        for (Attribute a : read) {
            src.imports(a.type().imports());
            modelTypesIn(a.type().declaration()).forEach(t -> src.imports(modelPackage + "." + t));
        }
        src.javadoc(new Javadoc().markup("Reads {@link " + name + "} from JSON into its builder; see {@link ModelReader} "
                + "for the rules that keep the values equal to Jackson's."));
        src.open("final class " + readerName(type) + " extends ModelReader<" + name + "> {");
        src.line("");
        src.line("private static final long serialVersionUID = 1L;");
        src.line("");
        src.open(readerName(type) + "(Class<?> immutable) {");
        StringBuilder accessors = new StringBuilder();
        for (Attribute a : read) {
            accessors.append(", \"").append(a.name()).append('"');
        }
        src.line("super(" + name + ".class, immutable" + accessors + ");");
        src.close("}");
        src.line("");
        src.line("@Override");
        src.open("protected " + name + " readFields(JsonParser p, DeserializationContext ctxt, JsonToken first) "
                + "throws IOException {");
        src.line(builder + " b = " + name + ".builder();");
        String heldArgument = "";
        if (!held.isEmpty()) {
            src.line("Object[] held = new Object[" + held.size() + "];");
            heldArgument = "held, ";
        }
        src.open("for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {");
        src.line("String field = p.currentName();");
        src.line("JsonToken v = p.nextToken();");
        src.open("try {");
        src.open("if (read(b, " + heldArgument + "field, v, p, ctxt)) {").line("continue;").close("}");
        src.close("} catch (Exception e) {");
        src.indent().line("throw wrap(e, field, ctxt);").outdent();
        src.line("}");
        src.line("p.skipChildren();");
        src.close("}");
        if (!held.isEmpty()) {
            src.line("apply(b, held, ctxt);");
        }
        src.line("return b.build();");
        src.close("}");
        src.line("");
        src.line("@SuppressWarnings({\"unchecked\", \"deprecation\"})");
        src.open("private boolean read(" + builder + " b, " + (held.isEmpty() ? "" : "Object[] held, ")
                + "String field, JsonToken v, JsonParser p, DeserializationContext ctxt) throws IOException {");
        if (read.isEmpty()) {
            src.line("return false;");
        } else {
            src.open("switch (field) {");
            for (int i = 0; i < read.size(); i++) {
                Attribute a = read.get(i);
                if (isContainer(a)) {
                    src.open("case \"" + a.wireName() + "\":")
                            .line("held[" + held.indexOf(a) + "] = v == JsonToken.VALUE_NULL ? null : declared(" + i
                                    + ", p, ctxt);")
                            .line("return true;").outdent();
                } else {
                    attribute(src, a, i);
                }
            }
            src.open("default:").line("return false;").outdent();
            src.close("}");
        }
        src.close("}");
        if (!held.isEmpty()) {
            src.line("");
            src.line("@SuppressWarnings({\"unchecked\", \"deprecation\"})");
            src.open("private void apply(" + builder + " b, Object[] held, DeserializationContext ctxt) "
                    + "throws IOException {");
            src.open("try {");
            for (int k = 0; k < held.size(); k++) {
                Attribute a = held.get(k);
                src.open("if (held[" + k + "] != null) {")
                        .line("b." + a.name() + "((" + a.type().declaration() + ") held[" + k + "]);")
                        .close("}");
            }
            src.close("} catch (RuntimeException e) {");
            src.indent().line("throw instantiationFailure(e, ctxt);").outdent();
            src.line("}");
            src.close("}");
        }
        src.close("}");
        return src;
    }

    /**
     * Lists and maps are held until the object ends and then handed to the builder in attribute order, as the
     * Immutables {@code Json} delegate does: a later duplicate key replaces an earlier value, and a builder that
     * refuses an element (a null in a list) fails the object, not the field.
     */
    private static boolean isContainer(Attribute a) {
        return a.type().kind() == JavaType.Kind.LIST || a.type().kind() == JavaType.Kind.MAP;
    }

    private static void attribute(SourceFile src, Attribute a, int index) {
        String set = "b." + a.name();
        String declaration = a.type().declaration();
        String declared = "(" + declaration + ") declared(" + index + ", p, ctxt)";
        src.open("case \"" + a.wireName() + "\":");
        String natural = null;
        String value = null;
        String absent;
        switch (a.type().kind()) {
            case OPTIONAL_INT -> {
                natural = "JsonToken.VALUE_NUMBER_INT";
                value = "p.getIntValue()";
                absent = "OptionalInt.empty()";
            }
            case OPTIONAL_LONG -> {
                natural = "JsonToken.VALUE_NUMBER_INT";
                value = "p.getLongValue()";
                absent = "OptionalLong.empty()";
            }
            case OPTIONAL_DOUBLE -> {
                natural = "JsonToken.VALUE_NUMBER_FLOAT";
                value = "p.getDoubleValue()";
                absent = "OptionalDouble.empty()";
            }
            case OPTIONAL -> {
                String v = a.type().optionalValue();
                absent = "Optional.<" + v + ">empty()";
                switch (v) {
                    case "String" -> {
                        natural = "JsonToken.VALUE_STRING";
                        value = "p.getText()";
                    }
                    case "Float" -> {
                        natural = "JsonToken.VALUE_NUMBER_FLOAT";
                        value = "Float.valueOf(p.getFloatValue())";
                    }
                    case "Boolean" -> {
                        src.open("if (v == JsonToken.VALUE_TRUE) {").line(set + "(Boolean.TRUE);");
                        src.close("} else if (v == JsonToken.VALUE_FALSE) {");
                        src.indent().line(set + "(Boolean.FALSE);").outdent();
                        src.line("} else {");
                        src.indent().line(set + "(v == JsonToken.VALUE_NULL ? " + absent + " : " + declared + ");")
                                .outdent();
                        src.line("}");
                        src.line("return true;").outdent();
                        return;
                    }
                    default -> { }
                }
            }
            default -> throw new IllegalArgumentException(a.name() + " is a container");
        }
        if (natural != null) {
            src.open("if (v == " + natural + ") {").line(set + "(" + value + ");");
            src.close("} else {");
            src.indent().line(set + "(v == JsonToken.VALUE_NULL ? " + absent + " : " + declared + ");").outdent();
            src.line("}");
        } else {
            src.line(set + "(v == JsonToken.VALUE_NULL ? " + absent + " : " + declared + ");");
        }
        src.line("return true;").outdent();
    }

    private Set<String> modelTypesIn(String declaration) {
        Matcher m = IDENTIFIER.matcher(declaration);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (plan.types().containsKey(m.group())) {
                out.add(m.group());
            }
        }
        return Set.copyOf(out);
    }

    /** {@code ModelReaders}: the module that puts every reader in place of Jackson's deserializer. */
    SourceFile registry(Collection<ValueType> types) {
        SourceFile src = new SourceFile(packageName, REGISTRY)
                .imports(List.of("com.fasterxml.jackson.databind.BeanDescription",
                        "com.fasterxml.jackson.databind.DeserializationConfig",
                        "com.fasterxml.jackson.databind.JavaType",
                        "com.fasterxml.jackson.databind.JsonDeserializer", "com.fasterxml.jackson.databind.Module",
                        "com.fasterxml.jackson.databind.module.SimpleDeserializers",
                        "com.fasterxml.jackson.databind.module.SimpleModule"));
        src.javadoc(new Javadoc().markup("The generated JSON readers of all " + types.size() + " value types, as a "
                + "Jackson module: each stands in for Jackson's own deserializer of the type's Immutables class, "
                + "which is built only if a reader needs it (for input that is not an object)."));
        src.open("final class " + REGISTRY + " {");
        src.line("");
        src.open("private " + REGISTRY + "() {").close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("The module.").tag("@return a new module"));
        src.open("static Module module() {")
                .line("SimpleModule module = new SimpleModule(\"dlckit-model-readers\");")
                .line("module.setDeserializers(new Readers());")
                .line("return module;")
                .close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("The reader of a class, in place of Jackson's deserializer. Declared as "
                        + "{@code Object}: with a class as the declared type, verifying this method would load every "
                        + "reader class to check that it is one, where only the one asked for is needed.")
                .tag("@param type the class Jackson is about to build a bean deserializer for")
                .tag("@return the generated reader, or null when the class is not a model value type"));
        src.open("static Object readerFor(Class<?> type) {");
        src.open("switch (type.getName()) {");
        for (ValueType t : types) {
            src.open("case \"" + modelPackage + ".Immutable" + t.javaName() + "\":")
                    .line("return new " + readerName(t) + "(type);").outdent();
        }
        src.open("default:").line("return null;").outdent();
        src.close("}");
        src.close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("Answers Jackson's question for a bean deserializer of a model value type "
                + "before Jackson builds its own (which introspects the whole class)."));
        src.open("private static final class Readers extends SimpleDeserializers {");
        src.line("");
        src.line("private static final long serialVersionUID = 1L;");
        src.line("");
        src.line("@Override");
        src.open("public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,");
        src.line("                                                BeanDescription beanDesc) {").outdent();
        src.indent();
        src.line("return (JsonDeserializer<?>) readerFor(type.getRawClass());");
        src.close("}");
        src.close("}");
        src.close("}");
        return src;
    }
}
