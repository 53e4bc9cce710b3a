package io.github.dlckit.sdk.http;

import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.retry.RetryDecision;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Drives the {@link CallPipeline} for an asynchronous call on OkHttp's own asynchronous calls: each attempt is
 * enqueued, its answer handled on OkHttp's dispatcher thread, and a retry scheduled on the client's
 * {@link io.github.dlckit.sdk.retry.Delayer} without blocking any thread. Cancelling the future cancels the
 * attempt in flight.
 */
public final class AsyncCallExecutor {

    private final CallPipeline pipeline;

    /**
     * @param pipeline the stages
     */
    public AsyncCallExecutor(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Starts a call.
     *
     * @param operation the operation
     * @param request its request
     * @param <Q> the request type
     * @param <S> the response type
     * @return a future completed with the response, or exceptionally with the same exception the blocking
     *         client would throw
     */
    public <Q, S> CompletableFuture<S> execute(Operation<Q, S> operation, Q request) {
        long started = System.nanoTime();
        CompletableFuture<S> result = new CompletableFuture<>();
        CallContext<S> call;
        try {
            call = pipeline.start(operation, request);                              // validate → marshal
        } catch (RuntimeException e) {
            pipeline.finished(operation, null, started, e);
            result.completeExceptionally(e);
            return result;
        }
        if (pipeline.hasListeners()) {
            result.whenComplete((value, error) -> pipeline.finished(operation, call, started, error));
        }
        try {
            attempt(call, result);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private <S> void attempt(CallContext<S> call, CompletableFuture<S> result) {
        if (result.isDone()) {
            return;
        }
        Request attempt = pipeline.nextAttempt(call);                               // credentials → sign
        Call http = pipeline.newCall(attempt);
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                http.cancel();
            }
        });
        http.enqueue(new Callback() {                                               // send
            @Override
            public void onResponse(Call c, Response response) {
                try (Response r = response) {
                    result.complete(pipeline.complete(call, r));                    // unmarshal or map the error
                } catch (IOException e) {
                    retryOrFail(call, result, pipeline.transportFailure(call, e));
                } catch (DlcException e) {
                    retryOrFail(call, result, e);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call c, IOException e) {
                if (!result.isDone()) {
                    retryOrFail(call, result, pipeline.transportFailure(call, e));
                }
            }
        });
    }

    private <S> void retryOrFail(CallContext<S> call, CompletableFuture<S> result, DlcException failure) {
        RetryDecision decision = pipeline.afterFailure(call, failure);              // retry?
        if (!decision.shouldRetry()) {
            result.completeExceptionally(pipeline.finalFailure(call, failure));
            return;
        }
        pipeline.config().seams().delayer().schedule(() -> {
            try {
                attempt(call, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, decision.delay());
    }
}
