package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Checks every request that reaches WireMock's stubs — the DLC API and any stub a user adds on top — for a valid
 * signature, before matching. The control API ({@value ControlRoutes#PREFIX}) and the web page
 * ({@value WebPage#PREFIX}) are unsigned and pass; WireMock's
 * admin API is not a stub route and never reaches this filter.
 */
final class SignatureFilter implements StubRequestFilterV2 {

    static final String NAME = "dlc-signature";

    private final ApiDispatcher dispatcher;

    SignatureFilter(ApiDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (WireMockSetup.isControlPath(request.getUrl()) || WebPage.isPagePath(request.getUrl())) {
            return RequestFilterAction.continueWith(request);
        }
        return dispatcher.authenticate(WireMockGlue.incoming(request))
                .map(reply -> RequestFilterAction.stopWith(WireMockGlue.definition(reply)))
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    @Override
    public String getName() {
        return NAME;
    }
}
