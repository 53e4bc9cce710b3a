package io.github.dlckit.mock.http;

import io.github.dlckit.mock.api.OperationHandler;
import io.github.dlckit.mock.api.OperationHandlers;
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
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
public final class ApiDispatcher {

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
        this.binder = binder;
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
        try {
            OperationRouter.Match match = route(request);
            return call(match.operation(), match.pathValues(), request, callerOf(request));
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
    private Caller callerOf(IncomingRequest request) {
        String keyId = Authorization.parse(request.header("authorization")).accessKeyId();
        AccessKey key = keys.find(keyId).orElseThrow(() -> new IllegalStateException("unverified key " + keyId));
        return new Caller(key.accountId(), region, key.userId());
    }

    private <Q, S> ApiReply call(Operation<Q, S> operation, Map<String, String> pathValues, IncomingRequest request,
                                 Caller caller) {
        // Bind first: bad input is a 400 even for an operation the mock does not implement yet.
        Q typed = binder.bind(operation, pathValues, decodeQuery(request.rawQuery()), request.body());
        OperationHandler<Q, S> handler = handlers.find(operation).orElseThrow(() -> new NotImplemented(operation));
        Outcome outcome = engine.execute(context -> {
            pacing.catchUp(context.clock());
            String requestId = context.ids().uuid();
            try {
                return new Outcome(requestId, handler.handle(context, caller, typed), null);
            } catch (EngineException e) {
                return new Outcome(requestId, null, e);
            }
        });
        if (outcome.refusal() != null) {
            return ErrorReplies.of(outcome.refusal(), outcome.requestId(), hostId(request));
        }
        return success(outcome.requestId(), outcome.response());
    }

    /** What a handler gave, with the request id drawn in the same engine turn. */
    private record Outcome(String requestId, Object response, EngineException refusal) {
    }

    /** The handler's response with {@code RequestId} added first, written once, without a tree in between. */
    private static ApiReply success(String requestId, Object response) {
        try {
            byte[] json = DlcJson.mapper().writeValueAsBytes(response);
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 64);
            out.write(("{\"RequestId\":\"" + requestId + "\"" + (json.length > 2 ? "," : ""))
                    .getBytes(StandardCharsets.UTF_8));
            out.write(json, 1, json.length - 1);
            return new ApiReply(200, Map.of("x-acs-request-id", requestId), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private String newRequestId() {
        return engine.execute(context -> context.ids().uuid());
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
