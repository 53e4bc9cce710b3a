package io.github.dlckit.sdk.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.model.operation.QueryParameter;
import io.github.dlckit.sdk.auth.signer.Rfc3986;
import io.github.dlckit.sdk.exception.DlcClientException;
import okhttp3.HttpUrl;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The marshal stage: a typed request becomes method, path, query and body, driven by the operation's
 * descriptor. Path parameters are RFC 3986-encoded as one segment each ({@code /} becomes {@code %2F}); query
 * values are the descriptor's wire texts (absent ones left out), form-encoded on the wire as the vendor's
 * client does; the body is compact UTF-8 JSON from the models' mapper.
 */
final class RequestMarshaller {

    private final HttpUrl endpoint;
    private final ObjectMapper mapper;

    RequestMarshaller(HttpUrl endpoint, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.mapper = mapper;
    }

    <Q> MarshalledRequest marshal(Operation<Q, ?> operation, Q request) {
        String rawPath = path(operation, request);
        List<Map.Entry<String, String>> query = query(operation, request);
        // The endpoint's builder keeps its parsed scheme, host and port (parsing a URL text, or resolving a
        // relative reference against the endpoint, would scan and canonicalise more on every call); only path and
        // query are added, their percent-escapes kept as they are.
        HttpUrl.Builder url = endpoint.newBuilder().encodedPath(rawPath.startsWith("/") ? rawPath : "/" + rawPath);
        if (!query.isEmpty()) {
            url.encodedQuery(FormEncoding.encode(query));
        }
        byte[] body = operation.hasJsonBody() ? json(operation, request) : MarshalledRequest.NO_BODY;
        return new MarshalledRequest(operation.method().name(), rawPath, query, url.build(), body,
                operation.hasJsonBody());
    }

    /** Fills the template's {@code {Name}} placeholders with encoded values (empty when unset). */
    static <Q> String path(Operation<Q, ?> operation, Q request) {
        String template = operation.pathTemplate();
        if (operation.pathParameters().isEmpty()) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open)
                    .append(Rfc3986.encode(valueOf(operation, template.substring(open + 1, close), request)));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static <Q> String valueOf(Operation<Q, ?> operation, String placeholder, Q request) {
        for (PathParameter<Q> p : operation.pathParameters()) {
            if (p.name().equals(placeholder)) {
                return p.valueOf(request).orElse("");
            }
        }
        throw new IllegalStateException(operation + " has no path parameter " + placeholder);
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
