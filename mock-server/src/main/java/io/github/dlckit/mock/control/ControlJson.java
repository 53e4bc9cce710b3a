package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.model.json.DlcJson;

import java.util.List;

/** Reads control-API bodies and scenario entries: strictly, so a misspelt field is refused, not silently lost. */
public final class ControlJson {

    private static final ObjectMapper STRICT = DlcJson.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The body of a trace: {@code {"Points": [...]}}. */
    public record TraceRequest(@JsonProperty("Points") List<TracePointView> points) {
    }

    /** M32's optional body: {@code {"WarningSeconds": N, "Cause": "Price" | "Stock"}}. */
    public record PreemptRequest(@JsonProperty("WarningSeconds") Long warningSeconds,
                                 @JsonProperty("Cause") String cause) {
    }

    private ControlJson() {
    }

    /**
     * @param body a JSON object
     * @param type what it holds ({@link PoolChange}, {@link TraceRequest})
     * @param <T> the type
     * @return the value
     * @throws IllegalArgumentException naming the unknown or ill-typed field
     */
    public static <T> T read(JsonNode body, Class<T> type) {
        try {
            return STRICT.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", ""));
        }
    }
}
