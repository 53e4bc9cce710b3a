package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import jakarta.servlet.Filter;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Puts the mock into a WireMock server: the signature filter, and three stub mappings — the control API and the web
 * page at the highest priority, the DLC API as a catch-all at a very low one — so stubs a user adds with WireMock's
 * default priority sit on top of the DLC API (a 503 on GetJob, a dropped connection) without hiding the control API.
 * When a user resets WireMock's stubs, the mappings come back. While WireMock holds nothing but these mappings and
 * keeps no request journal, DLC calls skip it altogether ({@link #shortcut()}).
 */
public final class WireMockSetup implements StubLifecycleListener {

    /** The control API's mapping wins over every user stub of default priority (5). */
    public static final int CONTROL_PRIORITY = 1;
    /** The DLC API answers whatever no other stub does. */
    public static final int API_PRIORITY = 10_000;

    private static final UUID CONTROL_ID = UUID.fromString("6d6f636b-0000-4000-8000-00000000c7a1");
    private static final UUID API_ID = UUID.fromString("6d6f636b-0000-4000-8000-0000000000a9");
    private static final UUID PAGE_ID = UUID.fromString("6d6f636b-0000-4000-8000-00000000a6e1");
    private static final Set<UUID> OWN_IDS = Set.of(CONTROL_ID, API_ID, PAGE_ID);

    private final ApiDispatcher dispatcher;
    private final ControlRoutes controlRoutes;
    private final WebPage webPage;
    private volatile WireMockServer server;
    /** Whether WireMock holds exactly the three mappings above; false until installed. */
    private volatile boolean onlyOwnMappings;
    private volatile boolean journalOff;
    /** A user edited one of the three mappings: WireMock may answer differently, until its stubs are reset. */
    private volatile boolean ownMappingEdited;

    /**
     * @param dispatcher serves the DLC API
     * @param controlRoutes serve the control API
     */
    public WireMockSetup(ApiDispatcher dispatcher, ControlRoutes controlRoutes) {
        this(dispatcher, controlRoutes, new WebPage(true, controlRoutes::describe, dispatcher::newRequestId));
    }

    /**
     * @param dispatcher serves the DLC API
     * @param controlRoutes serve the control API
     * @param webPage serves the web page under {@value WebPage#PREFIX} (or says it is off)
     */
    public WireMockSetup(ApiDispatcher dispatcher, ControlRoutes controlRoutes, WebPage webPage) {
        this.dispatcher = dispatcher;
        this.controlRoutes = controlRoutes;
        this.webPage = webPage;
    }

    /**
     * The WireMock options every mock shares: no gzip (answers are small), no stub files, one acceptor, the worker
     * threads and idle timeout of the settings, and a request journal bounded by bytes (or none).
     *
     * @param http the settings
     * @return options to add the address, server factory and extensions to
     */
    public static WireMockConfiguration options(HttpSettings http) {
        WireMockConfiguration options = WireMockConfiguration.options()
                .gzipDisabled(true)
                .mappingSource(new NoMappingFiles())
                .jettyAcceptors(1) // one accepting thread serves a local mock; more only warn on small machines
                .containerThreads(http.threads())
                .jettyIdleTimeout(http.idleTimeout().toMillis())
                .maxLoggedResponseSize(BoundedJournal.BODY_BYTES_KEPT);
        if (http.journalBytes() == 0) {
            return options.disableRequestJournal();
        }
        BoundedJournal journal = new BoundedJournal(http.journalBytes());
        return options.withStores(new DefaultStores(options.filesRoot()) {
            @Override
            public RequestJournalStore getRequestJournalStore() {
                return journal;
            }
        });
    }

    /** @return the extensions to hand to the WireMock configuration */
    public Extension[] extensions() {
        return new Extension[] {new SignatureFilter(dispatcher), new ReplyTransformer(ReplyTransformer.API,
                dispatcher::serve), new ReplyTransformer(ReplyTransformer.CONTROL, controlRoutes::handle), webPage, this};
    }

    /**
     * Adds the mappings to a started server built with {@link #extensions()}.
     *
     * @param wireMock the server
     */
    public void install(WireMockServer wireMock) {
        this.server = wireMock;
        this.journalOff = wireMock.getOptions().requestJournalDisabled();
        addMappings(wireMock);
        mappingsChanged();
    }

    /**
     * @return the filter that serves DLC calls without WireMock while WireMock would add nothing to them: no user
     *         stub, no request journal, no global delay (to place in front of WireMock's servlet)
     */
    public Filter shortcut() {
        return new ApiShortcut(dispatcher, this::wireMockAddsNothing);
    }

    private boolean wireMockAddsNothing() {
        WireMockServer wireMock = server;
        if (!onlyOwnMappings || !journalOff || wireMock == null) {
            return false;
        }
        GlobalSettings global = wireMock.getGlobalSettings().getSettings();
        return global.getFixedDelay() == null && global.getDelayDistribution() == null;
    }

    /** Called after every change of WireMock's mappings: is there anything besides the mock's own? */
    private void mappingsChanged() {
        WireMockServer wireMock = server;
        onlyOwnMappings = wireMock != null && !ownMappingEdited && wireMock.getStubMappings().stream()
                .map(StubMapping::getId).collect(Collectors.toSet()).equals(OWN_IDS);
    }

    @Override
    public void afterStubCreated(StubMapping stub) {
        mappingsChanged();
    }

    @Override
    public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
        ownMappingEdited |= OWN_IDS.contains(newStub.getId());
        mappingsChanged();
    }

    @Override
    public void afterStubRemoved(StubMapping stub) {
        mappingsChanged();
    }

    /** @return whether a request URL belongs to the (unsigned) control API */
    static boolean isControlPath(String url) {
        return url.startsWith(ControlRoutes.PREFIX + "/") || url.equals(ControlRoutes.PREFIX)
                || url.startsWith(ControlRoutes.PREFIX + "?");
    }

    @Override
    public void afterStubsReset() {
        WireMockServer wireMock = server;
        ownMappingEdited = false;
        if (wireMock != null) {
            addMappings(wireMock);
        }
        mappingsChanged();
    }

    @Override
    public String getName() {
        return "dlc-mappings";
    }

    private static void addMappings(WireMockServer wireMock) {
        for (StubMapping mapping : List.of(
                any(urlPathMatching(ControlRoutes.PREFIX + "(/.*)?")).withId(CONTROL_ID).atPriority(CONTROL_PRIORITY)
                        .willReturn(aResponse().withTransformers(ReplyTransformer.CONTROL)).build(),
                any(urlPathMatching(WebPage.PREFIX + "(/.*)?")).withId(PAGE_ID).atPriority(CONTROL_PRIORITY)
                        .willReturn(aResponse().withTransformers(WebPage.NAME)).build(),
                any(anyUrl()).withId(API_ID).atPriority(API_PRIORITY)
                        .willReturn(aResponse().withTransformers(ReplyTransformer.API)).build())) {
            mapping.setPersistent(false);
            wireMock.addStubMapping(mapping);
        }
    }
}
