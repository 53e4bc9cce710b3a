package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.event.AttemptEvent;
import io.github.dlckit.sdk.event.CallEvent;
import io.github.dlckit.sdk.event.CallListener;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Tells a client's {@link CallListener}s about attempts and calls. With no listener nothing is built. A listener
 * that throws is logged (its exception's type only: messages may quote anything) and the call goes on untouched.
 */
final class CallEvents {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.dlckit.sdk.DlcClient");

    private final List<CallListener> listeners;

    CallEvents(List<CallListener> listeners) {
        this.listeners = listeners;
    }

    /** @return whether anyone listens */
    boolean active() {
        return !listeners.isEmpty();
    }

    /**
     * The current attempt ended.
     *
     * @param call the call, with the attempt's answer recorded (if any)
     * @param failure how it failed, or null
     * @param retryDelay the pause before the next attempt, or null when none follows
     */
    void attemptFinished(CallContext<?> call, DlcException failure, Duration retryDelay) {
        if (!active()) {
            return;
        }
        Integer status = call.answerStatus();
        String requestId = call.answerRequestId();
        if (failure instanceof DlcServiceException) {
            DlcServiceException service = (DlcServiceException) failure;
            status = service.statusCode();
            if (service.requestId() != null) {
                requestId = service.requestId();
            }
        }
        call.lastRequestId(requestId);
        AttemptEvent event = new AttemptEvent(call.operation().name(), call.attempt(),
                Duration.ofNanos(System.nanoTime() - call.attemptStartNanos()), status, requestId, failure, retryDelay);
        tell(event.operation(), "an attempt event", listener -> listener.attemptFinished(event));
    }

    /**
     * A call ended.
     *
     * @param operation the operation (null when the caller passed none)
     * @param call the call, or null when it was refused before it had one
     * @param startNanos when the call began ({@link System#nanoTime()})
     * @param failure what the caller got instead of a response, or null
     */
    void callFinished(Operation<?, ?> operation, CallContext<?> call, long startNanos, Throwable failure) {
        if (!active() || operation == null) {
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        CallEvent event = new CallEvent(operation.name(), call == null ? 0 : call.attempt(),
                Duration.ofNanos(System.nanoTime() - startNanos), call == null ? null : call.lastRequestId(), cause);
        tell(event.operation(), "a call event", listener -> listener.callFinished(event));
    }

    /** Calls every listener in order; one that throws is logged and the next still hears. */
    private void tell(String operation, String what, Consumer<CallListener> call) {
        for (CallListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("{} listener {} failed on {}: {}", operation, listener.getClass().getName(), what,
                        e.getClass().getName());
            }
        }
    }
}
