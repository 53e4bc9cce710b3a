package io.github.dlckit.sdk.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.QueryParameter;
import io.github.dlckit.sdk.exception.DlcClientException;
import okhttp3.HttpUrl;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The marshal stage: a typed request becomes method, path, query and body, driven by the operation's
 * descriptor (its path template taken apart once: {@link PathTemplate}). Path parameters are RFC 3986-encoded as
 * one segment each ({@code /} becomes {@code %2F}); query
 * values are the descriptor's wire texts (absent ones left out), form-encoded on the wire as the vendor's
 * client does; the body is compact UTF-8 JSON from the models' mapper.
 */
final class RequestMarshaller {

    private final HttpUrl endpoint;
    private final ObjectMapper mapper;
    private final ConcurrentMap<Operation<?, ?>, PathTemplate<?>> templates = new ConcurrentHashMap<>();

    RequestMarshaller(HttpUrl endpoint, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.mapper = mapper;
    }

    <Q> MarshalledRequest marshal(Operation<Q, ?> operation, Q request) {
        PathTemplate<Q> template = template(operation);
        String[] values = template.encodedValues(request);
        String rawPath = template.rawPath(values);
        List<Map.Entry<String, String>> query = query(operation, request);
        // From the endpoint's parsed scheme, host and port and the template's literal segments; only the
        // parameters' segments and the query are set, their percent-escapes kept as they are.
        HttpUrl url = template.url(rawPath, values, query.isEmpty() ? null : FormEncoding.encode(query));
        byte[] body = operation.hasJsonBody() ? json(operation, request) : MarshalledRequest.NO_BODY;
        return new MarshalledRequest(operation.method().name(), rawPath, query, url, body, operation.hasJsonBody());
    }

    /** The operation's template, taken apart on first use (the escape hatch accepts any descriptor). */
    @SuppressWarnings("unchecked")
    private <Q> PathTemplate<Q> template(Operation<Q, ?> operation) {
        PathTemplate<?> template = templates.get(operation);
        if (template == null) {
            template = PathTemplate.of(endpoint, operation);
            PathTemplate<?> earlier = templates.putIfAbsent(operation, template);
            if (earlier != null) {
                template = earlier;
            }
        }
        return (PathTemplate<Q>) template;
    }

    private static <Q> List<Map.Entry<String, String>> query(Operation<Q, ?> operation, Q request) {
        List<Map.Entry<String, String>> out = null;
        for (QueryParameter<Q> q : operation.queryParameters()) {
            String value = q.wireValue(request);
            if (value != null) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new AbstractMap.SimpleImmutableEntry<>(q.wireName(), value));
            }
        }
        return out == null ? Collections.<Map.Entry<String, String>>emptyList() : out;
    }

    private byte[] json(Operation<?, ?> operation, Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new DlcClientException(operation.name() + ": cannot write the request as JSON: "
                    + e.getOriginalMessage(), e, false);
        }
    }
}
