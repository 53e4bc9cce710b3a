package io.github.dlckit.sdk.auth.signer;

import io.github.dlckit.sdk.auth.Credentials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ROA {@code HMAC-SHA1} ("v2"): HMAC-SHA1, Base64, over the method, {@code accept}, {@code content-md5},
 * {@code content-type}, {@code date}, the sorted {@code x-acs-*} headers and the resource (the path as sent plus
 * the sorted, decoded query). The body is not covered. See {@code reference/signing.md} §4.
 */
public final class RoaHmacSha1Signer implements RequestSigner {

    static final String DATE = "date";
    static final String SIGNATURE_METHOD = "x-acs-signature-method";
    static final String SIGNATURE_VERSION = "x-acs-signature-version";

    @Override
    public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.ROA_HMAC_SHA1;
    }

    @Override
    public void sign(SignableRequest request, Credentials credentials, Instant timestamp, String nonce) {
        request.header(DATE, SigningTime.rfc1123(timestamp));
        request.header(SIGNATURE_METHOD, "HMAC-SHA1");
        request.header(SIGNATURE_VERSION, "1.0");
        AcsHeaders.addIdentity(request, credentials, nonce);
        request.headers().remove(AcsHeaders.AUTHORIZATION);

        String signature = Base64.getEncoder().encodeToString(
                Crypto.hmacSha1(credentials.accessKeySecret(), appendStringToSign(ScratchText.take(), request)));
        request.header(AcsHeaders.AUTHORIZATION, "acs " + credentials.accessKeyId() + ":" + signature);
    }

    /**
     * The string to sign of a request carrying its signing headers (for tests and debugging).
     *
     * @param request the request
     * @return the string to sign, without a final newline
     */
    public static String stringToSign(SignableRequest request) {
        return appendStringToSign(new StringBuilder(256), request).toString();
    }

    private static StringBuilder appendStringToSign(StringBuilder out, SignableRequest request) {
        Map<String, String> headers = request.headers();
        out.append(request.method()).append('\n');
        for (String fixed : new String[] {"accept", "content-md5", "content-type", DATE}) {
            String value = headers.get(fixed);
            out.append(value == null ? "" : value).append('\n');
        }
        TreeMap<String, String> acs = new TreeMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().startsWith(AcsHeaders.PREFIX)) {
                acs.put(h.getKey(), h.getValue().trim());
            }
        }
        for (Map.Entry<String, String> h : acs.entrySet()) {
            out.append(h.getKey()).append(':').append(h.getValue()).append('\n');
        }
        return out.append(canonicalResource(request.rawPath(), request.query()));
    }

    /** §4.3: the path as sent, then {@code ?} and the decoded pairs sorted by key, {@code k=v} or just {@code k}. */
    static String canonicalResource(String rawPath, List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return rawPath;
        }
        List<Map.Entry<String, String>> sorted = new ArrayList<>(query);
        sorted.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder out = new StringBuilder(rawPath).append('?');
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, String> pair = sorted.get(i);
            out.append(i == 0 ? "" : "&").append(pair.getKey());
            if (!pair.getValue().isEmpty()) {
                out.append('=').append(pair.getValue());
            }
        }
        return out.toString();
    }
}
