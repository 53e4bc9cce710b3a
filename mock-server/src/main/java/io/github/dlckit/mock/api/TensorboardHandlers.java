package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/** The TensorBoard operations, implemented by the engine's {@code TensorboardService}. */
final class TensorboardHandlers {

    private TensorboardHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_TENSORBOARD, (e, caller, r) -> e.tensorboards().createTensorboard(caller, r))
                .register(DlcOperations.GET_TENSORBOARD, (e, caller, r) -> e.tensorboards().getTensorboard(caller, r))
                .register(DlcOperations.LIST_TENSORBOARDS, (e, caller, r) -> e.tensorboards().listTensorboards(caller, r))
                .register(DlcOperations.UPDATE_TENSORBOARD, (e, caller, r) -> e.tensorboards().updateTensorboard(caller, r))
                .register(DlcOperations.DELETE_TENSORBOARD, (e, caller, r) -> e.tensorboards().deleteTensorboard(caller, r))
                .register(DlcOperations.START_TENSORBOARD, (e, caller, r) -> e.tensorboards().startTensorboard(caller, r))
                .register(DlcOperations.STOP_TENSORBOARD, (e, caller, r) -> e.tensorboards().stopTensorboard(caller, r))
                .register(DlcOperations.GET_TENSORBOARD_SHARED_URL,
                        (e, caller, r) -> e.tensorboards().getTensorboardSharedUrl(caller, r));
    }
}
