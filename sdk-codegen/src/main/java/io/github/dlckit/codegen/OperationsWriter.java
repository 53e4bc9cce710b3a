package io.github.dlckit.codegen;

import io.github.dlckit.codegen.Catalogue.Field;
import io.github.dlckit.codegen.Catalogue.Operation;
import io.github.dlckit.codegen.ModelPlan.Attribute;
import io.github.dlckit.codegen.ModelPlan.OperationTypes;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code DlcOperations}: one descriptor per operation, saying how its request travels
 * (method, path, query, body), what must be present, and which types carry it.
 */
final class OperationsWriter {

    static final String CLASS_NAME = "DlcOperations";
    private static final String HOLDER_FIELD = "OPERATION";

    private final ModelPlan plan;
    private final String packageName;
    private final String modelPackage;

    OperationsWriter(ModelPlan plan, String packageName, String modelPackage) {
        this.plan = plan;
        this.packageName = packageName;
        this.modelPackage = modelPackage;
    }

    SourceFile write() {
        SourceFile src = new SourceFile(packageName, CLASS_NAME)
                .imports(List.of("java.util.Arrays", "java.util.Collections", "java.util.List", "java.util.Optional"));
        src.javadoc(new Javadoc()
                .markup("Every operation of the " + plan.catalogue().product() + " " + plan.catalogue().version()
                        + " API (" + plan.operations().size() + "), as descriptors: how the request travels "
                        + "(method, path, query string, JSON body), which fields must be present, and which types "
                        + "carry request and response.")
                .markup("The SDK marshals calls with these descriptors and the mock server routes and binds "
                        + "requests with them, so both read the same catalogue."));
        src.open("public final class " + CLASS_NAME + " {");
        for (OperationTypes ot : plan.operations()) {
            src.line("");
            constantOf(src, ot);
        }
        for (OperationTypes ot : plan.operations()) {
            src.line("");
            holder(src, ot);
        }
        src.line("");
        src.line("private static final List<Operation<?, ?>> ALL = Collections.unmodifiableList(Arrays.asList(");
        String all = plan.operations().stream().map(ot -> "        " + constant(ot.operation()))
                .collect(Collectors.joining(",\n"));
        for (String l : all.split("\n")) {
            src.line(l);
        }
        src.line("));");
        src.line("");
        src.open("private " + CLASS_NAME + "() {").close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("All operations, in catalogue order.")
                        .tag("@return an unmodifiable list of every descriptor"))
                .open("public static List<Operation<?, ?>> all() {").line("return ALL;").close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("The operation with this name (the {@code x-acs-action} value).")
                        .tag("@param name an operation name such as {@code CreateJob}")
                        .tag("@return the descriptor, or empty for a name the API does not have"))
                .open("public static Optional<Operation<?, ?>> byName(String name) {")
                .open("for (Operation<?, ?> op : ALL) {")
                .open("if (op.name().equals(name)) {").line("return Optional.of(op);").close("}")
                .close("}")
                .line("return Optional.empty();")
                .close("}");
        src.close("}");
        return src;
    }

    private void constantOf(SourceFile src, OperationTypes ot) {
        Operation op = ot.operation();
        String req = ot.request().javaName();
        String resp = ot.response().javaName();
        src.imports(modelPackage + "." + req).imports(modelPackage + "." + resp);
        src.javadoc(new Javadoc().markup("{@code " + op.name() + "}: " + Javadoc.escape(op.summary())
                + " " + Javadoc.code(op.method() + " " + op.path()) + "."));
        src.line("public static final Operation<" + req + ", " + resp + "> " + constant(op) + " = "
                + holderReference(op) + ";");
    }

    /**
     * The descriptor in a class of its own: the generated clients reference the holder, so a program initialises
     * the descriptors (and their lambdas and request and response types) of the operations it calls, not all.
     */
    private void holder(SourceFile src, OperationTypes ot) {
        Operation op = ot.operation();
        String req = ot.request().javaName();
        String resp = ot.response().javaName();
        src.javadoc(new Javadoc().markup("Holds {@link #" + constant(op) + "} alone: referencing it initialises "
                + "this descriptor only, where {@link " + CLASS_NAME + "} initialises all of them."));
        src.open("public static final class " + op.name() + " {");
        src.line("");
        src.javadoc(new Javadoc().markup("The same descriptor as {@link " + CLASS_NAME + "#" + constant(op) + "}."));
        src.line("public static final Operation<" + req + ", " + resp + "> " + HOLDER_FIELD + " = Operation");
        src.line("        .builder(\"" + op.name() + "\", HttpMethod." + op.method() + ", \"" + op.path() + "\", "
                + req + ".class, " + resp + ".class)");
        if (op.hasJsonBody()) {
            src.line("        .jsonBody()");
        }
        src.line("        .idempotent(" + op.idempotent() + ")");
        for (Attribute p : ot.request().pathParameters()) {
            src.line("        .path(\"" + p.wireName() + "\", " + req + "::" + p.name() + ", (r, v) -> r.toBuilder()."
                    + p.name() + "(v).build())");
        }
        for (Field q : op.query()) {
            Attribute a = attributeFor(ot, q.name());
            String value = q.jsonSerialized() ? "QueryValues.json(r." + a.name() + "())"
                    : "QueryValues.text(r." + a.name() + "())";
            src.line("        .query(\"" + q.wireName() + "\", \"" + q.type() + "\", " + q.jsonSerialized()
                    + ", r -> " + value + ")");
        }
        for (Attribute a : ot.request().attributes()) {
            if (a.field() != null && a.field().required()) {
                src.line("        .required(\"" + a.wireName() + "\", r -> " + presence(a) + ")");
            }
        }
        src.line("        .build();");
        src.line("");
        src.open("private " + op.name() + "() {").close("}");
        src.close("}");
    }

    /**
     * @param op an operation
     * @return the expression naming its descriptor without initialising {@code DlcOperations}
     */
    static String holderReference(Operation op) {
        return op.name() + "." + HOLDER_FIELD;
    }

    private static Attribute attributeFor(OperationTypes ot, String fieldName) {
        return ot.request().attributes().stream().filter(a -> a.field() != null && a.field().name().equals(fieldName))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        ot.operation().name() + " query " + fieldName + " has no request attribute"));
    }

    private static String presence(Attribute a) {
        return switch (a.type().kind()) {
            case LIST, MAP -> "!r." + a.name() + "().isEmpty()";
            default -> "r." + a.name() + "().isPresent()";
        };
    }

    static String constant(Operation op) {
        return JavaNames.words(op.name()).stream().map(w -> w.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
    }
}
