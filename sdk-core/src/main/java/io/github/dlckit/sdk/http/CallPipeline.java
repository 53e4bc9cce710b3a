package io.github.dlckit.sdk.http;

import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.validation.RequestValidator;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.internal.ClientConfig;
import io.github.dlckit.sdk.internal.Endpoints;
import io.github.dlckit.sdk.retry.RetryDecider;
import io.github.dlckit.sdk.retry.RetryDecision;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The stages of a call, shared by the blocking and the asynchronous client; each client only drives them
 * ({@link SyncCallExecutor}, {@link AsyncCallExecutor}):
 * <pre>
 * start:        validate (switchable) → marshal
 * per attempt:  nextAttempt (credentials → sign, fresh time and nonce) → newCall (send)
 *               → complete (unmarshal, or map the error) | transportFailure
 * after a failure: afterFailure (the retry decision) → pause → next attempt, or finalFailure
 * </pre>
 * Logs one DEBUG line per attempt (operation, attempt, status, request id, latency); never headers or bodies. Tells
 * the client's {@link io.github.dlckit.sdk.event.CallListener}s of each attempt (here) and each call (through
 * {@link #finished}, which the executors call).
 */
public final class CallPipeline {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.dlckit.sdk.DlcClient");

    private final ClientConfig config;
    private final RequestMarshaller marshaller;
    private final AttemptSigner signer;
    private final ResponseReader reader;
    private final ErrorMapper errors;
    private final CallEvents events;
    private final String host;

    /**
     * @param config the client's settings
     */
    public CallPipeline(ClientConfig config) {
        this.config = config;
        // One mapper for the whole pipeline: the shared configuration plus the generated model readers (building
        // a mapper is a start-up cost; writing and tree reading are the same as with DlcJson.mapper()).
        this.marshaller = new RequestMarshaller(config.endpoint(), DlcJson.readingMapper());
        this.signer = new AttemptSigner(config.signer(), config.endpoint(), config.userAgent());
        this.reader = new ResponseReader(DlcJson.readingMapper());
        this.errors = new ErrorMapper(DlcJson.readingMapper());
        this.events = new CallEvents(config.listeners());
        this.host = Endpoints.hostHeader(config.endpoint());
    }

    /** @return the client's settings */
    public ClientConfig config() {
        return config;
    }

    /**
     * Validate and marshal: everything that is the same for every attempt.
     *
     * @param operation the operation
     * @param request its request
     * @param <Q> the request type
     * @param <S> the response type
     * @return the call's context
     * @throws io.github.dlckit.model.validation.ValidationException when client-side validation is on and fails
     */
    public <Q, S> CallContext<S> start(Operation<Q, S> operation, Q request) {
        Objects.requireNonNull(operation, "operation");
        if (request == null) {
            throw new NullPointerException(operation.name() + ": request must not be null");
        }
        if (config.clientValidation()) {
            RequestValidator.validate(operation, request);
        }
        return new CallContext<>(operation, marshaller.marshal(operation, request),
                config.seams().clock().millis());
    }

    /**
     * Credentials, then a fresh signature (new timestamp and nonce) for the next attempt.
     *
     * @param call the call
     * @return the signed request
     */
    public Request nextAttempt(CallContext<?> call) {
        Credentials credentials = resolveCredentials(call);
        WireTracker.Attempt connection = call.beginAttempt();
        return signer.sign(call.operation().name(), call.request(), credentials,
                config.seams().clock().instant(), config.seams().nonces().get(), connection);
    }

    /**
     * An OkHttp call for the attempt. The retry policy's deadline decides whether another attempt starts; a
     * running attempt is bounded by the connect, read and call timeouts (cutting it at the deadline would cost
     * every call a watchdog registration).
     *
     * @param request the signed request
     * @return the OkHttp call, not yet started
     */
    public Call newCall(Request request) {
        return config.http().newCall(request);
    }

    /**
     * Unmarshal a success, or map an error answer. Closes nothing: the caller owns the response.
     *
     * @param call the call
     * @param response the answer
     * @param <S> the response type
     * @return the response value
     * @throws IOException when reading the body fails in transit
     * @throws DlcException for an error answer or an unreadable body
     */
    public <S> S complete(CallContext<S> call, Response response) throws IOException {
        boolean debug = LOG.isDebugEnabled();
        if (debug || events.active()) {
            String requestId = response.header(ErrorMapper.REQUEST_ID_HEADER);
            if (debug) {
                LOG.debug("{} attempt {}: HTTP {} in {} ms, request id {}", call.operation().name(), call.attempt(),
                        response.code(), latencyMillis(call), requestId == null ? "-" : requestId);
            }
            call.answered(response.code(), requestId);
        }
        if (response.priorResponse() != null) {
            // OkHttp answered with a follow-up of its own making: refused, whatever setting let it through.
            throw new WireTracker.FollowUpRefused(response.priorResponse().code(), response.request().url().host());
        }
        if (response.isSuccessful()) {
            S value = reader.read(call.operation(), response.body());
            events.attemptFinished(call, null, null);
            return value;
        }
        DlcServiceException error = errors.map(call.operation(), response);
        if (IdempotentDeletes.alreadyDeleted(call.operation(), error, call.failures())) {
            LOG.debug("{} attempt {}: {} after an attempt with an unknown outcome: deleted by that attempt",
                    call.operation().name(), call.attempt(), error.errorCode());
            S value = reader.withRequestIdOnly(call.operation(), error.requestId());
            events.attemptFinished(call, null, null);
            return value;
        }
        if (ErrorMapper.SIGNATURE_MISMATCH.equals(error.errorCode()) && LOG.isDebugEnabled()) {
            LOG.debug("{} attempt {}: signed as\n{}", call.operation().name(), call.attempt(),
                    AttemptSigner.whatWasSigned(response.request(), config.signer().algorithm()));
        }
        throw error;
    }

    /**
     * Maps an I/O failure of the current attempt.
     *
     * @param call the call
     * @param failure the failure
     * @return the exception, saying whether the request may have been sent
     */
    public DlcClientException transportFailure(CallContext<?> call, IOException failure) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} attempt {}: {} after {} ms", call.operation().name(), call.attempt(),
                    failure.getClass().getSimpleName(), latencyMillis(call));
        }
        return TransportFailures.map(call.operation(), host, failure, call.connection().connected());
    }

    /**
     * The retry decision for a failed attempt; remembers the failure.
     *
     * @param call the call
     * @param failure how the attempt failed
     * @return retry after a pause, or give up
     */
    public RetryDecision afterFailure(CallContext<?> call, DlcException failure) {
        RetryDecision decision = RetryDecider.decide(config.retryPolicy(), call.attempt(), elapsed(call), failure,
                call.operation(), config.seams().jitter());
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} attempt {}: {}", call.operation().name(), call.attempt(), decision);
        }
        if (decision.shouldRetry()) {
            call.failures().add(failure);
        }
        events.attemptFinished(call, failure, decision.shouldRetry() ? decision.delay() : null);
        return decision;
    }

    /**
     * Tells the listeners that a call ended (nothing to do without listeners).
     *
     * @param operation the operation
     * @param call the call, or null when it was refused before it had one
     * @param startNanos when the call began ({@link System#nanoTime()})
     * @param failure what the caller got instead of a response, or null
     */
    public void finished(Operation<?, ?> operation, CallContext<?> call, long startNanos, Throwable failure) {
        events.callFinished(operation, call, startNanos, failure);
    }

    /** @return whether the client has listeners (the async executor then watches each call's end) */
    public boolean hasListeners() {
        return events.active();
    }

    /**
     * The exception that ends a call: the last failure, with the earlier attempts' failures attached as
     * suppressed exceptions.
     *
     * @param call the call
     * @param failure the last failure
     * @return the exception to throw
     */
    public DlcException finalFailure(CallContext<?> call, DlcException failure) {
        for (DlcException earlier : call.failures()) {
            if (earlier != failure) {
                failure.addSuppressed(earlier);
            }
        }
        return failure;
    }

    /**
     * A failure while pausing between attempts of a blocking call.
     *
     * @param call the call
     * @param e the interruption
     * @return the exception to throw
     */
    public DlcClientException interrupted(CallContext<?> call, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new DlcClientException(call.operation().name() + ": interrupted while waiting to retry", e, false);
    }

    private Credentials resolveCredentials(CallContext<?> call) {
        try {
            return config.credentials().resolveCredentials();
        } catch (DlcException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DlcClientException(call.operation().name() + ": cannot resolve credentials ("
                    + e.getClass().getSimpleName() + ")", e, false);
        }
    }

    private Duration elapsed(CallContext<?> call) {
        return Duration.ofMillis(config.seams().clock().millis() - call.startMillis());
    }

    private static long latencyMillis(CallContext<?> call) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - call.attemptStartNanos());
    }
}
