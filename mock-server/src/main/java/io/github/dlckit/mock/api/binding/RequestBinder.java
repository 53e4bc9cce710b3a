package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.model.operation.RequiredField;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what arrived on the wire into the operation's typed request (an sdk-models type): the JSON body or the
 * query string, checked against the catalogue (types, enum values, ranges), then the path values and the required
 * fields. Any refusal is an {@link EngineException} of kind {@code INVALID} (HTTP 400) naming the field; nothing
 * is stored before binding succeeds, so a bad request never writes partially.
 *
 * <p>The body is parsed once into a tree; the tree is checked and then converted, never re-parsed.
 */
public final class RequestBinder {

    private static final ObjectMapper MAPPER = DlcJson.mapper();
    private static final ObjectMapper READER = DlcJson.readingMapper();

    private final Catalogue catalogue;
    private final ShapeChecker checker;
    private final LimitChecker limitChecker;
    private final RequestLimits limits;
    /** Strict JSON: one value, no duplicate keys, nesting no deeper than the limit (checked while parsing). */
    private final ObjectReader strictTreeReader;

    private RequestBinder(Catalogue catalogue, RequestLimits limits, boolean lenientFields) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.checker = new ShapeChecker(catalogue, lenientFields);
        this.limitChecker = new LimitChecker(limits);
        JsonFactory factory = new JsonFactory(); // trees only: the model mapper converts them
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxJsonDepth()).build());
        this.strictTreeReader = new ObjectMapper(factory).reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** @return a binder driven by the catalogue packaged with the mock, with the default limits, strict fields */
    public static RequestBinder standard() {
        return of(RequestLimits.DEFAULTS, false);
    }

    /**
     * @param limits how much work one request may ask for
     * @param lenientFields true to accept (and ignore) fields the catalogue does not know
     * @return a binder driven by the catalogue packaged with the mock
     */
    public static RequestBinder of(RequestLimits limits, boolean lenientFields) {
        return new RequestBinder(Catalogue.standard(), limits, lenientFields);
    }

    /**
     * Binds a request.
     *
     * @param operation the operation the path selected
     * @param pathValues the decoded path placeholders, by placeholder name
     * @param query the decoded query pairs (unknown keys are ignored)
     * @param body the body bytes (read only for operations with a JSON body)
     * @param <Q> the request type
     * @return the typed request
     * @throws EngineException (400) naming the first problem found
     */
    public <Q> Q bind(Operation<Q, ?> operation, Map<String, String> pathValues,
                      List<Map.Entry<String, String>> query, byte[] body) {
        ObjectNode tree = catalogue.bodyShape(operation.name())
                .map(shape -> body(body, shape))
                .orElseGet(MAPPER::createObjectNode);
        Map<String, FieldSpec> queryFields = catalogue.query(operation.name());
        for (Map.Entry<String, String> pair : query) {
            FieldSpec spec = queryFields.get(pair.getKey());
            if (spec != null) {
                tree.set(spec.wireName(), queryValue(pair.getValue(), spec));
            }
        }
        limitChecker.check(tree);
        Q request = convert(tree, operation.requestType());
        for (PathParameter<Q> parameter : operation.pathParameters()) {
            String value = pathValues.get(parameter.name());
            if (value == null || value.isEmpty()) {
                throw EngineException.missing(parameter.name());
            }
            request = parameter.withValue(request, value);
        }
        for (RequiredField<Q> field : operation.requiredFields()) {
            if (!field.isPresentIn(request)) {
                throw EngineException.missing(field.wireName());
            }
        }
        return request;
    }

    private ObjectNode body(byte[] body, String shape) {
        JsonNode tree;
        try {
            tree = strictTreeReader.readTree(body);
        } catch (StreamConstraintsException e) {
            throw LimitChecker.refuse("Body", "JSON nested deeper than " + limits.maxJsonDepth() + " levels",
                    limits.maxJsonDepth() + " levels", "--max-json-depth");
        } catch (JacksonException e) {
            throw EngineException.invalid("Body", "malformed JSON" + where(e.getLocation()) + ": "
                    + ShapeChecker.abbreviate(String.valueOf(e.getOriginalMessage())));
        } catch (java.io.IOException e) {
            throw EngineException.invalid("Body", "unreadable: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return MAPPER.createObjectNode();
        }
        if (!tree.isObject()) {
            throw EngineException.invalid("Body", "expected a JSON object (" + shape + "); got " + tree.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        checker.checkObject(tree, shape, "");
        return (ObjectNode) tree;
    }

    /** A query text becomes the JSON value its catalogue type calls for. */
    private JsonNode queryValue(String text, FieldSpec spec) {
        String name = spec.wireName();
        if (spec.json()) {
            JsonNode parsed;
            try {
                parsed = strictTreeReader.readTree(text);
            } catch (java.io.IOException e) {
                throw EngineException.invalid(name, "expected JSON text (" + spec.type().describe() + "); got '"
                        + ShapeChecker.abbreviate(text) + "'");
            }
            if (parsed == null || parsed.isMissingNode()) {
                throw EngineException.invalid(name, "expected JSON text (" + spec.type().describe() + "); got nothing");
            }
            checker.check(parsed, spec.type(), spec, name);
            return parsed;
        }
        String type = spec.type() instanceof WireType.Scalar scalar ? scalar.name() : "string";
        return switch (type) {
            case "int32", "int64" -> integer(text, spec, type.equals("int32") ? Integer.MIN_VALUE : Long.MIN_VALUE,
                    type.equals("int32") ? Integer.MAX_VALUE : Long.MAX_VALUE);
            case "float32", "float64" -> decimal(text, spec);
            case "boolean" -> {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw EngineException.invalid(name, "expected true or false; got '" + ShapeChecker.abbreviate(text) + "'");
                }
                yield BooleanNode.valueOf(text.equalsIgnoreCase("true"));
            }
            default -> {
                // Filters such as ListJobs.Status take comma-separated lists: each item must be allowed.
                for (String item : text.split(",", -1)) {
                    ShapeChecker.checkAllowed(item.strip(), spec, name);
                }
                yield TextNode.valueOf(text);
            }
        };
    }

    private static JsonNode integer(String text, FieldSpec spec, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw EngineException.invalid(spec.wireName(), "expected a whole number (" + spec.type().describe()
                    + "); got '" + ShapeChecker.abbreviate(text) + "'");
        }
        if (value < min || value > max) {
            throw EngineException.invalid(spec.wireName(), "expected a whole number from " + min + " to " + max
                    + "; got " + text);
        }
        ShapeChecker.checkRange(BigDecimal.valueOf(value), spec, spec.wireName());
        return LongNode.valueOf(value);
    }

    /** A plain decimal text ("0.011", "1e-3"); BigDecimal refuses Java's extras such as "1d", "0x1p3", "NaN". */
    private static JsonNode decimal(String text, FieldSpec spec) {
        BigDecimal value = null;
        try {
            value = text.length() <= 64 ? new BigDecimal(text) : null;
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || !Double.isFinite(value.doubleValue())) {
            throw EngineException.invalid(spec.wireName(), "expected a number (" + spec.type().describe() + "); got '"
                    + ShapeChecker.abbreviate(text) + "'");
        }
        ShapeChecker.checkRange(value, spec, spec.wireName());
        return DoubleNode.valueOf(value.doubleValue());
    }

    /** The tree was checked against the catalogue; anything the model still refuses is a 400 too, never a 500. */
    private static <Q> Q convert(ObjectNode tree, Class<Q> type) {
        try {
            return READER.treeToValue(tree, type); // generated readers: no reflection per request
        } catch (JsonMappingException e) {
            String path = e.getPathReference() == null ? "Body" : e.getPathReference();
            throw EngineException.invalid("Body", "cannot read " + type.getSimpleName() + " at " + path + ": "
                    + ShapeChecker.abbreviate(String.valueOf(e.getOriginalMessage())));
        } catch (JacksonException | RuntimeException e) {
            throw EngineException.invalid("Body", "cannot read " + type.getSimpleName() + ": "
                    + ShapeChecker.abbreviate(String.valueOf(e.getMessage())));
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
