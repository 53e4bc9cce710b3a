package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.github.dlckit.mock.fault.Faults;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * WireMock's Jetty with the adjustments the mock needs:
 * <ul>
 *   <li>the {@link RequestGate} in front of everything: 405 for methods outside the API, the body limit enforced
 *   while reading; deadlines for idle connections and slow bodies ({@link HttpSettings}), so slow clients cannot
 *   hold the worker threads;</li>
 *   <li>WireMock's admin API closed unless asked for;</li>
 *   <li>header values exactly as sent: Jetty's parser matches common headers against a cache case-insensitively
 *   and hands back the cached spelling ({@code application/json; charset=utf-8} arrives as {@code …charset=UTF-8}),
 *   which would break every signature that covers {@code content-type};</li>
 *   <li>a query string that is not form-encoding gets a JSON 400 before WireMock fails on it with a 500;</li>
 *   <li>a {@code Reset} fault resets the connection before the request is read;</li>
 *   <li>errors Jetty answers itself (an unparseable request line) have the vendor's JSON error shape too;</li>
 *   <li>DLC calls skip WireMock while it would add nothing to them ({@link WireMockSetup#shortcut()}).</li>
 * </ul>
 */
public final class DlcJetty implements HttpServerFactory {

    private final HttpSettings settings;
    private final Faults faults;
    private final Supplier<String> requestIds;
    private final Filter shortcut;

    /**
     * @param settings body limit, deadlines and whether the admin API is served
     * @param faults the faults whose {@code Reset}s happen here, before a request is read
     * @param requestIds M30: the seeded request ids of refusals made before the API
     */
    public DlcJetty(HttpSettings settings, Faults faults, Supplier<String> requestIds) {
        this(settings, faults, requestIds, null);
    }

    /**
     * @param settings body limit, deadlines and whether the admin API is served
     * @param faults the faults whose {@code Reset}s happen here, before a request is read
     * @param requestIds M30: the seeded request ids of refusals made before the API
     * @param shortcut the last filter before WireMock ({@link WireMockSetup#shortcut()}), or null
     */
    public DlcJetty(HttpSettings settings, Faults faults, Supplier<String> requestIds, Filter shortcut) {
        this.requestIds = requestIds;
        this.settings = settings;
        this.faults = faults;
        this.shortcut = shortcut;
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
                                      StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jettySettings,
                                                          NetworkTrafficListener listener) {
                ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
                for (ConnectionFactory factory : connector.getConnectionFactories()) {
                    if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                        http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
                        // No Jetty minimum data rate: Jetty measures it from the first body byte, so a small body read
                        // a few milliseconds late on a busy machine is refused with 408. RequestGate enforces the
                        // rate from the request's first second on instead.
                        http.getHttpConfiguration().setIdleTimeout(settings.idleTimeout().toMillis());
                    }
                }
                return connector;
            }

            @Override
            protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
                super.applyAdditionalServerConfiguration(jettyServer, options);
                jettyServer.setErrorHandler(new JettyErrors.JsonErrorHandler(requestIds));
            }

            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                // a Reset fault closes the connection before anything is read, so it comes first
                context.addFilter(new FilterHolder(new ConnectionResetFilter(faults)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                context.addFilter(new FilterHolder(new RequestGate(settings.maxBodyBytes(),
                        settings.minBodyBytesPerSecond(), requestIds)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                context.addFilter(new FilterHolder(new JettyErrors.QueryEncodingFilter(requestIds)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                if (shortcut != null) { // after the checks above, so both paths get the same limits
                    context.addFilter(new FilterHolder(shortcut), "/*", EnumSet.of(DispatcherType.REQUEST));
                }
            }

            @Override
            protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(new FilterHolder(settings.adminApi() ? new RequestGate(settings.maxBodyBytes(), settings.minBodyBytesPerSecond(), requestIds)
                        : new AdminApiOff(requestIds)), "/*", EnumSet.of(DispatcherType.REQUEST));
            }

            @Override
            protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
                context.setErrorHandler(new JettyErrors.JsonErrorHandler(requestIds));
            }
        };
    }

    @Override
    public String getName() {
        return "dlc-jetty";
    }
}
