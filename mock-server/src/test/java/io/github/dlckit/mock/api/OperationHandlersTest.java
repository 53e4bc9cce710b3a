package io.github.dlckit.mock.api;

import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineConfig;
import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.CreateTensorboardResponse;
import io.github.dlckit.model.GetTensorboardRequest;
import io.github.dlckit.model.GetTensorboardResponse;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The handler registry covers the catalogue. */
class OperationHandlersTest {

    @Test
    void everyOperationOfTheCatalogueHasAHandler() {
        assertThat(OperationHandlers.standard().missing()).isEmpty();
    }

    @Test
    void aRegisteredHandlerRunsTheEngineOperation() {
        OperationHandlers handlers = OperationHandlers.standard();
        DlcEngine engine = new DlcEngine(EngineConfig.defaults(EngineFixture.T0));

        CreateTensorboardResponse created = engine.execute(c -> handlers.find(DlcOperations.CREATE_TENSORBOARD)
                .orElseThrow().handle(c, EngineFixture.ALICE, CreateTensorboardRequest.builder().summaryPath("/s/")
                        .build()));
        GetTensorboardResponse read = engine.execute(c -> handlers.find(DlcOperations.GET_TENSORBOARD).orElseThrow()
                .handle(c, EngineFixture.ALICE, GetTensorboardRequest.of(created.tensorboardId().orElseThrow())));

        assertThat(read.status()).contains("Creating");
        assertThat(read.requestId()).as("the HTTP layer adds it").isEmpty();
    }
}
