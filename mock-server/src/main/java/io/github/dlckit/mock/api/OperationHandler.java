package io.github.dlckit.mock.api;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;

/**
 * The mock's implementation of one API operation: a typed request in, a typed response out, run inside the
 * engine (with exclusive access). Binding, shape checks, the RequestId and rendering are the HTTP layer's.
 *
 * @param <Q> the request type
 * @param <S> the response type
 */
@FunctionalInterface
public interface OperationHandler<Q, S> {

    /**
     * @param engine the engine's state and services
     * @param caller who calls (account, region, user)
     * @param request the bound and shape-checked request
     * @return the response, without RequestId
     * @throws io.github.dlckit.mock.engine.EngineException to refuse the request
     */
    S handle(DlcEngine.Context engine, Caller caller, Q request);
}
