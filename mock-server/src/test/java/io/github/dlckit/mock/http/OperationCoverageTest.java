package io.github.dlckit.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.TestCatalogue;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.api.OperationHandlers;
import io.github.dlckit.mock.junit.DlcMockExtension;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the catalogue is routed by method and path; operations without a handler answer a clear
 * 501 {@code NotImplemented}. Only the job operations must have handlers today; the others are reported.
 */
class OperationCoverageTest {

    @RegisterExtension
    static DlcMockExtension mock = DlcMockExtension.builder().build();

    static List<Operation<?, ?>> operations() {
        return DlcOperations.all();
    }

    @Test
    void everyOperationOfTheCatalogueHasAHandler() {
        List<String> missing = OperationHandlers.standard().missing();
        System.out.println("Mock coverage: " + (DlcOperations.all().size() - missing.size()) + "/"
                + DlcOperations.all().size() + " operations answered from state");
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aMinimalValidRequest_reachesTheOperation(Operation<?, ?> op) {
        SignedCall call = SignedCall.to(mock.server()).op(op.name(), op.method().name(),
                op.pathTemplate().replaceAll("\\{[^}]+}", "id-1"));
        JsonNode described = TestCatalogue.operation(op.name());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String bodyShape = described.path("body").path("shape").asText(null);
        if (bodyShape != null) {
            TestCatalogue.fields(bodyShape).forEach(f -> {
                if (f.path("required").asBoolean()) {
                    body.set(f.path("wireName").asText(), sample(f));
                }
            });
            call.body(body.toString());
        }
        described.path("query").forEach(q -> {
            if (q.path("required").asBoolean()) {
                JsonNode value = sample(q);
                call.query(q.path("wireName").asText(), value.isTextual() ? value.asText() : value.toString());
            }
        });

        SignedCall.Reply reply = call.send();
        // Routed and handled: a result, or the handler's own refusal of the sample values (unknown id, rules).
        assertThat(reply.status()).as(reply.toString()).isIn(200, 400, 404);
        assertThat(reply.code()).isNotIn("InvalidApi.NotFound", "InvalidAction.Mismatch", "InvalidVersion",
                "NotImplemented", "InternalError");
    }

    /** A value of the field's type: its first enum value, or a plain sample. */
    private static JsonNode sample(JsonNode field) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (field.has("enum")) {
            return json.textNode(field.path("enum").get(0).asText());
        }
        String type = field.path("type").asText();
        if (type.startsWith("list<")) {
            return type.equals("list<string>") ? json.arrayNode().add("x") : json.arrayNode().addObject();
        }
        return switch (type) {
            case "int32", "int64" -> json.numberNode(1);
            case "boolean" -> json.booleanNode(true);
            case "string" -> json.textNode("x");
            default -> json.objectNode();
        };
    }
}
