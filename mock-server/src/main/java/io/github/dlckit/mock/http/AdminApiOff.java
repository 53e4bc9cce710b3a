package io.github.dlckit.mock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Closes WireMock's admin API ({@code /__admin}) on the HTTP port: it is unsigned, shows every request with its
 * headers and can put stubs in front of signed calls. Embedded users keep it in-process through
 * {@code DlcMockServer.wireMock()}; the standalone mock serves it only with {@code --admin}.
 */
final class AdminApiOff implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        JettyErrors.respond((HttpServletResponse) response, ErrorReplies.error(404, "InvalidApi.NotFound",
                "Specified api is not found: WireMock's admin API is off (start the mock with --admin to serve it).",
                JettyErrors.newRequestId(), String.valueOf(http.getHeader("host"))));
    }
}
