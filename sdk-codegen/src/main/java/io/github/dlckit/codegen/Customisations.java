package io.github.dlckit.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the catalogue cannot say and the generator needs: the closed value sets that get a Java enum
 * (and which fields they type), and hand-written one-line summaries of the most used types.
 * Both live as resources next to this class.
 */
public final class Customisations {

    /** One enum constant: its Java name, its wire value and a line of documentation. */
    public record EnumValue(String constant, String wireValue, String doc) {
    }

    /** A boolean method of an enum, true for the listed wire values. */
    public record Predicate(String name, String doc, List<String> values) {
    }

    /** A closed value set, the {@code Shape.Field}s it types and its predicates. */
    public record EnumSpec(String name, String doc, List<EnumValue> values, List<String> fields,
                           List<Predicate> predicates) {
    }

    private final List<EnumSpec> enums;
    private final Map<String, String> enumByField = new HashMap<>();
    private final Properties shapeDocs = new Properties();

    private Customisations(List<EnumSpec> enums, Properties shapeDocs) {
        this.enums = enums;
        for (EnumSpec spec : enums) {
            for (String field : spec.fields()) {
                if (enumByField.put(field, spec.name()) != null) {
                    throw new IllegalStateException(field + " is bound to two enums");
                }
            }
        }
        this.shapeDocs.putAll(shapeDocs);
    }

    /** Loads the resources bundled with the generator. */
    public static Customisations load() {
        try (InputStream enumsJson = resource("enums.json"); InputStream docs = resource("shape-docs.properties")) {
            List<EnumSpec> enums = new ArrayList<>();
            for (JsonNode e : new ObjectMapper().readTree(enumsJson)) {
                List<EnumValue> values = new ArrayList<>();
                for (JsonNode v : e.path("values")) {
                    values.add(new EnumValue(v.get(0).asText(), v.get(1).asText(), v.get(2).asText()));
                }
                List<String> fields = new ArrayList<>();
                e.path("fields").forEach(f -> fields.add(f.asText()));
                List<Predicate> predicates = new ArrayList<>();
                for (JsonNode p : e.path("predicates")) {
                    List<String> trueFor = new ArrayList<>();
                    p.path("values").forEach(v -> trueFor.add(v.asText()));
                    predicates.add(new Predicate(p.path("name").asText(), p.path("doc").asText(), trueFor));
                }
                enums.add(new EnumSpec(e.path("name").asText(), e.path("doc").asText(), values, fields, predicates));
            }
            Properties shapeDocs = new Properties();
            shapeDocs.load(new java.io.InputStreamReader(docs, java.nio.charset.StandardCharsets.UTF_8));
            return new Customisations(enums, shapeDocs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<EnumSpec> enums() {
        return enums;
    }

    /** The enum typing {@code shape.field} (catalogue names), or null. */
    public String enumFor(String shape, String field) {
        return enumByField.get(shape + "." + field);
    }

    /** Every {@code Shape.Field} that some enum types, to check they all exist in the catalogue. */
    public Iterable<String> boundFields() {
        return enumByField.keySet();
    }

    /** The hand-written summary of a Java type, or null. */
    public String summaryOf(String javaType) {
        return shapeDocs.getProperty(javaType);
    }

    private static InputStream resource(String name) {
        InputStream in = Customisations.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing generator resource " + name);
        }
        return in;
    }
}
