package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;

/**
 * Refuses a request that asks for more work than {@link RequestLimits} allow, before anything is stored: the size
 * of every string, array and map, the roles and pods of a job, and the page size of a list. Each refusal names the
 * field, the limit and the flag that raises it.
 */
final class LimitChecker {

    private final RequestLimits limits;

    LimitChecker(RequestLimits limits) {
        this.limits = limits;
    }

    /**
     * @param tree the request as one JSON object (body and query merged), already shape-checked
     * @throws EngineException 400 {@value RequestLimits#CODE} at the first value over a limit
     */
    void check(JsonNode tree) {
        sizes(tree, "");
        JsonNode pageSize = tree.path("PageSize");
        long size = pageSize.isTextual() ? parseOrZero(pageSize.textValue()) : pageSize.asLong();
        if (size > limits.maxPageSize()) {
            throw refuse("PageSize", size + " items per page", limits.maxPageSize() + " items per page",
                    "--max-page-size");
        }
        JsonNode roles = tree.path("JobSpecs");
        if (roles.isArray()) {
            if (roles.size() > limits.maxRolesPerJob()) {
                throw refuse("JobSpecs", roles.size() + " roles", limits.maxRolesPerJob() + " roles per job",
                        "--max-roles-per-job");
            }
            long pods = 0;
            for (int i = 0; i < roles.size(); i++) {
                JsonNode count = roles.get(i).path("PodCount");
                if (count.isMissingNode()) {
                    pods++;
                    continue;
                }
                if (count.asLong() < 1) {
                    throw EngineException.invalid("JobSpecs[" + i + "].PodCount", "expected at least 1; got "
                            + count.asText());
                }
                pods += count.asLong();
                if (pods > limits.maxPodsPerJob()) {
                    throw refuse("JobSpecs[" + i + "].PodCount", count.asText() + " pods (" + pods
                            + " in the job so far)", limits.maxPodsPerJob() + " pods per job", "--max-pods-per-job");
                }
            }
        }
    }

    private void sizes(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().length() > limits.maxStringChars()) {
            throw refuse(path, node.textValue().length() + " characters", limits.maxStringChars() + " characters",
                    "--max-string-chars");
        }
        if (node.isContainerNode() && node.size() > limits.maxListItems()) {
            throw refuse(path, node.size() + (node.isArray() ? " items" : " members"), limits.maxListItems()
                    + " items", "--max-list-items");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                sizes(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> sizes(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
        }
    }

    /** The refusal, also used by the parser when a body nests too deeply. */
    static EngineException refuse(String field, String got, String limit, String flag) {
        return new EngineException(ErrorKind.INVALID, RequestLimits.CODE, (field.isEmpty() ? "Body" : field) + ": "
                + got + " exceed the mock's limit of " + limit + " (raise it with " + flag + ").");
    }

    private static long parseOrZero(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
