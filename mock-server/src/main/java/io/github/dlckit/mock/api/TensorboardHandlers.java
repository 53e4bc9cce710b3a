package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.TensorboardView;
import io.github.dlckit.mock.engine.tensorboard.TensorboardInstance;
import io.github.dlckit.model.CreateTensorboardResponse;
import io.github.dlckit.model.DeleteTensorboardResponse;
import io.github.dlckit.model.GetTensorboardSharedUrlResponse;
import io.github.dlckit.model.ListTensorboardsResponse;
import io.github.dlckit.model.StartTensorboardResponse;
import io.github.dlckit.model.StopTensorboardResponse;
import io.github.dlckit.model.UpdateTensorboardResponse;
import io.github.dlckit.model.operation.DlcOperations;

/**
 * The TensorBoard operations, implemented by the engine's {@code TensorboardService}; {@link TensorboardView}
 * renders the TensorBoards.
 */
final class TensorboardHandlers {

    private TensorboardHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_TENSORBOARD, (e, caller, r) -> {
                    TensorboardInstance tb = e.tensorboards().createTensorboard(caller, r);
                    return CreateTensorboardResponse.builder().tensorboardId(tb.id()).jobId(tb.jobId())
                            .dataSourceId(r.dataSourceId()).build();
                })
                .register(DlcOperations.GET_TENSORBOARD, (e, caller, r) ->
                        TensorboardView.get(e.tensorboards().getTensorboard(caller, r), e.clock().now()))
                .register(DlcOperations.LIST_TENSORBOARDS, (e, caller, r) -> {
                    var page = e.tensorboards().listTensorboards(caller, r);
                    return ListTensorboardsResponse.builder()
                            .tensorboards(page.map(tb -> TensorboardView.item(tb, e.clock().now())))
                            .totalCount(page.totalCount()).build();
                })
                .register(DlcOperations.UPDATE_TENSORBOARD, (e, caller, r) -> UpdateTensorboardResponse.builder()
                        .tensorboardId(e.tensorboards().updateTensorboard(caller, r).id()).build())
                .register(DlcOperations.DELETE_TENSORBOARD, (e, caller, r) -> DeleteTensorboardResponse.builder()
                        .tensorboardId(e.tensorboards().deleteTensorboard(caller, r).id()).build())
                .register(DlcOperations.START_TENSORBOARD, (e, caller, r) -> StartTensorboardResponse.builder()
                        .tensorboardId(e.tensorboards().startTensorboard(caller, r).id()).build())
                .register(DlcOperations.STOP_TENSORBOARD, (e, caller, r) -> StopTensorboardResponse.builder()
                        .tensorboardId(e.tensorboards().stopTensorboard(caller, r).id()).build())
                .register(DlcOperations.GET_TENSORBOARD_SHARED_URL, (e, caller, r) ->
                        GetTensorboardSharedUrlResponse.builder()
                                .tensorboardSharedUrl(e.tensorboards().getTensorboardSharedUrl(caller, r)).build());
    }
}
