package io.github.dlckit.mock.api.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.engine.ModelCodec;
import io.github.dlckit.model.json.DlcJson;

/** The engine's JSON text needs met with the SDK's Jackson configuration, so that the engine itself imports none. */
public final class DlcJsonCodec implements ModelCodec {

    @Override
    public String write(Object value) {
        return DlcJson.write(value);
    }

    @Override
    public Object read(String json) {
        return readTree(json);
    }

    /** {@link #read}, for the API layer's own views. */
    static Object readTree(String json) {
        try {
            JsonNode tree = DlcJson.mapper().readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new IllegalArgumentException("no JSON value");
            }
            return DlcJson.mapper().treeToValue(tree, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
