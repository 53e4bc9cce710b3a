package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.SignalView;
import io.github.dlckit.model.ListSignalsResponse;
import io.github.dlckit.model.operation.DlcOperations;

/** The signal operations, implemented by the engine's {@code SignalService}; {@link SignalView} renders them. */
final class SignalHandlers {

    private SignalHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_SIGNAL,
                        (e, caller, r) -> SignalView.created(e.signals().createSignal(caller, r)))
                .register(DlcOperations.GET_SIGNAL, (e, caller, r) -> SignalView.get(e.signals().getSignal(caller, r)))
                .register(DlcOperations.LIST_SIGNALS, (e, caller, r) -> {
                    var page = e.signals().listSignals(caller, r);
                    return ListSignalsResponse.builder().jobId(r.jobId()).signals(page.map(SignalView::item))
                            .totalCount(page.totalCount()).pageNumber(page.pageNumber()).pageSize(page.pageSize())
                            .build();
                });
    }
}
