package io.github.dlckit.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local server answering every request with the same realistic ~2 KB GetJob body: the JDK's HttpServer
 * (run with {@code sun.net.httpserver.nodelay=true}, else Nagle delays each answer by ~40 ms).
 */
final class GetJobServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private GetJobServer(byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.getResponseHeaders().add("x-acs-request-id", "7B1C5D2E-BENCH");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    static GetJobServer start() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (InputStream in = GetJobServer.class.getResourceAsStream("/getjob-response.json")) {
            if (in == null) {
                throw new IllegalStateException("getjob-response.json missing from the benchmark jar");
            }
            return new GetJobServer(in.readAllBytes());
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    static int bodySize() {
        try (InputStream in = GetJobServer.class.getResourceAsStream("/getjob-response.json")) {
            return in.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
