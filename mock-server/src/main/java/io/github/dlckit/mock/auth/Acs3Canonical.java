package io.github.dlckit.mock.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The canonical request and string to sign of {@code ACS3-HMAC-SHA256} (signing.md §3), rebuilt by the server. */
final class Acs3Canonical {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private Acs3Canonical() {
    }

    /**
     * @param request the request as received
     * @param query its decoded query pairs
     * @param signedHeaders the signed header names, lower case and sorted, all present in the request
     * @param payloadHash the SHA-256 of the body as the client declared it
     * @return the canonical request text
     */
    static String canonicalRequest(SignedRequest request, List<Map.Entry<String, String>> query,
                                   List<String> signedHeaders, String payloadHash) {
        StringBuilder out = new StringBuilder(512)
                .append(request.method()).append('\n')
                .append(request.rawPath().isEmpty() ? "/" : request.rawPath()).append('\n')
                .append(canonicalQuery(query)).append('\n');
        for (String name : signedHeaders) {
            out.append(name).append(':').append(request.header(name).strip()).append('\n');
        }
        return out.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash).toString();
    }

    /** @return {@code ACS3-HMAC-SHA256\n<hex SHA-256 of the canonical request>} */
    static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the lower-case hex HMAC-SHA256 of the string to sign */
    static String signature(String secret, String stringToSign) {
        return Digests.hex(Digests.hmacSha256(secret, stringToSign));
    }

    private static String canonicalQuery(List<Map.Entry<String, String>> query) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(query);
        sorted.sort(QueryOrder.BY_KEY_THEN_VALUE);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> pair : sorted) {
            if (out.length() > 0) {
                out.append('&');
            }
            rfc3986(pair.getKey(), out);
            out.append('=');
            rfc3986(pair.getValue(), out);
        }
        return out.toString();
    }

    /** Percent-encodes all but {@code A-Z a-z 0-9 - _ . ~}, with upper-case hex over UTF-8 bytes. */
    private static void rfc3986(String text, StringBuilder out) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }
}
