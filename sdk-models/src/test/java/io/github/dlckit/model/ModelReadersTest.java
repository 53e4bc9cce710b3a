package io.github.dlckit.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The generated readers of {@link DlcJson#readingMapper()} give exactly what {@link DlcJson#mapper()} (Jackson
 * through the Immutables {@code Json} delegate) gives: equal values for every shape's catalogue sample, and for
 * each field of each shape every odd form it may arrive in (null, numbers as text and text as numbers, booleans
 * as text, wrong types, containers where scalars belong and back, duplicate keys, unknown fields); where the
 * standard path refuses the input, the readers refuse it too, with the same exception type, the same message
 * and a path naming the same fields.
 */
class ModelReadersTest {

    private static final ObjectMapper STANDARD = DlcJson.mapper();
    private static final ObjectMapper READERS = DlcJson.readingMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static List<String> shapes() {
        return CatalogueFile.shapeNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theCatalogueSampleReadsTheSameFromTextAndFromATree(String shape) throws Exception {
        ObjectNode sample = CatalogueSamples.sample(shape);
        Class<?> type = CatalogueFile.javaType(shape);

        Object standard = STANDARD.readValue(STANDARD.writeValueAsBytes(sample), type);
        Object readers = READERS.readValue(STANDARD.writeValueAsBytes(sample), type);

        assertThat(readers).isInstanceOf(type).isEqualTo(standard);
        assertThat(READERS.treeToValue(sample, type)).isEqualTo(STANDARD.treeToValue(sample, type));
        assertThat(CatalogueSamples.leaves(STANDARD.valueToTree(readers))).isEqualTo(CatalogueSamples.leaves(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyFieldInEveryOddFormReadsTheSameOrFailsTheSame(String shape) throws Exception {
        ObjectNode sample = CatalogueSamples.sample(shape);
        Class<?> type = CatalogueFile.javaType(shape);
        int cases = 0;
        for (JsonNode field : CatalogueFile.shapes().path(shape).path("fields")) {
            String name = field.path("wireName").asText();
            for (String form : oddForms(field.path("type").asText(), sample.get(name))) {
                ObjectNode variant = sample.deepCopy();
                variant.remove(name);
                String json = "{" + STANDARD.writeValueAsString(variant).substring(1).replaceFirst("}$", "")
                        + (variant.isEmpty() ? "" : ",") + quote(name) + ":" + form + "}";
                assertSameOutcome(json, type);
                cases++;
            }
        }
        assertThat(cases).as("odd forms tried").isGreaterThanOrEqualTo(CatalogueFile.shapes().path(shape)
                .path("fields").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void duplicateKeysUnknownFieldsAndNonObjectInputReadTheSame(String shape) throws Exception {
        ObjectNode sample = CatalogueSamples.sample(shape);
        Class<?> type = CatalogueFile.javaType(shape);
        String body = STANDARD.writeValueAsString(sample);
        String inner = body.substring(1, body.length() - 1);
        String sep = inner.isEmpty() ? "" : ",";
        List<String> inputs = new ArrayList<>();
        inputs.add("{}");
        inputs.add("{\"Unknown\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"}" + sep + inner + ",\"Later\":[[],{}]}");
        inputs.add("{" + inner + sep + inner + "}");                                       // every key twice
        for (Iterator<String> names = sample.fieldNames(); names.hasNext(); ) {
            String name = quote(names.next());
            inputs.add("{" + inner + sep + name + ":null}");                                // a value, then null
            inputs.add("{" + name + ":null" + sep + inner + "}");                           // null, then a value
        }
        inputs.add("{" + sample.properties().stream().map(e -> quote(e.getKey()) + ":null")
                .collect(Collectors.joining(",")) + "}");                                   // everything null
        for (String root : new String[] {"null", "\"\"", "\"text\"", "[]", "[{}]", "1", "1.5", "true", "[" + body + "]"}) {
            inputs.add(root);
        }
        for (String json : inputs) {
            assertSameOutcome(json, type);
        }
    }

    @Test
    void theReadingMapperReallyUsesTheReaders() {
        Throwable standard = outcome(STANDARD, "{\"Priority\":\"high\"}", GetJobResponse.class);
        Throwable readers = outcome(READERS, "{\"Priority\":\"high\"}", GetJobResponse.class);

        assertThat(((JsonMappingException) standard).getPathReference()).contains("ImmutableGetJobResponse$Json");
        assertThat(((JsonMappingException) readers).getPathReference())
                .isEqualTo("io.github.dlckit.model.GetJobResponse[\"Priority\"]");
    }

    @Test
    void aRealGetJobAnswerReadsTheSame() throws Exception {
        String json = "{\"RequestId\":\"7B1C\",\"JobId\":\"dlc1\",\"Status\":\"Running\",\"Priority\":1,"
                + "\"Duration\":25420,\"EnabledDebugger\":false,\"JobMaxRunningTimeMinutes\":4320,"
                + "\"JobSpecs\":[{\"Type\":\"Worker\",\"PodCount\":2,\"UseSpotInstance\":true,"
                + "\"SpotSpec\":{\"SpotStrategy\":\"SpotWithPriceLimit\",\"SpotPriceLimit\":12.5},"
                + "\"ResourceConfig\":{\"CPU\":\"64\",\"GPU\":\"8\"}}],"
                + "\"Pods\":[{\"PodId\":\"p0\",\"Status\":\"Running\"},{\"PodId\":\"p1\",\"Status\":\"Running\"}],"
                + "\"StatusHistory\":[{\"Status\":\"Creating\",\"ReasonMessage\":\"\"}],"
                + "\"Envs\":{\"A\":\"1\"},\"RoleSystemEnvs\":{\"worker\":{\"X\":null,\"Y\":[1,\"2\"]}}}";

        GetJobResponse readers = READERS.readValue(json, GetJobResponse.class);

        assertThat(readers).isEqualTo(STANDARD.readValue(json, GetJobResponse.class));
        assertThat(readers.jobSpecs().get(0).spotSpec().get().spotPriceLimit()).contains(12.5f);
        assertThat(readers.roleSystemEnvs().get("worker")).containsEntry("X", null);
    }

    /** Forms a field of a catalogue type may arrive in besides its own, each as JSON text. */
    private static List<String> oddForms(String type, JsonNode sampleValue) {
        List<String> forms = new ArrayList<>(List.of("null", "{}", "[]", "\"\"", "\"  \"", "\"null\"", "\"text\"",
                "true", "false", "0", "-1", "7", "2147483648", "9223372036854775808", "1.5", "-0.0", "1e3", "1e400",
                "\"7\"", "\" 7 \"", "\"1.5\"", "\"1e3\"", "\"true\"", "\"TRUE\"", "\"false\"", "\"NaN\"", "\"0x10\"",
                "{\"a\":1}", "[1]", "[\"x\"]", "[null]", "[[]]", "[{}]", "{\"k\":null}", "{\"k\":\"v\"}", "{\"k\":{}}"));
        if (sampleValue != null) {
            forms.add(sampleValue.toString());
            forms.add("[" + sampleValue + "]");
            forms.add("[" + sampleValue + "," + sampleValue + "]");
            forms.add("[" + sampleValue + ",null]");
            forms.add("{\"k\":" + sampleValue + "}");
            if (sampleValue.isValueNode()) {
                forms.add(quote(sampleValue.asText()));
            }
        }
        if (type.startsWith("list<") || type.startsWith("map<")) {
            forms.add("[\"a\",\"b\"]");
            forms.add("{\"k\":\"v\",\"j\":1}");
        }
        return forms;
    }

    private static void assertSameOutcome(String json, Class<?> type) {
        Object standard = outcomeOrValue(STANDARD, json, type);
        Object readers = outcomeOrValue(READERS, json, type);
        if (standard instanceof Throwable || readers instanceof Throwable) {
            if (!(standard instanceof Throwable && readers instanceof Throwable)) {
                fail("%s from %s: standard %s, readers %s", type.getSimpleName(), json, describe(standard),
                        describe(readers));
            }
            Throwable s = (Throwable) standard;
            Throwable r = (Throwable) readers;
            assertThat(r.getClass()).as("%s from %s: %s vs %s", type.getSimpleName(), json, s, r).isEqualTo(s.getClass());
            assertThat(originalMessage(r)).as("%s from %s", type.getSimpleName(), json).isEqualTo(originalMessage(s));
            assertThat(fieldPath(r)).as("%s from %s: path of %s", type.getSimpleName(), json, r).isEqualTo(fieldPath(s));
        } else {
            assertThat(readers).as("%s from %s", type.getSimpleName(), json).isEqualTo(standard);
        }
    }

    private static Object outcomeOrValue(ObjectMapper mapper, String json, Class<?> type) {
        try {
            return Objects.requireNonNullElse(mapper.readValue(json, type), "(null)");
        } catch (Exception e) {
            return e;
        }
    }

    private static Throwable outcome(ObjectMapper mapper, String json, Class<?> type) {
        Object o = outcomeOrValue(mapper, json, type);
        assertThat(o).isInstanceOf(Throwable.class);
        return (Throwable) o;
    }

    private static String describe(Object outcome) {
        return outcome instanceof Throwable ? outcome.toString() : "value " + outcome;
    }

    /** The message without the location and path parts, which name internal classes on the standard path. */
    private static String originalMessage(Throwable t) {
        if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return ((com.fasterxml.jackson.core.JsonProcessingException) t).getOriginalMessage();
        }
        return t.getMessage();
    }

    /** The field names and indexes of a mapping exception's path ({@code [JobSpecs, 0, PodCount]}). */
    private static List<Object> fieldPath(Throwable t) {
        List<Object> out = new ArrayList<>();
        if (t instanceof JsonMappingException) {
            for (JsonMappingException.Reference r : ((JsonMappingException) t).getPath()) {
                out.add(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
            }
        }
        return out;
    }

    private static String quote(String text) {
        return NODES.textNode(text).toString();
    }
}
