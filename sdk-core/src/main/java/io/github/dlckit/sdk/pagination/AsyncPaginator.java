package io.github.dlckit.sdk.pagination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pages of a paged List call for the non-blocking client: each walk fetches one page at a time, the next
 * only once the previous has arrived, and ends as the blocking {@link Paginator} does (see {@link PageCursor}).
 * Nothing is sent until a walk starts; every walk starts again from the request's page (default 1). A walk's
 * future fails with the first failure, unwrapped (the exception the blocking call would throw), of a call or of
 * the caller's action; cancelling it cancels the call in flight and fetches nothing more. Actions run on the
 * thread that completed the page's call (an OkHttp thread): keep them short and never block there.
 *
 * @param <P> the page (response) type
 * @param <T> the item type
 */
public final class AsyncPaginator<P, T> {

    private final Function<Consumer<? super P>, CompletableFuture<Void>> walk;
    private final Function<P, List<T>> items;

    private <Q> AsyncPaginator(PageBinding<Q, P, T> binding, Function<Q, CompletableFuture<P>> fetch, Q request) {
        this.walk = action -> new Walk<>(new PageCursor<>(binding, request), fetch, action).start();
        this.items = binding::items;
    }

    /**
     * @param binding how the operation pages
     * @param fetch sends one request (the async client's method)
     * @param request the first request; its page number, if any, is where paging starts
     * @param <Q> the request type
     * @param <P> the page type
     * @param <T> the item type
     * @return a paginator that sends nothing until a walk starts
     */
    public static <Q, P, T> AsyncPaginator<P, T> of(PageBinding<Q, P, T> binding,
                                                   Function<Q, CompletableFuture<P>> fetch, Q request) {
        return new AsyncPaginator<>(binding, fetch, request);
    }

    /**
     * @param action called with each page, in order, as it arrives
     * @return completes after the last page's action; fails as the class describes
     */
    public CompletableFuture<Void> forEachPage(Consumer<? super P> action) {
        return walk.apply(action);
    }

    /**
     * @param action called with each item of each page, in order, as its page arrives
     * @return completes after the last item's action; fails as the class describes
     */
    public CompletableFuture<Void> forEachItem(Consumer<? super T> action) {
        return walk.apply(page -> items.apply(page).forEach(action));
    }

    /** @return the items of every page, in order, once the last page has arrived */
    public CompletableFuture<List<T>> allItems() {
        List<T> all = new ArrayList<>();
        return forEachItem(all::add).thenApply(done -> Collections.unmodifiableList(all));
    }

    /** One walk: a cursor, the page in flight, and the future the caller holds. */
    private static final class Walk<Q, P, T> {
        private final PageCursor<Q, P, T> cursor;
        private final Function<Q, CompletableFuture<P>> fetch;
        private final Consumer<? super P> action;
        private final CompletableFuture<Void> result = new CompletableFuture<>();
        private volatile CompletableFuture<P> inFlight;

        Walk(PageCursor<Q, P, T> cursor, Function<Q, CompletableFuture<P>> fetch, Consumer<? super P> action) {
            this.cursor = cursor;
            this.fetch = fetch;
            this.action = action;
        }

        CompletableFuture<Void> start() {
            result.whenComplete((done, error) -> {
                CompletableFuture<P> call = inFlight;
                if (result.isCancelled() && call != null) {
                    call.cancel(true);
                }
            });
            run();
            return result;
        }

        /**
         * Fetches pages while their calls complete at once (a loop, not a recursion, for fakes and caches);
         * a call still in flight resumes the walk from its completion.
         */
        private void run() {
            while (!result.isDone()) {
                if (cursor.done()) {
                    result.complete(null);
                    return;
                }
                CompletableFuture<P> call;
                try {
                    call = fetch.apply(cursor.nextRequest());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                    return;
                }
                inFlight = call;
                if (!call.isDone()) {
                    call.whenComplete((page, error) -> {
                        if (take(page, error)) {
                            run();
                        }
                    });
                    return;
                }
                P page = null;
                Throwable error = null;
                try {
                    page = call.join();
                } catch (RuntimeException e) {
                    error = e;
                }
                if (!take(page, error)) {
                    return;
                }
            }
        }

        /** @return whether the walk goes on */
        private boolean take(P page, Throwable error) {
            if (result.isDone()) {
                return false;
            }
            if (error != null) {
                result.completeExceptionally(unwrap(error));
                return false;
            }
            try {
                if (cursor.accept(page)) {
                    action.accept(page);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return false;
            }
            return true;
        }

        private static Throwable unwrap(Throwable error) {
            return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        }
    }
}
