package io.github.dlckit.sdk.pagination;

import io.github.dlckit.sdk.exception.DlcClientException;

import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where one walk through the pages of a List call stands, and when it ends: at an empty page, or once the items
 * seen reach the page's {@code TotalCount}; a short page alone does not end it (the service may cap the page size
 * below the one asked for). A page with the same items as the one before fails the walk rather than loop forever.
 * Shared by the blocking {@link Paginator} and the non-blocking {@link AsyncPaginator}; not thread-safe (a walk
 * fetches one page at a time).
 *
 * @param <Q> the request type
 * @param <P> the page (response) type
 * @param <T> the item type
 */
final class PageCursor<Q, P, T> {

    private final PageBinding<Q, P, T> binding;
    private final Q request;
    private int page;
    private long seen;
    private List<T> previous = Collections.emptyList();
    private boolean done;

    PageCursor(PageBinding<Q, P, T> binding, Q request) {
        this.binding = binding;
        this.request = request;
        this.page = binding.firstPage(request);
    }

    /** @return whether the walk has ended */
    boolean done() {
        return done;
    }

    /** @return the request for the next page */
    Q nextRequest() {
        return binding.forPage(request, page);
    }

    /**
     * Takes the answer to {@link #nextRequest()} and moves on.
     *
     * @param fetched the page
     * @return whether the page has items to hand out (an empty page ends the walk and is not handed out)
     * @throws DlcClientException when the page repeats the previous one's items
     */
    boolean accept(P fetched) {
        List<T> items = binding.items(fetched);
        if (items.isEmpty()) {
            done = true;
            return false;
        }
        if (items.equals(previous)) {
            done = true;
            throw new DlcClientException(binding.operation() + ": page " + page + " has the same items as page "
                    + (page - 1) + "; stopping rather than paging forever (does the service ignore PageNumber?)",
                    null, false);
        }
        seen += items.size();
        OptionalLong total = binding.totalCount(fetched);
        done = total.isPresent() && seen >= total.getAsLong();
        previous = items;
        page++;
        return true;
    }
}
