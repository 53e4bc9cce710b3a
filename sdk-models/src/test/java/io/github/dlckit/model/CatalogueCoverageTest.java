package io.github.dlckit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.model.operation.QueryParameter;
import io.github.dlckit.model.operation.RequiredField;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the catalogue and fails for any operation, shape or field without its counterpart in the model:
 * the type, the accessor with the exact wire name, the exact Java type, the deprecation mark, and for
 * operations the descriptor (method, path, query, body, required fields) and the request and response types.
 */
class CatalogueCoverageTest {

    @Test
    void everyOperationShapeAndFieldHasItsCounterpart() throws Exception {
        List<String> misses = new ArrayList<>();
        int fields = 0;
        int coveredFields = 0;
        int coveredShapes = 0;
        for (String shape : CatalogueFile.shapeNames()) {
            Class<?> type;
            try {
                type = CatalogueFile.javaType(shape);
            } catch (ClassNotFoundException e) {
                misses.add("shape " + shape + ": no type");
                fields += CatalogueFile.shapes().path(shape).path("fields").size();
                continue;
            }
            coveredShapes++;
            for (JsonNode field : CatalogueFile.shapes().path(shape).path("fields")) {
                fields++;
                String problem = fieldProblem(type, field);
                if (problem == null) {
                    coveredFields++;
                } else {
                    misses.add(shape + "." + field.path("name").asText() + ": " + problem);
                }
            }
        }
        int coveredOperations = 0;
        List<JsonNode> operations = CatalogueFile.operations();
        for (JsonNode op : operations) {
            List<String> problems = operationProblems(op);
            if (problems.isEmpty()) {
                coveredOperations++;
            } else {
                problems.forEach(p -> misses.add(op.path("name").asText() + ": " + p));
            }
        }
        System.out.printf("Catalogue coverage: %d/%d operations, %d/%d shapes, %d/%d fields%n", coveredOperations,
                operations.size(), coveredShapes, CatalogueFile.shapeNames().size(), coveredFields, fields);
        assertThat(misses).as("catalogue entries without a model counterpart").isEmpty();
        assertThat(coveredOperations).isEqualTo(43);
        assertThat(coveredFields).isEqualTo(CatalogueFile.ROOT.path("stats").path("fields").asInt());
        assertThat(DlcOperations.all()).hasSize(operations.size());
    }

    private static String fieldProblem(Class<?> type, JsonNode field) {
        String wireName = field.path("wireName").asText();
        Method accessor = accessor(type, wireName);
        if (accessor == null) {
            return "no accessor with @JsonProperty(\"" + wireName + "\")";
        }
        String expected = javaTypeName(field.path("type").asText(), false);
        String actual = accessor.getGenericReturnType().getTypeName();
        if (!expected.equals(actual)) {
            return "type " + actual + ", expected " + expected;
        }
        if (field.path("deprecated").asBoolean(false) != accessor.isAnnotationPresent(Deprecated.class)) {
            return "deprecation mark differs from the catalogue";
        }
        return null;
    }

    static Method accessor(Class<?> type, String wireName) {
        for (Method m : type.getMethods()) {
            JsonProperty p = m.getAnnotation(JsonProperty.class);
            if (p != null && p.value().equals(wireName) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }

    /** The Java type the model uses for a catalogue type (as {@code Type.getTypeName()} prints it). */
    static String javaTypeName(String type, boolean element) {
        if (type.startsWith("list<")) {
            return "java.util.List<" + javaTypeName(type.substring(5, type.length() - 1), true) + ">";
        }
        if (type.startsWith("map<string,")) {
            return "java.util.Map<java.lang.String, " + javaTypeName(type.substring(11, type.length() - 1), true) + ">";
        }
        String boxed;
        switch (type) {
            case "string": boxed = "java.lang.String"; break;
            case "int32": if (!element) { return "java.util.OptionalInt"; } boxed = "java.lang.Integer"; break;
            case "int64": if (!element) { return "java.util.OptionalLong"; } boxed = "java.lang.Long"; break;
            case "float64": if (!element) { return "java.util.OptionalDouble"; } boxed = "java.lang.Double"; break;
            case "float32": boxed = "java.lang.Float"; break;
            case "boolean": boxed = "java.lang.Boolean"; break;
            case "any": boxed = "java.lang.Object"; break;
            default: boxed = "io.github.dlckit.model." + type.replaceFirst("ResponseBody", "Response");
        }
        return element ? boxed : "java.util.Optional<" + boxed + ">";
    }

    private static List<String> operationProblems(JsonNode op) throws Exception {
        List<String> problems = new ArrayList<>();
        String name = op.path("name").asText();
        Operation<?, ?> descriptor = DlcOperations.byName(name).orElse(null);
        if (descriptor == null) {
            problems.add("no descriptor in DlcOperations");
            return problems;
        }
        check(problems, "method", op.path("method").asText(), descriptor.method().name());
        check(problems, "path", op.path("path").asText(), descriptor.pathTemplate());
        check(problems, "request type", name + "Request", descriptor.requestType().getSimpleName());
        check(problems, "response type", name + "Response", descriptor.responseType().getSimpleName());
        check(problems, "JSON body", "json".equals(op.path("body").path("mode").asText()), descriptor.hasJsonBody());
        check(problems, "idempotent", op.path("idempotent").asBoolean(), descriptor.isIdempotent());
        Set<String> pathParams = new TreeSet<>();
        op.path("pathParams").forEach(p -> pathParams.add(p.path("name").asText()));
        check(problems, "path parameters", pathParams, descriptor.pathParameters().stream()
                .map(PathParameter::name).collect(Collectors.toCollection(TreeSet::new)));
        for (String p : pathParams) {
            boolean ignoredInJson = false;
            for (Method m : descriptor.requestType().getMethods()) {
                ignoredInJson |= m.getName().equalsIgnoreCase(p) && m.isAnnotationPresent(JsonIgnore.class);
            }
            if (!ignoredInJson) {
                problems.add("path parameter " + p + " is not an attribute kept out of the JSON body");
            }
        }
        Set<String> query = new TreeSet<>();
        for (JsonNode q : op.path("query")) {
            String wire = q.path("wireName").asText();
            query.add(wire);
            QueryParameter<?> qp = descriptor.queryParameter(wire).orElse(null);
            if (qp == null) {
                problems.add("query " + wire + " missing");
                continue;
            }
            check(problems, "query " + wire + " type", q.path("type").asText(), qp.type());
            check(problems, "query " + wire + " JSON text", "json".equals(q.path("serialization").asText()), qp.isJson());
        }
        check(problems, "query parameters", query, descriptor.queryParameters().stream()
                .map(QueryParameter::wireName).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> required = new HashSet<>();
        JsonNode requestShape = op.path("request").isTextual() ? CatalogueFile.shapes().path(op.path("request").asText())
                : null;
        if (requestShape != null) {
            requestShape.path("fields").forEach(f -> {
                if (f.path("required").asBoolean()) {
                    required.add(f.path("wireName").asText());
                }
            });
            for (JsonNode f : requestShape.path("fields")) {
                String problem = fieldProblem(descriptor.requestType(), f);
                if (problem != null) {
                    problems.add("request " + f.path("name").asText() + ": " + problem);
                }
            }
        }
        check(problems, "required fields", required, descriptor.requiredFields().stream()
                .map(RequiredField::wireName).collect(Collectors.toSet()));
        for (JsonNode f : CatalogueFile.shapes().path(op.path("response").asText()).path("fields")) {
            String problem = fieldProblem(descriptor.responseType(), f);
            if (problem != null) {
                problems.add("response " + f.path("name").asText() + ": " + problem);
            }
        }
        return problems;
    }

    private static void check(List<String> problems, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            problems.add(what + " is " + actual + ", catalogue says " + expected);
        }
    }
}
