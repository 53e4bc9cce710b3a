package io.github.dlckit.sdk.pagination;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one paged List operation pages: which page a request asks for, how to ask for another, where a page's
 * items and the total count are. {@link PageBindings} has one for each paged operation.
 *
 * @param <Q> the request type
 * @param <P> the page (response) type
 * @param <T> the item type
 */
public final class PageBinding<Q, P, T> {

    private final String operation;
    private final Function<Q, OptionalLong> pageNumber;
    private final BiFunction<Q, Integer, Q> withPageNumber;
    private final Function<P, List<T>> items;
    private final Function<P, OptionalLong> totalCount;

    /**
     * @param operation the operation name, for messages
     * @param pageNumber the page a request asks for, if it says
     * @param withPageNumber a copy of a request asking for another page
     * @param items the items of a page
     * @param totalCount the total a page reports, if any
     */
    public PageBinding(String operation, Function<Q, OptionalLong> pageNumber, BiFunction<Q, Integer, Q> withPageNumber,
                       Function<P, List<T>> items, Function<P, OptionalLong> totalCount) {
        this.operation = operation;
        this.pageNumber = pageNumber;
        this.withPageNumber = withPageNumber;
        this.items = items;
        this.totalCount = totalCount;
    }

    String operation() {
        return operation;
    }

    int firstPage(Q request) {
        OptionalLong page = pageNumber.apply(request);
        return page.isPresent() ? (int) page.getAsLong() : 1;
    }

    Q forPage(Q request, int page) {
        return withPageNumber.apply(request, page);
    }

    List<T> items(P page) {
        return items.apply(page);
    }

    OptionalLong totalCount(P page) {
        return totalCount.apply(page);
    }
}
