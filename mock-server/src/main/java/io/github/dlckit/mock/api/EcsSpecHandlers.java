package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/** ListEcsSpecs, served from the spot market's pools. */
final class EcsSpecHandlers {

    private EcsSpecHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.LIST_ECS_SPECS, (engine, caller, r) -> engine.ecsSpecs().list(r));
    }
}
