package io.github.dlckit.sdk.auth.signer;

import io.github.dlckit.sdk.auth.Credentials;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ACS3-HMAC-SHA256} ("V3"): HMAC-SHA256 over the SHA-256 of a canonical request made of the method,
 * the path as sent, the sorted RFC 3986 query, the signed headers ({@code host}, {@code content-type} and
 * every {@code x-acs-*}) and the body hash. See {@code reference/signing.md} §3.
 */
public final class Acs3HmacSha256Signer implements RequestSigner {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    static final String DATE = "x-acs-date";
    static final String CONTENT_SHA256 = "x-acs-content-sha256";

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final Comparator<Map.Entry<String, String>> BY_KEY_THEN_VALUE =
            Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

    @Override
    public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.ACS3_HMAC_SHA256;
    }

    @Override
    public void sign(SignableRequest request, Credentials credentials, Instant timestamp, String nonce) {
        request.header(DATE, ISO_SECONDS.format(timestamp));
        request.header(CONTENT_SHA256, Crypto.sha256Hex(request.body()));
        AcsHeaders.addIdentity(request, credentials, nonce);
        request.headers().remove(AcsHeaders.AUTHORIZATION);

        TreeMap<String, String> signed = signedHeaders(request.headers());
        String canonical = canonicalRequest(request, signed);
        String signature = Crypto.hex(Crypto.hmacSha256(credentials.accessKeySecret(), stringToSign(canonical)));
        request.header(AcsHeaders.AUTHORIZATION, ALGORITHM + " Credential=" + credentials.accessKeyId()
                + ",SignedHeaders=" + String.join(";", signed.keySet()) + ",Signature=" + signature);
    }

    /**
     * The canonical request of an already signed request (for tests and debugging).
     *
     * @param request a request carrying its signing headers
     * @return the canonical request text
     */
    public static String canonicalRequest(SignableRequest request) {
        return canonicalRequest(request, signedHeaders(request.headers()));
    }

    /**
     * The string to sign for a canonical request.
     *
     * @param canonicalRequest the canonical request text
     * @return {@code ACS3-HMAC-SHA256\n<hex sha256>}
     */
    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Crypto.sha256Hex(canonicalRequest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String canonicalRequest(SignableRequest request, TreeMap<String, String> signed) {
        StringBuilder out = new StringBuilder(256)
                .append(request.method()).append('\n')
                .append(request.rawPath().isEmpty() ? "/" : request.rawPath()).append('\n')
                .append(canonicalQuery(request.query())).append('\n');
        for (Map.Entry<String, String> h : signed.entrySet()) {
            out.append(h.getKey()).append(':').append(h.getValue().trim()).append('\n');
        }
        return out.append('\n').append(String.join(";", signed.keySet())).append('\n')
                .append(request.headers().get(CONTENT_SHA256)).toString();
    }

    /** §3.4: {@code host}, {@code content-type} and every {@code x-acs-*} header, names sorted. */
    private static TreeMap<String, String> signedHeaders(Map<String, String> headers) {
        TreeMap<String, String> signed = new TreeMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey();
            if (name.equals("host") || name.equals("content-type") || name.startsWith(AcsHeaders.PREFIX)) {
                signed.put(name, h.getValue());
            }
        }
        return signed;
    }

    /** §3.3: decoded pairs sorted by key, key and value RFC 3986-encoded, {@code Key=} for empty values. */
    static String canonicalQuery(List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> sorted = new ArrayList<>(query);
        sorted.sort(BY_KEY_THEN_VALUE);
        StringBuilder out = new StringBuilder(query.size() * 24);
        for (Map.Entry<String, String> pair : sorted) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(Rfc3986.encode(pair.getKey())).append('=').append(Rfc3986.encode(pair.getValue()));
        }
        return out.toString();
    }
}
