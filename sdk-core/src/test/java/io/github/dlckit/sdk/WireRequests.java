package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.sdk.auth.signer.SignableRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads what WireMock received the way a server must: raw path as sent, query decoded, headers lower-cased. */
final class WireRequests {

    /** Headers a signer adds; a verifier re-adds them itself. */
    static final Set<String> ADDED_BY_SIGNER = Set.of("authorization", "x-acs-date", "date", "x-acs-signature-nonce",
            "x-acs-content-sha256", "x-acs-signature-method", "x-acs-signature-version",
            "x-acs-credentials-provider", "x-acs-security-token", "x-acs-accesskey-id");

    static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

    private WireRequests() {
    }

    static String rawPath(LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    static String rawQuery(LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    /** Form-decodes the raw query: {@code +} is a space, {@code %XX} UTF-8 bytes. */
    static List<Map.Entry<String, String>> query(LoggedRequest request) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String part : rawQuery(request).split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            out.add(new AbstractMap.SimpleImmutableEntry<>(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : ""));
        }
        return out;
    }

    static String header(LoggedRequest request, String name) {
        return request.getHeader(name);
    }

    /** The request as a verifier rebuilds it before signing it again: without the signer's own headers. */
    static SignableRequest unsigned(LoggedRequest request) {
        SignableRequest out = new SignableRequest(request.getMethod().getName(), rawPath(request), query(request),
                request.getBody());
        for (HttpHeader h : request.getHeaders().all()) {
            String name = h.key().toLowerCase(Locale.ROOT);
            if (!ADDED_BY_SIGNER.contains(name)) {
                out.header(name, h.firstValue());
            }
        }
        // Jetty normalises "charset=utf-8" to "charset=UTF-8" when it parses the header; the client sent (and
        // signed) the vendor's lower-case spelling, as a raw capture shows.
        String contentType = out.headers().get("content-type");
        if (contentType != null && contentType.equalsIgnoreCase(JSON_CONTENT_TYPE)) {
            out.header("content-type", JSON_CONTENT_TYPE);
        }
        return out;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
