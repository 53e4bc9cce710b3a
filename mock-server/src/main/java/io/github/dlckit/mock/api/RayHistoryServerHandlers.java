package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.RayHistoryServerView;
import io.github.dlckit.model.CreateRayHistoryServerResponse;
import io.github.dlckit.model.DeleteRayHistoryServerResponse;
import io.github.dlckit.model.ListRayHistoryServersResponse;
import io.github.dlckit.model.StartRayHistoryServerResponse;
import io.github.dlckit.model.StopRayHistoryServerResponse;
import io.github.dlckit.model.operation.DlcOperations;

/**
 * The Ray history server operations, implemented by the engine's {@code RayHistoryServerService};
 * {@link RayHistoryServerView} renders the servers.
 */
final class RayHistoryServerHandlers {

    private RayHistoryServerHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_RAY_HISTORY_SERVER, (e, caller, r) -> CreateRayHistoryServerResponse
                        .builder().rayHistoryServerId(e.rayHistoryServers().createRayHistoryServer(caller, r).id())
                        .build())
                .register(DlcOperations.GET_RAY_HISTORY_SERVER, (e, caller, r) ->
                        RayHistoryServerView.get(e.rayHistoryServers().getRayHistoryServer(caller, r)))
                .register(DlcOperations.LIST_RAY_HISTORY_SERVERS, (e, caller, r) -> {
                    var page = e.rayHistoryServers().listRayHistoryServers(caller, r);
                    return ListRayHistoryServersResponse.builder()
                            .rayHistoryServers(page.map(RayHistoryServerView::item))
                            .totalCount(page.totalCount()).build();
                })
                .register(DlcOperations.DELETE_RAY_HISTORY_SERVER, (e, caller, r) -> {
                    e.rayHistoryServers().deleteRayHistoryServer(caller, r);
                    return DeleteRayHistoryServerResponse.builder().build();
                })
                .register(DlcOperations.START_RAY_HISTORY_SERVER, (e, caller, r) -> {
                    e.rayHistoryServers().startRayHistoryServer(caller, r);
                    return StartRayHistoryServerResponse.builder().build();
                })
                .register(DlcOperations.STOP_RAY_HISTORY_SERVER, (e, caller, r) -> {
                    e.rayHistoryServers().stopRayHistoryServer(caller, r);
                    return StopRayHistoryServerResponse.builder().build();
                });
    }
}
