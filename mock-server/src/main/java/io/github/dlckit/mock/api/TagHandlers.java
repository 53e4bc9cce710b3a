package io.github.dlckit.mock.api;

import io.github.dlckit.model.TagResourcesResponse;
import io.github.dlckit.model.UntagResourcesResponse;
import io.github.dlckit.model.operation.DlcOperations;

/** The tag operations, implemented by the engine's {@code TagService}; their answers carry only the RequestId. */
final class TagHandlers {

    private TagHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.TAG_RESOURCES, (e, caller, r) -> {
                    e.tags().tagResources(caller, r);
                    return TagResourcesResponse.builder().build();
                })
                .register(DlcOperations.UNTAG_RESOURCES, (e, caller, r) -> {
                    e.tags().untagResources(caller, r);
                    return UntagResourcesResponse.builder().build();
                });
    }
}
