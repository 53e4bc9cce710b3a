package io.github.dlckit.mock.http;

import io.github.dlckit.mock.auth.PercentDecoding;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the operation a request addresses from its method and raw path, using the catalogue's path templates
 * ({@code /api/v1/jobs/{JobId}/stop}). The raw path is split on {@code /} first and each segment decoded after,
 * so an encoded {@code %2F} inside a JobId stays part of the id.
 */
public final class OperationRouter {

    /** One operation's template, split into segments. */
    private record Template(Operation<?, ?> operation, String[] segments, int literals) {
    }

    /**
     * The operation a request addresses, with its decoded path values.
     *
     * @param operation the operation
     * @param pathValues the placeholder values, by placeholder name
     */
    public record Match(Operation<?, ?> operation, Map<String, String> pathValues) {
    }

    private final List<Template> templates = new ArrayList<>();

    /** A router over every operation of the catalogue. */
    public OperationRouter() {
        for (Operation<?, ?> op : DlcOperations.all()) {
            String[] segments = op.pathTemplate().substring(1).split("/", -1);
            int literals = 0;
            for (String segment : segments) {
                literals += isPlaceholder(segment) ? 0 : 1;
            }
            templates.add(new Template(op, segments, literals));
        }
        // A literal segment wins over a placeholder when two templates could both match.
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
    }

    /**
     * Routes a request.
     *
     * @param method the upper-case method
     * @param rawPath the path as sent
     * @return the match, empty when no operation has this method and path
     * @throws IllegalArgumentException when a path segment is not valid percent-encoding
     */
    public Optional<Match> route(String method, String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (Template template : templates) {
            if (template.operation().method().name().equals(method) && template.segments().length == segments.length
                    && literalsMatch(template.segments(), segments)) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < segments.length; i++) {
                    String placeholder = template.segments()[i];
                    if (isPlaceholder(placeholder)) {
                        values.put(placeholder.substring(1, placeholder.length() - 1),
                                PercentDecoding.decodePathSegment(segments[i]));
                    }
                }
                return Optional.of(new Match(template.operation(), values));
            }
        }
        return Optional.empty();
    }

    private static boolean literalsMatch(String[] template, String[] segments) {
        for (int i = 0; i < template.length; i++) {
            if (!isPlaceholder(template[i]) && !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceholder(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
