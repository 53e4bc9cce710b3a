package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.Acs3HmacSha256Signer;
import io.github.dlckit.sdk.auth.signer.SignableRequest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what WireMock received: decoded query or form pairs, and an independent check of a V3 signature. */
final class StsRequests {

    private static final Pattern AUTHORIZATION =
            Pattern.compile("ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})");

    private StsRequests() {
    }

    /** @return decoded {@code a=b&c=d} pairs in order */
    static Map<String, String> pairs(String encoded) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            pairs.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return pairs;
    }

    static Map<String, String> query(LoggedRequest request) {
        return pairs(URI.create(request.getUrl()).getRawQuery());
    }

    /**
     * Re-signs the received request with {@code secret} from its own date, nonce and signed headers, and returns
     * the Authorization that yields; equal to the received one exactly when the signature verifies.
     */
    static String resign(LoggedRequest request, String secret, String sessionToken) {
        Matcher m = AUTHORIZATION.matcher(request.getHeader("Authorization"));
        if (!m.matches()) {
            throw new AssertionError("not a V3 authorization: " + request.getHeader("Authorization"));
        }
        List<Map.Entry<String, String>> query = new ArrayList<>();
        query(request).forEach((k, v) -> query.add(new AbstractMap.SimpleEntry<>(k, v)));
        SignableRequest rebuilt = new SignableRequest(request.getMethod().getName(),
                URI.create(request.getUrl()).getRawPath(), query, request.getBody());
        for (String name : m.group(2).split(";")) {
            rebuilt.header(name, request.getHeader(name));
        }
        Credentials credentials = Credentials.from(m.group(1), secret, sessionToken, null,
                request.getHeader("x-acs-credentials-provider"));
        new Acs3HmacSha256Signer().sign(rebuilt, credentials, Instant.parse(request.getHeader("x-acs-date")),
                request.getHeader("x-acs-signature-nonce"));
        return rebuilt.headers().get("authorization");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
