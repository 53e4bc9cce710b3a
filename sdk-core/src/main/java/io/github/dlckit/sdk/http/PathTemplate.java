package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.sdk.auth.signer.Rfc3986;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An operation's path template, taken apart once per client: the literal text and the path parameters in
 * order, and, when every placeholder is a whole segment (all DLC templates), the endpoint with the literal
 * segments before the first placeholder as a ready {@link HttpUrl}. A call then adds only the remaining
 * segments to that prefix; building the URL from the endpoint would parse and canonicalise every segment of
 * the path again. The URL is the one OkHttp builds from the endpoint and the whole encoded path (same segment
 * rules); a parameter that is empty or encodes to a dot segment ({@code .}, {@code ..}), whose segment OkHttp
 * merges or drops depending on its neighbours, takes that general route, so even those come out the same. Each
 * thread keeps one builder of that URL and only replaces the parameters' segments and the query: a builder made
 * afresh from the prefix copies and splits its path again on every call.
 *
 * @param <Q> the request type
 */
final class PathTemplate<Q> {

    private final HttpUrl endpoint;
    /** Literal texts around the placeholders: {@code literals.length == parameters.size() + 1}. */
    private final String[] literals;
    private final List<PathParameter<Q>> parameters;
    /** Endpoint plus the leading literal segments; null when a placeholder is not a whole segment. */
    private final HttpUrl prefix;
    /** The segments after the prefix: a literal, or null where the next parameter goes. */
    private final String[] rest;
    /** Per thread: the prefix, then {@link #rest} with the last call's parameters; null without a prefix. */
    private final ThreadLocal<HttpUrl.Builder> builders;
    /** Index of the first segment of {@link #rest} in those builders. */
    private final int restStart;

    private PathTemplate(HttpUrl endpoint, String[] literals, List<PathParameter<Q>> parameters, HttpUrl prefix,
                         String[] rest) {
        this.endpoint = endpoint;
        this.literals = literals;
        this.parameters = parameters;
        this.prefix = prefix;
        this.rest = rest;
        this.builders = prefix == null ? null : ThreadLocal.withInitial(this::fullBuilder);
        this.restStart = prefix == null ? 0 : fullBuilder().build().pathSize() - rest.length;
    }

    /** The prefix and every later segment, a placeholder's being {@code _} until a call sets it. */
    private HttpUrl.Builder fullBuilder() {
        HttpUrl.Builder url = prefix.newBuilder();
        for (String segment : rest) {
            url.addEncodedPathSegment(segment != null ? segment : "_");
        }
        return url;
    }

    /**
     * @param endpoint the client's endpoint (path {@code /})
     * @param operation the operation
     * @param <Q> its request type
     * @return the template
     * @throws IllegalStateException when a placeholder names no path parameter of the operation
     */
    static <Q> PathTemplate<Q> of(HttpUrl endpoint, Operation<Q, ?> operation) {
        String template = operation.pathTemplate();
        List<String> literals = new ArrayList<>();
        List<PathParameter<Q>> parameters = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            literals.add(template.substring(from, open));
            parameters.add(parameter(operation, template.substring(open + 1, close)));
            from = close + 1;
        }
        literals.add(template.substring(from));

        HttpUrl prefix = null;
        String[] rest = null;
        String[] segments = template.split("/", -1);
        if (template.startsWith("/") && segmentAligned(segments)) {
            int firstPlaceholder = 1;
            while (firstPlaceholder < segments.length && !segments[firstPlaceholder].startsWith("{")) {
                firstPlaceholder++;
            }
            HttpUrl.Builder leading = endpoint.newBuilder().encodedPath("/");
            if (firstPlaceholder > 1) {
                leading.addEncodedPathSegments(String.join("/", Arrays.asList(segments).subList(1, firstPlaceholder)));
            }
            prefix = leading.build();
            rest = new String[segments.length - firstPlaceholder];
            for (int i = firstPlaceholder; i < segments.length; i++) {
                rest[i - firstPlaceholder] = segments[i].startsWith("{") ? null : segments[i];
            }
        }
        return new PathTemplate<>(endpoint, literals.toArray(new String[0]), parameters, prefix, rest);
    }

    /**
     * @param request the request
     * @return the parameters' values, RFC 3986-encoded as one segment each (empty when unset), in template order
     */
    String[] encodedValues(Q request) {
        String[] values = new String[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Rfc3986.encode(parameters.get(i).valueOf(request).orElse(""));
        }
        return values;
    }

    /**
     * @param values the encoded parameter values
     * @return the path as sent and signed
     */
    String rawPath(String[] values) {
        if (values.length == 0) {
            return literals[0];
        }
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < values.length; i++) {
            out.append(literals[i]).append(values[i]);
        }
        return out.append(literals[values.length]).toString();
    }

    /**
     * @param rawPath the path as {@link #rawPath} made it
     * @param values the encoded parameter values
     * @param encodedQuery the query, form-encoded, or null for none
     * @return the endpoint with the path and the query
     */
    HttpUrl url(String rawPath, String[] values, String encodedQuery) {
        if (prefix == null || hasSpecialSegment(values)) {
            return endpoint.newBuilder().encodedPath(rawPath.startsWith("/") ? rawPath : "/" + rawPath)
                    .encodedQuery(encodedQuery).build();
        }
        HttpUrl.Builder url = builders.get();
        int next = 0;
        for (int i = 0; i < rest.length; i++) {
            if (rest[i] == null) {
                url.setEncodedPathSegment(restStart + i, values[next++]);
            }
        }
        return url.encodedQuery(encodedQuery).build();
    }

    /** Whether every placeholder fills a whole segment and every literal segment is plain and not empty. */
    private static boolean segmentAligned(String[] segments) {
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            boolean placeholder = s.startsWith("{") && s.endsWith("}") && s.indexOf('{', 1) < 0;
            boolean literal = !s.isEmpty() && s.indexOf('{') < 0 && s.indexOf('}') < 0 && s.indexOf('\\') < 0
                    && s.indexOf('%') < 0 && s.indexOf('?') < 0 && s.indexOf('#') < 0 && !s.equals(".")
                    && !s.equals("..");
            if (!placeholder && !literal) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSpecialSegment(String[] values) {
        for (String v : values) {
            if (v.isEmpty() || v.equals(".") || v.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static <Q> PathParameter<Q> parameter(Operation<Q, ?> operation, String name) {
        for (PathParameter<Q> p : operation.pathParameters()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalStateException(operation + " has no path parameter " + name);
    }
}
