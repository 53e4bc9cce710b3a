package io.github.dlckit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API catalogue as packaged with the mock, read by tests that generate requests from it. */
public final class TestCatalogue {

    private static final JsonNode ROOT = load();

    private TestCatalogue() {
    }

    /** @return the whole catalogue */
    public static JsonNode root() {
        return ROOT;
    }

    /** @return the description of one operation */
    public static JsonNode operation(String name) {
        for (JsonNode op : ROOT.path("operations")) {
            if (op.path("name").asText().equals(name)) {
                return op;
            }
        }
        throw new AssertionError(name + " is not in the catalogue");
    }

    /** @return the fields of one shape */
    public static JsonNode fields(String shape) {
        return ROOT.path("shapes").path(shape).path("fields");
    }

    private static JsonNode load() {
        try (InputStream in = TestCatalogue.class.getResourceAsStream(
                "/io/github/dlckit/mock/api/binding/pai-dlc-2020-12-03.json")) {
            return DlcJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
