package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.function.Function;

/**
 * The response of one of the mock's stub mappings, computed by the mock: the DLC API ({@value #API}, served by the
 * {@link ApiDispatcher}) or the control API ({@value #CONTROL}, served by the {@link ControlRoutes}). Applied only
 * to the mappings that name it.
 */
final class ReplyTransformer implements ResponseDefinitionTransformerV2 {

    static final String API = "dlc-api";
    static final String CONTROL = "dlc-control";

    private final String name;
    private final Function<IncomingRequest, ApiReply> serve;

    ReplyTransformer(String name, Function<IncomingRequest, ApiReply> serve) {
        this.name = name;
        this.serve = serve;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return WireMockGlue.definition(serve.apply(WireMockGlue.incoming(serveEvent.getRequest())));
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return name;
    }
}
