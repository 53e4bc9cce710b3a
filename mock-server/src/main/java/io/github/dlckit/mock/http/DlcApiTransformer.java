package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** The catch-all stub's response: the DLC API, served by the {@link ApiDispatcher}. */
final class DlcApiTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "dlc-api";

    private final ApiDispatcher dispatcher;

    DlcApiTransformer(ApiDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return WireMockGlue.definition(dispatcher.serve(WireMockGlue.incoming(serveEvent.getRequest())));
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
