package io.github.dlckit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The catalogue as a JSON tree, read straight from the file (not through the generator's code). */
final class CatalogueFile {

    static final JsonNode ROOT = read();

    private CatalogueFile() {
    }

    static JsonNode shapes() {
        return ROOT.path("shapes");
    }

    static List<JsonNode> operations() {
        List<JsonNode> out = new ArrayList<>();
        ROOT.path("operations").forEach(out::add);
        return out;
    }

    static List<String> shapeNames() {
        List<String> out = new ArrayList<>();
        shapes().fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The Java type mirroring a shape: response bodies are the response types. */
    static Class<?> javaType(String shape) throws ClassNotFoundException {
        return Class.forName("io.github.dlckit.model." + shape.replaceFirst("ResponseBody", "Response"));
    }

    private static JsonNode read() {
        try (InputStream in = CatalogueFile.class.getResourceAsStream("/pai-dlc-2020-12-03.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
