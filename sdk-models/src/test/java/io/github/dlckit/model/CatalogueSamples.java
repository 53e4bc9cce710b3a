package io.github.dlckit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON samples of catalogue shapes built from the catalogue's own examples: every field present, with its
 * example converted to the field's type (or a stand-in of that type when the example is missing or does not
 * parse), lists with one element and maps with one entry. Recursive shapes stop after a few levels.
 */
final class CatalogueSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    private CatalogueSamples() {
    }

    static ObjectNode sample(String shape) {
        return sample(shape, 0);
    }

    private static ObjectNode sample(String shape, int depth) {
        ObjectNode node = NODES.objectNode();
        for (JsonNode field : CatalogueFile.shapes().path(shape).path("fields")) {
            JsonNode value = value(field.path("type").asText(), field.path("example").asText(null), field, depth);
            if (value != null) {
                node.set(field.path("wireName").asText(), value);
            }
        }
        return node;
    }

    private static JsonNode value(String type, String example, JsonNode field, int depth) {
        if (type.startsWith("list<")) {
            JsonNode element = value(type.substring(5, type.length() - 1), example, field, depth);
            return element == null ? null : NODES.arrayNode().add(element);
        }
        if (type.startsWith("map<string,")) {
            JsonNode element = value(type.substring(11, type.length() - 1), null, field, depth);
            return element == null ? null : NODES.objectNode().set("key", element);
        }
        switch (type) {
            case "string":
                return NODES.textNode(example != null ? example : "sample-" + field.path("name").asText());
            case "int32":
                return NODES.numberNode((int) number(example, 7));
            case "int64":
                return NODES.numberNode((long) number(example, 1_700_000_000L));
            case "float32":
                return NODES.numberNode((float) number(example, 0.25));
            case "float64":
                return NODES.numberNode(number(example, 2.5));
            case "boolean":
                return NODES.booleanNode(!"false".equals(example));
            case "any":
                ObjectNode any = NODES.objectNode().put("text", "free-form");
                any.set("list", NODES.arrayNode().add(1).add("two"));
                return any;
            default:
                return depth >= MAX_DEPTH ? null : sample(type, depth + 1);
        }
    }

    private static double number(String example, double fallback) {
        if (example == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(example);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Counts the leaves of a tree, to tell that a sample is not trivially empty. */
    static int leaves(JsonNode node) {
        if (node.isObject() || node.isArray()) {
            int n = 0;
            for (JsonNode child : node) {
                n += leaves(child);
            }
            return n;
        }
        return 1;
    }

    static ArrayNode emptyArray() {
        return NODES.arrayNode();
    }
}
