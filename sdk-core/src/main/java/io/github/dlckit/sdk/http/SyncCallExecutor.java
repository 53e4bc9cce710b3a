package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.retry.RetryDecision;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/** Drives the {@link CallPipeline} for a blocking call: the whole call in one method. */
public final class SyncCallExecutor {

    private final CallPipeline pipeline;

    /**
     * @param pipeline the stages
     */
    public SyncCallExecutor(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Runs a call to the end: the response, or the exception of the last attempt.
     *
     * @param operation the operation
     * @param request its request
     * @param <Q> the request type
     * @param <S> the response type
     * @return the response
     */
    public <Q, S> S execute(Operation<Q, S> operation, Q request) {
        long started = System.nanoTime();
        CallContext<S> call = null;
        try {
            call = pipeline.start(operation, request);                              // validate → marshal
            S response = run(call);
            pipeline.finished(operation, call, started, null);
            return response;
        } catch (RuntimeException e) {
            pipeline.finished(operation, call, started, e);
            throw e;
        }
    }

    private <S> S run(CallContext<S> call) {
        while (true) {
            Request attempt = pipeline.nextAttempt(call);                           // credentials → sign
            DlcException failure;
            try (Response response = pipeline.newCall(attempt).execute()) {  // send
                return pipeline.complete(call, response);                           // unmarshal or map the error
            } catch (IOException e) {
                failure = pipeline.transportFailure(call, e);
            } catch (DlcException e) {
                failure = e;
            }
            RetryDecision decision = pipeline.afterFailure(call, failure);          // retry?
            if (!decision.shouldRetry()) {
                throw pipeline.finalFailure(call, failure);
            }
            try {
                pipeline.config().seams().sleeper().sleep(decision.delay());
            } catch (InterruptedException e) {
                throw pipeline.interrupted(call, e);
            }
        }
    }
}
