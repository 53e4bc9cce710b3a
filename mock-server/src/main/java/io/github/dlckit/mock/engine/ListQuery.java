package io.github.dlckit.mock.engine;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filter, sort and page steps of a List operation. Filters combine with AND and a filter whose request field
 * is absent is skipped; SortBy picks one of the family's {@link SortKeys} (anything else is refused, naming
 * SortBy); Order is {@code asc} or {@code desc} (default {@code desc}); ties are broken by the family's tie-breaker
 * so that pages are stable; {@link Paging} cuts the page.
 *
 * @param <T> the resource type
 */
public final class ListQuery<T> {

    private Predicate<T> filter = item -> true;

    /**
     * Keeps the items that pass a test with the value of a request field, when the request gives it.
     *
     * @param value the request field
     * @param test item and value to whether the item matches
     * @param <V> the field's type
     * @return this query
     */
    public <V> ListQuery<T> where(Optional<V> value, BiPredicate<T, V> test) {
        if (value.isPresent()) {
            V v = value.get();
            filter = filter.and(item -> test.test(item, v));
        }
        return this;
    }

    /** Keeps the items that pass a test, when {@code apply} holds (e.g. ShowOwn). */
    public ListQuery<T> whereIf(boolean apply, Predicate<T> test) {
        if (apply) {
            filter = filter.and(test);
        }
        return this;
    }

    /**
     * Keeps the items whose property is one of the values of an enumerated filter, which may list several
     * separated by commas (e.g. {@code Status=Running,Stopped}); each value is read with
     * {@link Checks#canonical}.
     *
     * @param field the wire name, for the error
     * @param values the request field
     * @param allowed the values the catalogue lists
     * @param property the item's property, in the catalogue's spelling
     * @return this query
     * @throws EngineException naming the field for a value outside the list
     */
    public ListQuery<T> whereAnyOf(String field, Optional<String> values, Collection<String> allowed,
                                   Function<T, String> property) {
        Optional<Set<String>> wanted = values.map(v -> anyOf(v).stream()
                .map(one -> Checks.canonical(field, one, allowed)).collect(Collectors.toSet()));
        return where(wanted, (item, set) -> set.contains(property.apply(item)));
    }

    /**
     * Keeps the items created within StartTime and EndTime (both inclusive, each optional).
     *
     * @param startTime the request's StartTime
     * @param endTime the request's EndTime
     * @param created the item's creation time
     * @return this query
     * @throws EngineException naming StartTime or EndTime when not an ISO time
     */
    public ListQuery<T> createdBetween(Optional<String> startTime, Optional<String> endTime,
                                       Function<T, Instant> created) {
        where(startTime.map(s -> Times.parse("StartTime", s)), (item, from) -> !created.apply(item).isBefore(from));
        return where(endTime.map(s -> Times.parse("EndTime", s)), (item, to) -> !created.apply(item).isAfter(to));
    }

    /**
     * Filters, sorts and pages.
     *
     * @param items every resource of the caller
     * @param sortBy the request's SortBy (default: the first key)
     * @param order the request's Order
     * @param keys the family's sort keys
     * @param pageNumber the request's PageNumber
     * @param pageSize the request's PageSize
     * @return the page and the number of matching items
     */
    public Page<T> run(List<T> items, Optional<String> sortBy, Optional<String> order, SortKeys<T> keys,
                       OptionalInt pageNumber, OptionalInt pageSize) {
        Comparator<T> comparator = keys.comparator(sortBy, order);
        List<T> matching = items.stream().filter(filter).sorted(comparator).collect(Collectors.toList());
        return new Page<>(Paging.page(matching, pageNumber, pageSize), matching.size(),
                pageNumber.orElse(1), pageSize.orElse(Paging.DEFAULT_PAGE_SIZE));
    }

    /** @return the values of a comma-separated list, trimmed, without empty ones */
    public static Set<String> anyOf(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    /**
     * One page of a List answer.
     *
     * @param items the items of the page
     * @param totalCount how many items matched over all pages
     * @param pageNumber the page served
     * @param pageSize the page size served
     * @param <T> the resource type
     */
    public record Page<T>(List<T> items, int totalCount, int pageNumber, int pageSize) {

        /** @return the page with each item rendered */
        public <R> List<R> map(Function<T, R> render) {
            return items.stream().map(render).collect(Collectors.toList());
        }
    }

    /**
     * The SortBy values a family accepts, the first being the default, and the tie-breaker that keeps equal
     * items in a stable order.
     *
     * @param <T> the resource type
     */
    public static final class SortKeys<T> {

        private final Map<String, Comparator<T>> byName = new LinkedHashMap<>();
        private final Comparator<T> tieBreak;

        private SortKeys(Comparator<T> tieBreak) {
            this.tieBreak = tieBreak;
        }

        /**
         * @param tieBreak orders items that the chosen key finds equal (creation time, then id)
         * @param <T> the resource type
         * @return empty keys; add the default one first
         */
        public static <T> SortKeys<T> tieBrokenBy(Comparator<T> tieBreak) {
            return new SortKeys<>(tieBreak);
        }

        /** Adds a SortBy value. */
        public <U extends Comparable<? super U>> SortKeys<T> key(String name, Function<T, U> property) {
            byName.put(name, Comparator.comparing(property));
            return this;
        }

        Comparator<T> comparator(Optional<String> sortBy, Optional<String> order) {
            String name = sortBy.filter(s -> !s.isBlank()).orElse(byName.keySet().iterator().next());
            Comparator<T> key = byName.get(name);
            if (key == null) {
                throw EngineException.invalid("SortBy", "must be one of " + String.join(", ", byName.keySet())
                        + ", got " + name);
            }
            String direction = order.filter(s -> !s.isBlank()).orElse("desc");
            if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
                throw EngineException.invalid("Order", "must be asc or desc, got " + direction);
            }
            Comparator<T> full = key.thenComparing(tieBreak);
            return direction.equalsIgnoreCase("asc") ? full : full.reversed();
        }
    }
}
