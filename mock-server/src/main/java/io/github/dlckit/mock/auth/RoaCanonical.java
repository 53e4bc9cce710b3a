package io.github.dlckit.mock.auth;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The string to sign of ROA {@code HMAC-SHA1} (signing.md §4), rebuilt by the server. */
final class RoaCanonical {

    private RoaCanonical() {
    }

    /**
     * @param request the request as received
     * @param query its decoded query pairs
     * @return method, accept, content-md5, content-type, date, the {@code x-acs-*} headers and the resource
     */
    static String stringToSign(SignedRequest request, List<Map.Entry<String, String>> query) {
        StringBuilder out = new StringBuilder(512).append(request.method()).append('\n');
        for (String fixed : new String[] {"accept", "content-md5", "content-type", "date"}) {
            String value = request.header(fixed);
            out.append(value == null ? "" : value).append('\n');
        }
        List<String> acsHeaders = new ArrayList<>();
        for (String name : request.headerNames()) {
            if (name.startsWith("x-acs-")) {
                acsHeaders.add(name);
            }
        }
        acsHeaders.sort(null);
        for (String name : acsHeaders) {
            out.append(name).append(':').append(request.header(name).strip()).append('\n');
        }
        out.append(request.rawPath());
        if (!query.isEmpty()) {
            List<Map.Entry<String, String>> sorted = new ArrayList<>(query);
            sorted.sort(QueryOrder.BY_KEY_THEN_VALUE);
            char separator = '?';
            for (Map.Entry<String, String> pair : sorted) {
                out.append(separator).append(pair.getKey());
                if (!pair.getValue().isEmpty()) {
                    out.append('=').append(pair.getValue());
                }
                separator = '&';
            }
        }
        return out.toString();
    }

    /** @return the Base64 HMAC-SHA1 of the string to sign */
    static String signature(String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(Digests.hmacSha1(secret, stringToSign));
    }
}
