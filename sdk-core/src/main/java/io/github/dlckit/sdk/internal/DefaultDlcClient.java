package io.github.dlckit.sdk.internal;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.http.CallPipeline;
import io.github.dlckit.sdk.http.SyncCallExecutor;
import io.github.dlckit.sdk.waiter.JobWaiter;

/** The {@link DlcClient}: every operation goes through one {@link SyncCallExecutor}. */
public final class DefaultDlcClient implements DlcClient {

    private final ClientConfig config;
    private final SyncCallExecutor executor;
    private final ClientLifecycle lifecycle;

    /**
     * @param config the resolved settings
     */
    public DefaultDlcClient(ClientConfig config) {
        this.config = config;
        this.executor = new SyncCallExecutor(new CallPipeline(config));
        this.lifecycle = new ClientLifecycle(config);
    }

    @Override
    public <Q, S> S call(Operation<Q, S> operation, Q request) {
        lifecycle.checkOpen(operation);
        return executor.execute(operation, request);
    }

    @Override
    public JobWaiter waiter() {
        return JobWaiter.create(this::getJob, config.seams().waitTime().clock(),
                config.seams().waitTime().sleeper());
    }

    @Override
    public void close() {
        lifecycle.close();
    }

    @Override
    public String toString() {
        return lifecycle.describe("DlcClient");
    }
}
