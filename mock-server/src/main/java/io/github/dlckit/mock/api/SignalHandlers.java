package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/** The signal operations, implemented by the engine's {@code SignalService}. */
final class SignalHandlers {

    private SignalHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_SIGNAL, (e, caller, r) -> e.signals().createSignal(caller, r))
                .register(DlcOperations.GET_SIGNAL, (e, caller, r) -> e.signals().getSignal(caller, r))
                .register(DlcOperations.LIST_SIGNALS, (e, caller, r) -> e.signals().listSignals(caller, r));
    }
}
