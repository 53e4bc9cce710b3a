package io.github.dlckit.mock.http;

import io.github.dlckit.mock.auth.PercentDecoding;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * Answers in the vendor's JSON error shape where Jetty or WireMock would answer before the mock sees a request:
 * a request line Jetty cannot parse, and a query string WireMock cannot decode (it would fail with a 500).
 */
final class JettyErrors {

    private JettyErrors() {
    }

    /** Jetty's own error pages (bad request lines, failures outside the mock) as JSON error bodies. */
    static final class JsonErrorHandler extends ErrorHandler {

        private final Supplier<String> requestIds;

        JsonErrorHandler(Supplier<String> requestIds) {
            this.requestIds = requestIds;
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message)
                throws IOException {
            respond(response, reply(code, message, request.getHeader("host"), requestIds.get()));
            baseRequest.setHandled(true);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            ApiReply reply = reply(status, reason, null, requestIds.get());
            fields.put(HttpHeader.CONTENT_TYPE, ApiReply.CONTENT_TYPE);
            reply.headers().forEach(fields::put);
            return ByteBuffer.wrap(reply.body());
        }
    }

    /** Refuses a query string that is not form-encoding before WireMock tries (and fails) to decode it. */
    static final class QueryEncodingFilter implements Filter {

        private final Supplier<String> requestIds;

        QueryEncodingFilter(Supplier<String> requestIds) {
            this.requestIds = requestIds;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            try {
                PercentDecoding.decodeQuery(http.getQueryString());
            } catch (IllegalArgumentException e) {
                respond((HttpServletResponse) response, ErrorReplies.error(400, "InvalidParameter",
                        "Query: not form-encoded: " + e.getMessage(), requestIds.get(), String.valueOf(http.getHeader("host"))));
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static ApiReply reply(int status, String reason, String host, String requestId) {
        String code = switch (status) {
            case 400 -> "InvalidParameter";
            case 404 -> "InvalidApi.NotFound";
            case 413 -> "EntityTooLarge";
            case 414 -> "InvalidParameter.UriTooLong";
            case 431 -> "InvalidParameter.HeadersTooLarge";
            case 500 -> ErrorReplies.INTERNAL_ERROR;
            default -> "Http" + status;
        };
        String hint = status == 400 ? " (check the request line: method, path and its percent-encoding)" : "";
        return ErrorReplies.error(status, code, "The request was refused before it reached the API: "
                + (reason == null ? "HTTP " + status : reason) + hint + ".", requestId, host == null ? "dlc-mock" : host);
    }

    static void respond(HttpServletResponse response, ApiReply reply) throws IOException {
        response.setStatus(reply.status());
        response.setContentType(ApiReply.CONTENT_TYPE);
        reply.headers().forEach(response::setHeader);
        response.setContentLength(reply.body().length);
        response.getOutputStream().write(reply.body());
    }

}
