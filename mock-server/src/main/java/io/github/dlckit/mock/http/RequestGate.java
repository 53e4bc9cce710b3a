package io.github.dlckit.mock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The first thing every request meets, before WireMock: methods outside the API get 405, and the body is read
 * here, at most {@code maxBodyBytes + 1} bytes of it — one byte over the limit is a 413 and the connection is
 * closed, so the rest is never read or kept. Neither refusal reaches WireMock's request journal.
 */
final class RequestGate implements Filter {

    /** The methods of the DLC and control APIs. */
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    /** A body may start slowly; the rate is judged once this much time has passed. */
    private static final long GRACE_NANOS = 1_000_000_000L;
    private static final byte[] NO_BODY = new byte[0];

    private final int maxBodyBytes;
    private final int minBytesPerSecond;
    private final Supplier<String> requestIds;

    RequestGate(int maxBodyBytes, int minBytesPerSecond, Supplier<String> requestIds) {
        this.requestIds = requestIds;
        this.maxBodyBytes = maxBodyBytes;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String host = String.valueOf(http.getHeader("host"));
        if (!METHODS.contains(http.getMethod())) {
            out.setHeader("Allow", "GET, POST, PUT, DELETE");
            JettyErrors.respond(out, ErrorReplies.error(405, "InvalidApi.MethodNotAllowed", "The method "
                    + http.getMethod() + " is not part of this API; it uses GET, POST, PUT and DELETE.",
                    requestIds.get(), host));
            return;
        }
        String type = String.valueOf(http.getContentType()).toLowerCase(java.util.Locale.ROOT);
        if (http.getContentLengthLong() != 0 && (type.startsWith("multipart/")
                || type.startsWith("application/x-www-form-urlencoded"))) {
            // WireMock would parse these itself (and fail on a malformed one); the API's bodies are JSON
            out.setHeader("Connection", "close");
            JettyErrors.respond(out, ErrorReplies.error(415, "UnsupportedMediaType", "The content type "
                    + abbreviate(type) + " is not accepted; request bodies of this API are application/json.",
                    requestIds.get(), host));
            return;
        }
        String charset = charsetOf(type);
        if (charset != null && !isKnownCharset(charset)) {
            // WireMock decodes bodies with the declared charset and fails with a 500 on one Java does not know
            out.setHeader("Connection", "close");
            JettyErrors.respond(out, ErrorReplies.error(415, "UnsupportedMediaType", "The content type names the "
                    + "charset " + abbreviate(charset) + ", which is unknown; send application/json; charset=utf-8.",
                    requestIds.get(), host));
            return;
        }
        long declared = http.getContentLengthLong();
        if (declared > maxBodyBytes) {
            tooLarge(out, declared + " bytes", host);
            return;
        }
        if (declared <= 0 && http.getHeader("transfer-encoding") == null) {
            chain.doFilter(new ReadBody(http, NO_BODY), response); // no body to read (a GET): no buffers either
            return;
        }
        byte[] body = readAtMost(http.getInputStream(), maxBodyBytes + 1);
        if (body == null) {
            out.setHeader("Connection", "close");
            JettyErrors.respond(out, ErrorReplies.error(408, "RequestTimeout", "The request body arrived slower than "
                    + minBytesPerSecond + " bytes per second (see --min-body-rate).", requestIds.get(), host));
            return;
        }
        if (body.length > maxBodyBytes) {
            tooLarge(out, "more than " + maxBodyBytes + " bytes", host);
            return;
        }
        chain.doFilter(new ReadBody(http, body), response);
    }

    /** @return the charset parameter of a content type, or null */
    private static String charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.startsWith("charset=")) {
                return trimmed.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static boolean isKnownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }

    private void tooLarge(HttpServletResponse out, String size, String host) throws IOException {
        out.setHeader("Connection", "close"); // the rest of the body is not read
        JettyErrors.respond(out, ErrorReplies.error(413, "EntityTooLarge", "The request body has " + size
                + "; the limit is " + maxBodyBytes + " bytes (raise it with --max-body-bytes).",
                requestIds.get(), host));
    }

    /** @return at most {@code max} bytes of the body, or null when it comes slower than the minimum rate */
    private byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] chunk = new byte[8192];
        long start = System.nanoTime();
        int n;
        while (buffer.size() < max && (n = in.read(chunk, 0, Math.min(chunk.length, max - buffer.size()))) >= 0) {
            buffer.write(chunk, 0, n);
            long elapsed = System.nanoTime() - start;
            if (minBytesPerSecond > 0 && elapsed > GRACE_NANOS
                    && buffer.size() < minBytesPerSecond * (elapsed / 1e9)) {
                return null; // a slow upload holds a worker thread: let it go
            }
        }
        return buffer.toByteArray();
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
