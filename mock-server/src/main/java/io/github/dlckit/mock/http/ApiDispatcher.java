package io.github.dlckit.mock.http;

import io.github.dlckit.mock.api.OperationHandler;
import io.github.dlckit.mock.api.OperationHandlers;
import io.github.dlckit.mock.api.binding.AnswerEnvelope;
import io.github.dlckit.mock.api.binding.RequestBinder;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.auth.AuthFailure;
import io.github.dlckit.mock.auth.Authorization;
import io.github.dlckit.mock.auth.KeyRegistry;
import io.github.dlckit.mock.auth.PercentDecoding;
import io.github.dlckit.mock.auth.SignatureVerifier;
import io.github.dlckit.mock.clock.ClockPacing;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.fault.FaultMode;
import io.github.dlckit.mock.fault.Faults;
import io.github.dlckit.mock.journal.RequestJournal;
import io.github.dlckit.mock.persist.ApiCommand;
import io.github.dlckit.mock.persist.ApiReplayer;
import io.github.dlckit.mock.persist.CommandLog;
import io.github.dlckit.mock.persist.StateHeader;
import io.github.dlckit.model.operation.HttpMethod;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DLC API behind the HTTP server, in two steps the WireMock glue calls: {@link #authenticate} (the request
 * filter: size cap and signature) and {@link #serve} (the catch-all stub: route by method and path, check the
 * action and version headers, bind and shape-check, run the operation's handler in the engine, render). Knows no
 * WireMock type, so it can be read and tested on its own.
 *
 * <p>Every answer is JSON; bad input is always a 4xx; only a bug gives a 500 {@code InternalError} (logged).
 */
public final class ApiDispatcher implements ApiReplayer {

    /** The API version every request must name. */
    public static final String API_VERSION = "2020-12-03";
    /** The largest body accepted by default. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

    private final DlcEngine engine;
    private final OperationHandlers handlers;
    private final SignatureVerifier verifier;
    private final KeyRegistry keys;
    private final String region;
    private final ClockPacing pacing;
    private final int maxBodyBytes;
    private final OperationRouter router = new OperationRouter();
    private final RequestBinder binder;
    // Test tools (#14): injected faults, the journal by operation, the command log (--state-dir, state export).
    private final Faults faults;
    private final CallJournal journal;
    private final CommandLog log;

    /**
     * @param engine the engine that holds state and rules
     * @param handlers the operations it implements
     * @param verifier checks signatures
     * @param keys the known keys (to find the caller of a verified request)
     * @param region the region served
     * @param pacing moves the clock before each request (wall-clock mode)
     * @param maxBodyBytes the largest body accepted
     * @param binder binds and checks request bodies and queries
     */
    public ApiDispatcher(DlcEngine engine, OperationHandlers handlers, SignatureVerifier verifier, KeyRegistry keys,
                         String region, ClockPacing pacing, int maxBodyBytes, RequestBinder binder) {
        this(engine, handlers, verifier, keys, region, pacing, maxBodyBytes, binder, new Faults(),
                new RequestJournal(RequestJournal.DEFAULT_CAPACITY), CommandLog.inMemory(new StateHeader(
                        engine.config().seed(), region, engine.config().start(), null), Clock.systemUTC()));
    }

    /**
     * @param engine the engine that holds state and rules
     * @param handlers the operations it implements
     * @param verifier checks signatures
     * @param keys the known keys (to find the caller of a verified request)
     * @param region the region served
     * @param pacing moves the clock before each request (wall-clock mode)
     * @param maxBodyBytes the largest body accepted
     * @param binder binds and checks request bodies and queries
     * @param faults the faults to inject
     * @param journal where every call is noted
     * @param log where every call that may change the engine is recorded (and made durable) before it answers
     */
    public ApiDispatcher(DlcEngine engine, OperationHandlers handlers, SignatureVerifier verifier, KeyRegistry keys,
                         String region, ClockPacing pacing, int maxBodyBytes, RequestBinder binder, Faults faults,
                         RequestJournal journal, CommandLog log) {
        this.binder = binder;
        this.faults = faults;
        this.journal = new CallJournal(journal, engine);
        this.log = log;
        this.engine = engine;
        this.handlers = handlers;
        this.verifier = verifier;
        this.keys = keys;
        this.region = region;
        this.pacing = pacing;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Checks the size and the signature.
     *
     * @param request the request as received
     * @return the refusal to send, or empty when the request may go on
     */
    public Optional<ApiReply> authenticate(IncomingRequest request) {
        long started = System.nanoTime();
        Optional<ApiReply> refusal = checkSizeAndSignature(request);
        refusal.ifPresent(reply -> journal.note(request, new CallJournal.Notes(), reply, started));
        return refusal;
    }

    private Optional<ApiReply> checkSizeAndSignature(IncomingRequest request) {
        try {
            if (request.body().length > maxBodyBytes) {
                return Optional.of(ErrorReplies.error(413, "EntityTooLarge", "The request body has "
                        + request.body().length + " bytes; the limit is " + maxBodyBytes + ".", newRequestId(),
                        hostId(request)));
            }
            verifier.verify(request);
            return Optional.empty();
        } catch (AuthFailure e) {
            LOG.debug("refused {} {}: {}", request.method(), request.rawPath(), e.code());
            return Optional.of(ErrorReplies.error(e.status(), e.code(), e.getMessage(), newRequestId(), hostId(request)));
        } catch (RuntimeException e) {
            return Optional.of(internalError(request, e));
        }
    }

    /**
     * Serves an authenticated request.
     *
     * @param request the request, already through {@link #authenticate}
     * @return the answer
     */
    public ApiReply serve(IncomingRequest request) {
        long started = System.nanoTime();
        CallJournal.Notes notes = new CallJournal.Notes();
        ApiReply reply = answer(request, notes);
        journal.note(request, notes, reply, started); // before a Delay: the journal shows the call at once
        if (notes.fault != null && notes.fault.mode() == FaultMode.Delay) {
            holdFor(notes.fault.delaySeconds());
        }
        return notes.fault != null && notes.fault.mode() == FaultMode.ResponseLost ? ApiReply.NO_ANSWER : reply;
    }

    private ApiReply answer(IncomingRequest request, CallJournal.Notes notes) {
        try {
            OperationRouter.Match match = route(request);
            notes.operation = match.operation().name();
            Authorization authorization = notes.authorization(request);
            Caller caller = callerOf(authorization);
            notes.accountId = caller.accountId();
            notes.jobId = match.pathValues().get("JobId");
            notes.fault = faults.take(notes.operation, authorization.accessKeyId(), FaultMode.IN_DISPATCHER)
                    .orElse(null);
            if (notes.fault != null && notes.fault.mode() == FaultMode.Refuse) {
                return refusedByFault(notes.fault, request);
            }
            return call(match.operation(), match.pathValues(), request, caller, notes);
        } catch (EngineException e) {
            return ErrorReplies.of(e, newRequestId(), hostId(request));
        } catch (NotImplemented e) {
            return ErrorReplies.error(501, "NotImplemented", e.getMessage(), newRequestId(), hostId(request));
        } catch (AuthFailure e) {
            return ErrorReplies.error(e.status(), e.code(), e.getMessage(), newRequestId(), hostId(request));
        } catch (RuntimeException e) {
            return internalError(request, e);
        }
    }

    private OperationRouter.Match route(IncomingRequest request) {
        Optional<OperationRouter.Match> match;
        try {
            match = router.route(request.method(), request.rawPath());
        } catch (IllegalArgumentException e) {
            throw EngineException.invalid("Path", "not valid percent-encoding: " + e.getMessage());
        }
        OperationRouter.Match found = match.orElseThrow(() -> new EngineException(ErrorKind.NOT_FOUND,
                "InvalidApi.NotFound", "Specified api is not found, please check your url and method. "
                + request.method() + " " + request.rawPath() + " is no operation of " + API_VERSION + "."));
        String action = request.header("x-acs-action");
        if (!found.operation().name().equals(action)) {
            throw new EngineException(ErrorKind.INVALID, "InvalidAction.Mismatch", "x-acs-action " + action
                    + " does not name the operation of " + request.method() + " " + found.operation().pathTemplate()
                    + ", which is " + found.operation().name() + ".");
        }
        if (!API_VERSION.equals(request.header("x-acs-version"))) {
            throw new EngineException(ErrorKind.INVALID, "InvalidVersion", "Specified parameter Version is not valid: "
                    + request.header("x-acs-version") + "; this API is " + API_VERSION + ".");
        }
        return found;
    }

    /** The key was verified by {@link #authenticate}; here it only names the caller. */
    private Caller callerOf(Authorization authorization) {
        if (authorization == null) {
            throw new IllegalStateException("a call without a readable Authorization header passed the signature check");
        }
        String keyId = authorization.accessKeyId();
        AccessKey key = keys.find(keyId).orElseThrow(() -> new IllegalStateException("unverified key " + keyId));
        return new Caller(key.accountId(), region, key.userId());
    }

    private <Q, S> ApiReply call(Operation<Q, S> operation, Map<String, String> pathValues, IncomingRequest request,
                                 Caller caller, CallJournal.Notes notes) {
        // Bind first: bad input is a 400 even for an operation the mock does not implement yet.
        List<Map.Entry<String, String>> query = decodeQuery(request.rawQuery());
        Q typed = binder.bind(operation, pathValues, query, request.body());
        OperationHandler<Q, S> handler = handlers.find(operation).orElseThrow(() -> new NotImplemented(operation));
        long[] sequence = new long[1];
        Outcome outcome = engine.execute(context -> {
            pacing.catchUp(context.clock());
            notes.time = context.clock().now();
            sequence[0] = log.api(new ApiCommand(notes.time, operation.name(), caller.accountId(), caller.region(),
                    caller.userId(), pathValues, query, request.body()));
            String requestId = context.ids().uuid();
            try {
                return new Outcome(requestId, handler.handle(context, caller, typed), null);
            } catch (EngineException e) {
                return new Outcome(requestId, null, e);
            }
        });
        if (operation.method() != HttpMethod.GET) {
            log.sync(sequence[0]); // durable before the answer leaves
        }
        if (outcome.refusal() != null) {
            return ErrorReplies.of(outcome.refusal(), outcome.requestId(), hostId(request));
        }
        return success(operation, outcome.requestId(), outcome.response());
    }

    // --- Test tools (#14): faults and replay ---

    private ApiReply refusedByFault(Fault fault, IncomingRequest request) {
        return ErrorReplies.error(fault.status(), fault.code(), "The request was refused by a fault the mock was told"
                + " to inject (" + fault.faultId() + ", " + fault.code() + ").", newRequestId(), hostId(request));
    }

    /** A {@code Delay} fault holds the answer in wall time, on the request's own thread, outside the engine. */
    private static void holdFor(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void replay(ApiCommand command) {
        Operation<?, ?> operation = io.github.dlckit.model.operation.DlcOperations.all().stream()
                .filter(op -> op.name().equals(command.operation())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Operation: unknown " + command.operation()));
        replayCall(operation, command);
    }

    private <Q, S> void replayCall(Operation<Q, S> operation, ApiCommand command) {
        Caller caller = new Caller(command.accountId(), command.region(), command.userId());
        Q typed = binder.bind(operation, command.pathValues(), command.query(), command.body());
        OperationHandler<Q, S> handler = handlers.find(operation).orElseThrow(() -> new NotImplemented(operation));
        try {
            engine.execute(context -> {
                context.ids().uuid();
                try {
                    return handler.handle(context, caller, typed);
                } catch (EngineException e) {
                    return null; // refused the first time too: the same draws, the same (lack of) change
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("replayed {} failed as it did when first called: {}", command.operation(), e.toString());
        }
    }

    @Override
    public void drawRequestIds(int count) {
        engine.execute(context -> {
            for (int i = 0; i < count; i++) {
                context.ids().uuid();
            }
            return null;
        });
    }

    /** What a handler gave, with the request id drawn in the same engine turn. */
    private record Outcome(String requestId, Object response, EngineException refusal) {
    }

    /** The handler's response in the catalogue's envelope for the operation (M35, R49). */
    private static ApiReply success(Operation<?, ?> operation, String requestId, Object response) {
        return new ApiReply(200, Map.of("x-acs-request-id", requestId),
                AnswerEnvelope.of(operation).render(requestId, response));
    }

    private static List<Map.Entry<String, String>> decodeQuery(String rawQuery) {
        try {
            return PercentDecoding.decodeQuery(rawQuery);
        } catch (IllegalArgumentException e) {
            throw EngineException.invalid("Query", "not form-encoded: " + e.getMessage());
        }
    }

    private ApiReply internalError(IncomingRequest request, RuntimeException e) {
        String requestId = newRequestId();
        LOG.error("InternalError {} for {} {}", requestId, request.method(), request.rawPath(), e);
        return ErrorReplies.error(500, ErrorReplies.INTERNAL_ERROR, "The request processing has failed due to some "
                + "unknown error: " + e.getClass().getSimpleName() + " (see the mock's log).", requestId, hostId(request));
    }

    /**
     * M30: a request id from the engine's seeded stream (the draw is logged, so a replay draws the same), for
     * answers made outside an operation: control routes, refusals before the API, the web page.
     *
     * @return the id
     */
    public String newRequestId() {
        return engine.execute(context -> {
            log.drawRequestId();
            return context.ids().uuid();
        });
    }

    private String hostId(IncomingRequest request) {
        String host = request.header("host");
        return host != null ? host : "pai-dlc." + region + ".aliyuncs.com";
    }

    /** An operation of the catalogue without a handler yet (the integrator fills the gaps). */
    private static final class NotImplemented extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotImplemented(Operation<?, ?> operation) {
            super("The mock does not implement " + operation.name() + " yet.", null, false, false);
        }
    }
}
