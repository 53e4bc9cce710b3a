package io.github.dlckit.mock.engine;

import java.util.List;
import java.util.OptionalInt;

/** PageNumber/PageSize paging shared by every List operation: pages count from 1. */
public final class Paging {

    /** Page size when the request gives none. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page the mock serves. */
    public static final int MAX_PAGE_SIZE = 1000;

    private Paging() {
    }

    /**
     * One page of an already filtered and sorted list.
     *
     * @param all every matching item, in order
     * @param pageNumber 1-based page number (default 1)
     * @param pageSize items per page (default {@link #DEFAULT_PAGE_SIZE})
     * @param <T> the item type
     * @return the items of that page (empty past the end)
     * @throws EngineException naming PageNumber or PageSize when out of range
     */
    public static <T> List<T> page(List<T> all, OptionalInt pageNumber, OptionalInt pageSize) {
        int number = pageNumber.orElse(1);
        int size = pageSize.orElse(DEFAULT_PAGE_SIZE);
        if (number < 1) {
            throw EngineException.invalid("PageNumber", "must be 1 or more, got " + number);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw EngineException.invalid("PageSize", "must be 1 to " + MAX_PAGE_SIZE + ", got " + size);
        }
        long from = (long) (number - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
