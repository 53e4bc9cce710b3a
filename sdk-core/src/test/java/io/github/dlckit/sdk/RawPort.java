package io.github.dlckit.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A port on 127.0.0.1 that misbehaves below HTTP: it resets every connection as the first bytes arrive (so the
 * client has written its request: resetting earlier races the client's write, and the request then provably was
 * not sent), or answers whatever arrives (a TLS handshake, say) the way a plain-http server does, with a
 * {@code 400}. Counts connections; no request ever gets through it.
 */
final class RawPort implements AutoCloseable {

    enum Mode { RESET, PLAIN_HTTP }

    private final ServerSocket socket;
    private final Mode mode;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    RawPort(Mode mode) throws IOException {
        this.mode = mode;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "raw-port-" + mode);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                connections.incrementAndGet();
                InputStream in = s.getInputStream();
                in.read(new byte[4096]);
                if (mode == Mode.RESET) {
                    s.setSoLinger(true, 0);
                } else {
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
                            + "Connection: close\r\n\r\nBad Request").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // closed, or the client went away: either way the next connection is served
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
