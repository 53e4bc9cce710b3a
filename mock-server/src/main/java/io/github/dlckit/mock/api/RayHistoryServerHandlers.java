package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/** The Ray history server operations, implemented by the engine's {@code RayHistoryServerService}. */
final class RayHistoryServerHandlers {

    private RayHistoryServerHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_RAY_HISTORY_SERVER,
                        (e, caller, r) -> e.rayHistoryServers().createRayHistoryServer(caller, r))
                .register(DlcOperations.GET_RAY_HISTORY_SERVER,
                        (e, caller, r) -> e.rayHistoryServers().getRayHistoryServer(caller, r))
                .register(DlcOperations.LIST_RAY_HISTORY_SERVERS,
                        (e, caller, r) -> e.rayHistoryServers().listRayHistoryServers(caller, r))
                .register(DlcOperations.DELETE_RAY_HISTORY_SERVER,
                        (e, caller, r) -> e.rayHistoryServers().deleteRayHistoryServer(caller, r))
                .register(DlcOperations.START_RAY_HISTORY_SERVER,
                        (e, caller, r) -> e.rayHistoryServers().startRayHistoryServer(caller, r))
                .register(DlcOperations.STOP_RAY_HISTORY_SERVER,
                        (e, caller, r) -> e.rayHistoryServers().stopRayHistoryServer(caller, r));
    }
}
