package io.github.dlckit.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.dlckit.model.json.DlcJson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * The mock's web page under {@value #PREFIX}: a live view of the spot market, the jobs and the bills, steered
 * through the public control API only. Static files, unsigned, {@code GET} and {@code HEAD} only. When the page is
 * off ({@code --no-ui}), its paths answer 404 saying so.
 */
public final class WebPage implements ResponseDefinitionTransformerV2 {

    /** Where the page lives. */
    public static final String PREFIX = "/mock/ui";

    static final String NAME = "dlc-ui";

    /** The page reads which control routes exist here, so it never calls one that would answer 404. */
    private static final String ROUTES = "routes.json";

    private final boolean enabled;
    private final UiAssets assets;
    private final Supplier<List<String>> controlRoutes;
    private final Supplier<String> requestIds;

    /**
     * @param enabled whether the page is served
     * @param controlRoutes the control API's routes, e.g. {@code GET /mock/v1/clock}
     * @param requestIds M30: the seeded request ids of the page's refusals
     */
    public WebPage(boolean enabled, Supplier<List<String>> controlRoutes, Supplier<String> requestIds) {
        this.requestIds = requestIds;
        this.enabled = enabled;
        this.assets = enabled ? new UiAssets() : null;
        this.controlRoutes = controlRoutes;
    }

    /** @return whether a request URL belongs to the page (which, like the control API, is unsigned) */
    static boolean isPagePath(String url) {
        return url.equals(PREFIX) || url.startsWith(PREFIX + "/") || url.startsWith(PREFIX + "?");
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        IncomingRequest request = WireMockGlue.incoming(serveEvent.getRequest());
        String requestId = requestIds.get();
        String host = String.valueOf(request.header("host"));
        if (!enabled) {
            return WireMockGlue.definition(ErrorReplies.error(404, "InvalidApi.NotFound",
                    "The web page is off in this mock (started with --no-ui or webPage(false)).", requestId, host));
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return WireMockGlue.definition(ErrorReplies.error(405, "InvalidApi.MethodNotAllowed",
                    "The web page answers GET and HEAD only; got " + request.method() + ".", requestId, host));
        }
        if (request.rawPath().equals(PREFIX)) {
            return responseDefinition().withStatus(301).withHeader("Location", PREFIX + "/").build();
        }
        String path = request.rawPath().substring(PREFIX.length() + 1);
        Optional<UiAssets.Asset> asset = path.equals(ROUTES) ? Optional.of(routes()) : assets.find(path);
        if (asset.isEmpty()) {
            return WireMockGlue.definition(ErrorReplies.error(404, "InvalidApi.NotFound", "No file "
                    + request.rawPath() + " in the web page; it starts at " + PREFIX + "/.", requestId, host));
        }
        return responseDefinition().withStatus(200)
                .withHeader("Content-Type", asset.get().contentType())
                .withHeader("Cache-Control", "no-cache")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withBody(asset.get().bytes())
                .build();
    }

    private UiAssets.Asset routes() {
        try {
            return new UiAssets.Asset(ApiReply.CONTENT_TYPE,
                    DlcJson.mapper().writeValueAsBytes(Map.of("Routes", controlRoutes.get())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
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
