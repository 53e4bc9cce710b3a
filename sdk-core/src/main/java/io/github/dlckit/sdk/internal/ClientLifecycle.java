package io.github.dlckit.sdk.internal;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.http.OkHttpClients;

import java.util.concurrent.atomic.AtomicBoolean;

/** Open or closed: refuses calls after {@code close()}, and on close releases only what the client created. */
final class ClientLifecycle {

    private final ClientConfig config;
    private final AtomicBoolean closed = new AtomicBoolean();

    ClientLifecycle(ClientConfig config) {
        this.config = config;
    }

    void checkOpen(Operation<?, ?> operation) {
        if (closed.get()) {
            throw new DlcClientException(operation.name() + ": the client is closed", null, false);
        }
    }

    void close() {
        if (closed.compareAndSet(false, true) && config.ownsHttp()) {
            OkHttpClients.release(config.http());
        }
    }

    String describe(String clientName) {
        return clientName + "{endpoint=" + config.endpoint() + ", signer=" + config.signer().algorithm()
                + ", retryPolicy=" + config.retryPolicy() + (closed.get() ? ", closed" : "") + "}";
    }
}
