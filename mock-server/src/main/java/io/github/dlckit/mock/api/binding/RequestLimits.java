package io.github.dlckit.mock.api.binding;

/**
 * How much work one request may ask for. Every limit is checked while binding, before the engine sees the request,
 * so a refused request never changes state; a refusal is a 400 {@value #CODE} naming the field, the limit and the
 * flag that raises it. The defaults are far above what a real training job needs and small enough that the
 * largest allowed job still answers GetJob and ListJobs quickly.
 *
 * @param maxPodsPerJob pods of one job, summed over its roles ({@code --max-pods-per-job})
 * @param maxRolesPerJob roles ({@code JobSpecs} entries) of one job ({@code --max-roles-per-job})
 * @param maxPageSize the largest {@code PageSize} of a list operation ({@code --max-page-size})
 * @param maxStringChars the longest string value ({@code --max-string-chars})
 * @param maxListItems the most items of one JSON array or members of one map ({@code --max-list-items})
 * @param maxJsonDepth the deepest nesting of a JSON body ({@code --max-json-depth})
 */
public record RequestLimits(int maxPodsPerJob, int maxRolesPerJob, int maxPageSize, int maxStringChars,
                            int maxListItems, int maxJsonDepth) {

    /** The error code of a refusal. */
    public static final String CODE = "InvalidParameter.LimitExceeded";

    /** The defaults: 1,000 pods and 16 roles per job, pages of 100, strings of 65,536 characters, 1,000 items, depth 32. */
    public static final RequestLimits DEFAULTS = new RequestLimits(1_000, 16, 100, 65_536, 1_000, 32);

    public RequestLimits {
        positive("maxPodsPerJob", maxPodsPerJob);
        positive("maxRolesPerJob", maxRolesPerJob);
        positive("maxPageSize", maxPageSize);
        positive("maxStringChars", maxStringChars);
        positive("maxListItems", maxListItems);
        positive("maxJsonDepth", maxJsonDepth);
    }

    /** @return these limits with another pod limit */
    public RequestLimits withMaxPodsPerJob(int value) {
        return new RequestLimits(value, maxRolesPerJob, maxPageSize, maxStringChars, maxListItems, maxJsonDepth);
    }

    /** @return these limits with another role limit */
    public RequestLimits withMaxRolesPerJob(int value) {
        return new RequestLimits(maxPodsPerJob, value, maxPageSize, maxStringChars, maxListItems, maxJsonDepth);
    }

    /** @return these limits with another page-size limit */
    public RequestLimits withMaxPageSize(int value) {
        return new RequestLimits(maxPodsPerJob, maxRolesPerJob, value, maxStringChars, maxListItems, maxJsonDepth);
    }

    /** @return these limits with another string-length limit */
    public RequestLimits withMaxStringChars(int value) {
        return new RequestLimits(maxPodsPerJob, maxRolesPerJob, maxPageSize, value, maxListItems, maxJsonDepth);
    }

    /** @return these limits with another list-size limit */
    public RequestLimits withMaxListItems(int value) {
        return new RequestLimits(maxPodsPerJob, maxRolesPerJob, maxPageSize, maxStringChars, value, maxJsonDepth);
    }

    /** @return these limits with another nesting limit */
    public RequestLimits withMaxJsonDepth(int value) {
        return new RequestLimits(maxPodsPerJob, maxRolesPerJob, maxPageSize, maxStringChars, maxListItems, value);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
