package io.github.dlckit.sdk.internal;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.DlcAsyncClient;
import io.github.dlckit.sdk.http.AsyncCallExecutor;
import io.github.dlckit.sdk.http.CallPipeline;
import io.github.dlckit.sdk.waiter.AsyncJobWaiter;

import java.util.concurrent.CompletableFuture;

/** The {@link DlcAsyncClient}: every operation goes through one {@link AsyncCallExecutor}. */
public final class DefaultDlcAsyncClient implements DlcAsyncClient {

    private final ClientConfig config;
    private final AsyncCallExecutor executor;
    private final ClientLifecycle lifecycle;

    /**
     * @param config the resolved settings
     */
    public DefaultDlcAsyncClient(ClientConfig config) {
        this.config = config;
        this.executor = new AsyncCallExecutor(new CallPipeline(config));
        this.lifecycle = new ClientLifecycle(config);
    }

    @Override
    public <Q, S> CompletableFuture<S> call(Operation<Q, S> operation, Q request) {
        try {
            lifecycle.checkOpen(operation);
        } catch (RuntimeException e) {
            CompletableFuture<S> failed = new CompletableFuture<>();
            failed.completeExceptionally(e);
            return failed;
        }
        return executor.execute(operation, request);
    }

    @Override
    public AsyncJobWaiter waiter() {
        return AsyncJobWaiter.create(this::getJob, config.seams().waitTime().clock(),
                config.seams().waitTime().delayer());
    }

    @Override
    public void close() {
        lifecycle.close();
    }

    @Override
    public String toString() {
        return lifecycle.describe("DlcAsyncClient");
    }
}
