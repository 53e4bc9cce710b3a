package io.github.dlckit.sdk;

import io.github.dlckit.sdk.waiter.AsyncJobWaiter;

/**
 * A non-blocking client for PAI-DLC (API 2020-12-03): the same operations as {@link DlcClient}, each returning
 * a {@link java.util.concurrent.CompletableFuture} (inherited from {@link DlcAsyncClientOperations}). Calls run
 * on OkHttp's asynchronous calls and share the blocking client's pipeline, so validation, signing, retries and
 * errors are the same: a future fails with exactly the exception the blocking call would throw (a validation
 * failure included). Cancelling a future cancels its attempt in flight.
 *
 * <p>Thread-safe: build one per application and share it.
 */
public interface DlcAsyncClient extends DlcAsyncClientOperations, AutoCloseable {

    /** @return a builder; {@code region} (or {@code endpointOverride}) is required */
    static DlcAsyncClientBuilder builder() {
        return new DlcAsyncClientBuilder();
    }

    /** @return a waiter polling this client's {@code getJob} without blocking */
    default AsyncJobWaiter waiter() {
        return AsyncJobWaiter.create(this::getJob);
    }

    /** Releases what the client created (its own OkHttp threads and connections); a supplied OkHttpClient stays open. */
    @Override
    void close();
}
