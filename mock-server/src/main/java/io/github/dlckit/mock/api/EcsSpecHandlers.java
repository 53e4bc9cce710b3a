package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.EcsSpecView;
import io.github.dlckit.model.ListEcsSpecsResponse;
import io.github.dlckit.model.operation.DlcOperations;

/** ListEcsSpecs, served from the spot market's pools; {@link EcsSpecView} renders them. */
final class EcsSpecHandlers {

    private EcsSpecHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.LIST_ECS_SPECS, (engine, caller, r) -> {
            var page = engine.ecsSpecs().list(r);
            return ListEcsSpecsResponse.builder().ecsSpecs(page.map(EcsSpecView::item)).totalCount(page.totalCount())
                    .build();
        });
    }
}
