package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.dlckit.model.json.DlcJson;

import java.util.List;

/** Reads control-API bodies and scenario entries: strictly, so a misspelt field is refused, not silently lost. */
public final class ControlJson {

    private static final ObjectMapper STRICT = DlcJson.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a whole-number field (CheckIntervalSeconds, Capacity, ...) given 1.5 is refused, not truncated
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

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
     * The points of a trace body (a control request or a scenario's {@code Traces} entry): {@code {"Points": [...]}}
     * or an ECS {@code DescribeSpotPriceHistory} answer (M34).
     *
     * @param body a JSON object
     * @return the points, relative to loading
     * @throws IllegalArgumentException naming the field that is wrong, or when both forms are given
     */
    public static List<TracePointView> tracePoints(JsonNode body) {
        if (body.has("SpotPrices")) {
            if (body.has("Points")) {
                throw new IllegalArgumentException("give Points or SpotPrices (an ECS DescribeSpotPriceHistory "
                        + "answer), not both");
            }
            return read(body, EcsPriceHistory.class).toTrace();
        }
        return read(body, TraceRequest.class).points();
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
            String message = e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "");
            if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                    && mismatch.getPath().get(0).getFieldName() != null) {
                message = mismatch.getPath().get(0).getFieldName() + ": " + message; // name the field first
            }
            throw new IllegalArgumentException(message);
        }
    }
}
