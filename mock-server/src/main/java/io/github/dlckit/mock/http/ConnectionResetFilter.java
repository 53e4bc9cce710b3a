package io.github.dlckit.mock.http;

import io.github.dlckit.mock.auth.Authorization;
import io.github.dlckit.mock.fault.FaultMode;
import io.github.dlckit.mock.fault.Faults;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

import java.io.IOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out {@code Reset} faults: when a request's line and headers match one, the connection is reset (TCP RST:
 * linger 0, then close) before its body is read or anything is done — what a client sees when a network device
 * drops the connection. Runs before WireMock, so the call never reaches the API.
 */
final class ConnectionResetFilter implements Filter {

    private static final Set<FaultMode> RESET = EnumSet.of(FaultMode.Reset);

    private final Faults faults;
    private final OperationRouter router = new OperationRouter();

    ConnectionResetFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!faults.isEmpty() && request instanceof HttpServletRequest http && matchesReset(http)) {
            reset(request);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean matchesReset(HttpServletRequest http) {
        Optional<OperationRouter.Match> match;
        try {
            match = router.route(http.getMethod(), http.getRequestURI());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return match.isPresent() && faults.take(match.get().operation().name(), keyId(http), RESET).isPresent();
    }

    private static String keyId(HttpServletRequest http) {
        String header = http.getHeader("Authorization");
        try {
            return header == null ? null : Authorization.parse(header).accessKeyId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void reset(ServletRequest request) throws IOException {
        EndPoint endPoint = Request.getBaseRequest(request).getHttpChannel().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            Socket socket = channel.socket();
            socket.setSoLinger(true, 0);
            socket.close();
        }
        endPoint.close();
    }
}
