package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** The control stub's response: the {@link ControlRoutes}. */
final class ControlTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "dlc-control";

    private final ControlRoutes routes;

    ControlTransformer(ControlRoutes routes) {
        this.routes = routes;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return WireMockGlue.definition(routes.handle(WireMockGlue.incoming(serveEvent.getRequest())));
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
