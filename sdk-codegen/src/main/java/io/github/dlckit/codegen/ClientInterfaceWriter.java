package io.github.dlckit.codegen;

import io.github.dlckit.codegen.Catalogue.Operation;
import io.github.dlckit.codegen.ModelPlan.Attribute;
import io.github.dlckit.codegen.ModelPlan.OperationTypes;
import io.github.dlckit.codegen.ModelPlan.ValueType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the per-operation methods of a client interface: for each operation a plain method taking the
 * request, a method taking a consumer of the request builder, and, where the path parameters are all the
 * request needs, one taking those ids. Every method is a default method over the one abstract
 * {@code call(Operation, request)}, so an implementation (or a test fake) provides just that.
 */
final class ClientInterfaceWriter {

    private static final String OPERATIONS = "io.github.dlckit.model.operation.DlcOperations";
    private static final String OPERATION = "io.github.dlckit.model.operation.Operation";

    private final ModelPlan plan;
    private final ClientFlavour flavour;
    private final String packageName;
    private final String modelPackage;

    ClientInterfaceWriter(ModelPlan plan, ClientFlavour flavour, String packageName, String modelPackage) {
        this.plan = plan;
        this.flavour = flavour;
        this.packageName = packageName;
        this.modelPackage = modelPackage;
    }

    SourceFile write() {
        SourceFile src = new SourceFile(packageName, flavour.interfaceName())
                .imports(List.of(OPERATIONS, OPERATION, "java.util.function.Consumer"));
        if (flavour.wrapper() != null) {
            src.imports(flavour.wrapper());
        }
        src.javadoc(new Javadoc()
                .markup("The " + plan.operations().size() + " operations of the " + plan.catalogue().product() + " "
                        + plan.catalogue().version() + " API as " + flavour.description() + ".")
                .markup("Every method is a default method over {@link #call(Operation, Object)}: implement that one "
                        + "method to fake the whole API in a test."));
        src.open("public interface " + flavour.interfaceName() + " {");
        src.line("");
        src.javadoc(new Javadoc()
                        .markup("Calls any operation: the escape hatch behind every other method.")
                        .tag("@param operation the operation, one of {@link DlcOperations}")
                        .tag("@param request its request")
                        .tag("@param <Q> the request type")
                        .tag("@param <S> the response type")
                        .tag("@return " + (flavour.wrapper() == null ? "the response" : "the future response")))
                .line("<Q, S> " + flavour.result("S") + " call(Operation<Q, S> operation, Q request);");
        for (OperationTypes ot : plan.operations()) {
            methods(src, ot);
        }
        src.close("}");
        return src;
    }

    private void methods(SourceFile src, OperationTypes ot) {
        Operation op = ot.operation();
        ValueType request = ot.request();
        String req = request.javaName();
        String result = flavour.result(ot.response().javaName());
        String method = JavaNames.attributeName(op.name());
        String builder = request.hasBuilderExtension() ? req + ".Builder" : "Immutable" + req + ".Builder";
        src.imports(modelPackage + "." + req).imports(modelPackage + "." + ot.response().javaName());
        if (!request.hasBuilderExtension()) {
            src.imports(modelPackage + ".Immutable" + req);
        }

        src.line("");
        src.javadoc(doc(op).tag("@param request the request").tag("@return " + resultDoc()));
        src.open("default " + result + " " + method + "(" + req + " request) {")
                .line("return call(DlcOperations." + OperationsWriter.holderReference(op) + ", request);")
                .close("}");

        src.line("");
        src.javadoc(doc(op).markup("Builds the request with a consumer of its builder, e.g. {@code " + method
                        + "(r -> r...)}.")
                .tag("@param request fills in a fresh {@link " + req + "} builder")
                .tag("@return " + resultDoc()));
        src.open("default " + result + " " + method + "(Consumer<" + builder + "> request) {")
                .line(builder + " builder = " + req + ".builder();")
                .line("request.accept(builder);")
                .line("return " + method + "(builder.build());")
                .close("}");

        List<Attribute> ids = request.pathParameters();
        if (!ids.isEmpty() && onlyIdsRequired(request)) {
            String params = ids.stream().map(a -> "String " + a.name()).collect(Collectors.joining(", "));
            String args = ids.stream().map(Attribute::name).collect(Collectors.joining(", "));
            Javadoc idDoc = doc(op).markup("A request with just " + (ids.size() == 1 ? "this id" : "these ids") + ".");
            ids.forEach(a -> idDoc.tag("@param " + a.name() + " the {@code " + a.wireName() + "}"));
            src.line("");
            src.javadoc(idDoc.tag("@return " + resultDoc()));
            src.open("default " + result + " " + method + "(" + params + ") {")
                    .line("return " + method + "(" + req + ".of(" + args + "));")
                    .close("}");
        }
    }

    private static boolean onlyIdsRequired(ValueType request) {
        return request.attributes().stream().noneMatch(a -> a.field() != null && a.field().required());
    }

    private String resultDoc() {
        return flavour.wrapper() == null ? "the response" : "the future response";
    }

    private static Javadoc doc(Operation op) {
        String retries = op.idempotent()
                ? "Idempotent: retried after throttling, server errors and transport failures."
                : "Not idempotent: retried only when the request surely did not reach the service (no connection, "
                        + "or throttled); a failure after sending is reported, never repeated.";
        return new Javadoc()
                .text(op.summary())
                .markup("{@code " + op.name() + "}, " + Javadoc.code(op.method() + " " + op.path()) + ". " + retries);
    }
}
