package io.github.dlckit.sdk.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paged List call, fetched lazily: nothing is sent until iteration starts, and each new
 * iteration starts again from the request's page (default 1). Iteration ends as {@link PageCursor} says: at an
 * empty page or once the items seen reach the page's {@code TotalCount} (a short page alone does not end it);
 * if the service answers the same items twice in a row, iteration fails rather than loop forever.
 *
 * @param <P> the page (response) type
 * @param <T> the item type
 */
public final class Paginator<P, T> implements Iterable<P> {

    private final Iterable<P> pages;
    private final Function<P, List<T>> items;

    private <Q> Paginator(PageBinding<Q, P, T> binding, Function<Q, P> fetch, Q request) {
        this.pages = () -> new PageIterator<>(binding, fetch, request);
        this.items = binding::items;
    }

    /**
     * @param binding how the operation pages
     * @param fetch sends one request (the client's method)
     * @param request the first request; its page number, if any, is where paging starts
     * @param <Q> the request type
     * @param <P> the page type
     * @param <T> the item type
     * @return a lazy paginator
     */
    public static <Q, P, T> Paginator<P, T> of(PageBinding<Q, P, T> binding, Function<Q, P> fetch, Q request) {
        return new Paginator<>(binding, fetch, request);
    }

    @Override
    public Iterator<P> iterator() {
        return pages.iterator();
    }

    /** @return the items of every page, in order, fetched as iteration reaches them */
    public Iterable<T> items() {
        return () -> stream().flatMap(page -> items.apply(page).stream()).iterator();
    }

    /** @return the pages as a lazy sequential stream */
    public Stream<P> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** @return the items as a lazy sequential stream */
    public Stream<T> itemStream() {
        return stream().flatMap(page -> items.apply(page).stream());
    }

    private static final class PageIterator<Q, P, T> implements Iterator<P> {
        private final PageCursor<Q, P, T> cursor;
        private final Function<Q, P> fetch;
        private P next;

        PageIterator(PageBinding<Q, P, T> binding, Function<Q, P> fetch, Q request) {
            this.cursor = new PageCursor<>(binding, request);
            this.fetch = fetch;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !cursor.done()) {
                P fetched = fetch.apply(cursor.nextRequest());
                if (cursor.accept(fetched)) {
                    next = fetched;
                }
            }
            return next != null;
        }

        @Override
        public P next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            P out = next;
            next = null;
            return out;
        }
    }
}
