package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.Operation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The body of a successful answer in the catalogue's shape (rules M35, R49): the request id under the name the
 * operation's answer spells ({@code RequestId}, {@code RequestID} in the two sanity-check operations, none where
 * the catalogue has none), and a collection answer's list as {@code []} when it has no items, where the model's
 * own writing would leave an empty list out. Written in one pass, without a JSON tree in between.
 */
public final class AnswerEnvelope {

    /** Answers that describe one resource: their lists are attributes, left out when empty like any other. */
    private static final Set<String> RESOURCE_DESCRIPTIONS = Set.of("GetJob", "GetJobTemplate", "GetSignal",
            "GetTensorboard");
    private static final Map<String, AnswerEnvelope> BY_OPERATION = new ConcurrentHashMap<>();

    private final String requestIdField;
    private final List<ListField> collections;

    private AnswerEnvelope(String requestIdField, List<ListField> collections) {
        this.requestIdField = requestIdField;
        this.collections = collections;
    }

    /**
     * @param operation an operation of the catalogue
     * @return the envelope of its answers, built once per operation
     */
    public static AnswerEnvelope of(Operation<?, ?> operation) {
        return BY_OPERATION.computeIfAbsent(operation.name(), name -> build(operation));
    }

    private static AnswerEnvelope build(Operation<?, ?> operation) {
        Map<String, FieldSpec> fields = Catalogue.standard().response(operation.name());
        String requestId = fields.containsKey("RequestId") ? "RequestId"
                : fields.containsKey("RequestID") ? "RequestID" : null;
        List<ListField> collections = new ArrayList<>();
        if (!RESOURCE_DESCRIPTIONS.contains(operation.name())) {
            for (FieldSpec field : fields.values()) {
                if (field.type() instanceof WireType.ListOf) {
                    collections.add(new ListField(field.wireName(), accessor(operation.responseType(), field.wireName())));
                }
            }
        }
        return new AnswerEnvelope(requestId, List.copyOf(collections));
    }

    /** @return the name the request id has in this answer, empty when the catalogue gives it none */
    public Optional<String> requestIdField() {
        return Optional.ofNullable(requestIdField);
    }

    /**
     * Writes an answer.
     *
     * @param requestId the request id, written first when the answer has one
     * @param response the handler's response (a model value without a request id)
     * @return the JSON body
     */
    public byte[] render(String requestId, Object response) {
        try {
            byte[] json = DlcJson.mapper().writeValueAsBytes(response);
            StringBuilder head = new StringBuilder("{");
            if (requestIdField != null) {
                head.append('"').append(requestIdField).append("\":\"").append(requestId).append('"');
            }
            for (ListField list : collections) {
                if (list.isEmpty(response)) {
                    head.append(head.length() > 1 ? "," : "").append('"').append(list.wireName()).append("\":[]");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + head.length());
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (json.length > 2) {
                out.write(head.length() > 1 ? ',' : ' ');
                out.write(json, 1, json.length - 1);
            } else {
                out.write('}');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Method accessor(Class<?> type, String wireName) {
        for (Method method : type.getMethods()) {
            JsonProperty property = method.getAnnotation(JsonProperty.class);
            if (property != null && property.value().equals(wireName) && method.getParameterCount() == 0) {
                return method;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no accessor of " + wireName);
    }

    /** A top-level list of a collection answer. */
    private record ListField(String wireName, Method accessor) {

        boolean isEmpty(Object response) {
            try {
                Object value = accessor.invoke(response);
                return value == null || value instanceof Collection<?> c && c.isEmpty();
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + wireName, e);
            }
        }
    }
}
