package io.github.dlckit.mock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Serves DLC API calls straight from the servlet filter chain — signature check, then the {@link ApiDispatcher} —
 * whenever WireMock would add nothing to them: no stub mapping besides the mock's own, no request journal to record
 * into, no global delay. WireMock's request model, stub matching and response rendering cost several times what the
 * mock's own work does (issue #17). Otherwise the call goes on to WireMock as before, so a user's stub still wins
 * and the journal still sees every call. Runs after the {@link RequestGate}: the same limits hold on both paths.
 */
final class ApiShortcut implements Filter {

    private final ApiDispatcher dispatcher;
    private final BooleanSupplier wireMockAddsNothing;

    /**
     * @param dispatcher serves the DLC API
     * @param wireMockAddsNothing whether WireMock would answer every DLC call exactly as the dispatcher does
     */
    ApiShortcut(ApiDispatcher dispatcher, BooleanSupplier wireMockAddsNothing) {
        this.dispatcher = dispatcher;
        this.wireMockAddsNothing = wireMockAddsNothing;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI();
        if (!wireMockAddsNothing.getAsBoolean() || WireMockSetup.isControlPath(path) || WebPage.isPagePath(path)) {
            chain.doFilter(request, response);
            return;
        }
        IncomingRequest incoming = incoming(http);
        ApiReply reply = dispatcher.authenticate(incoming).orElseGet(() -> dispatcher.serve(incoming));
        if (reply == ApiReply.NO_ANSWER) {
            closeWithoutAnswer(request);
            return;
        }
        JettyErrors.respond((HttpServletResponse) response, reply);
    }

    /** The request as the mock reads it, as {@link WireMockGlue#incoming} makes it from WireMock's request. */
    private static IncomingRequest incoming(HttpServletRequest http) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (Enumeration<String> names = http.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), http.getHeader(name));
        }
        String query = http.getQueryString();
        return IncomingRequest.of(http.getMethod(), query == null ? http.getRequestURI()
                : http.getRequestURI() + "?" + query, headers, http.getInputStream().readAllBytes());
    }

    /** A {@code ResponseLost} fault: the connection closes with nothing written, as WireMock's empty response. */
    private static void closeWithoutAnswer(ServletRequest request) throws IOException {
        EndPoint endPoint = Request.getBaseRequest(request).getHttpChannel().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            channel.close();
        }
        endPoint.close();
    }
}
