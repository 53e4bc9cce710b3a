package io.github.dlckit.mock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Closes WireMock's admin API ({@code /__admin}) on the HTTP port: it is unsigned, shows every request with its
 * headers and can put stubs in front of signed calls. Embedded users keep it in-process through
 * {@code DlcMockServer.wireMock()}; the standalone mock serves it only with {@code --admin}.
 */
final class AdminApiOff implements Filter {

    private final Supplier<String> requestIds;

    /** @param requestIds M30: the seeded request ids of the refusal */
    AdminApiOff(Supplier<String> requestIds) {
        this.requestIds = requestIds;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        JettyErrors.respond((HttpServletResponse) response, ErrorReplies.error(404, "InvalidApi.NotFound",
                "Specified api is not found: WireMock's admin API is off (start the mock with --admin to serve it).",
                requestIds.get(), String.valueOf(http.getHeader("host"))));
    }
}
