package io.github.dlckit.sdk.auth.signer;

import io.github.dlckit.sdk.auth.Credentials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code ACS3-HMAC-SHA256} ("V3"): HMAC-SHA256 over the SHA-256 of a canonical request made of the method,
 * the path as sent, the sorted RFC 3986 query, the signed headers ({@code host}, {@code content-type} and
 * every {@code x-acs-*}) and the body hash. See {@code reference/signing.md} §3.
 */
public final class Acs3HmacSha256Signer implements RequestSigner {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    static final String DATE = "x-acs-date";
    static final String CONTENT_SHA256 = "x-acs-content-sha256";

    private static final Comparator<Map.Entry<String, String>> BY_KEY_THEN_VALUE =
            Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

    /** The signed names of the last request, as found and sorted: the next request usually has the same ones. */
    private volatile SignedNames last = new SignedNames(new String[0], new String[0]);

    @Override
    public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.ACS3_HMAC_SHA256;
    }

    @Override
    public void sign(SignableRequest request, Credentials credentials, Instant timestamp, String nonce) {
        request.header(DATE, SigningTime.iso8601(timestamp));
        request.header(CONTENT_SHA256, Crypto.sha256Hex(request.body()));
        AcsHeaders.addIdentity(request, credentials, nonce);
        request.headers().remove(AcsHeaders.AUTHORIZATION);

        String[] signed = sortedSignedHeaders(request.headers());
        // One scratch builder, reused for each text in turn: only the authorization value becomes a String.
        StringBuilder text = ScratchText.take();
        byte[] canonicalHash = Crypto.sha256(appendCanonicalRequest(text, request, signed));
        text.setLength(0);
        byte[] signature = Crypto.hmacSha256(credentials.accessKeySecret(), appendStringToSign(text, canonicalHash));
        text.setLength(0);
        text.append(ALGORITHM).append(" Credential=").append(credentials.accessKeyId()).append(",SignedHeaders=");
        appendList(text, signed).append(",Signature=");
        request.header(AcsHeaders.AUTHORIZATION, Crypto.appendHex(text, signature).toString());
    }

    /**
     * The canonical request of an already signed request (for tests and debugging).
     *
     * @param request a request carrying its signing headers
     * @return the canonical request text
     */
    public static String canonicalRequest(SignableRequest request) {
        return appendCanonicalRequest(new StringBuilder(512), request, signedHeaders(request.headers())).toString();
    }

    /**
     * The string to sign for a canonical request.
     *
     * @param canonicalRequest the canonical request text
     * @return {@code ACS3-HMAC-SHA256\n<hex sha256>}
     */
    public static String stringToSign(String canonicalRequest) {
        return appendStringToSign(new StringBuilder(), Crypto.sha256(canonicalRequest)).toString();
    }

    /** {@code ACS3-HMAC-SHA256\n<hex sha256 of the canonical request>}. */
    private static StringBuilder appendStringToSign(StringBuilder out, byte[] canonicalHash) {
        return Crypto.appendHex(out.append(ALGORITHM).append('\n'), canonicalHash);
    }

    private static StringBuilder appendCanonicalRequest(StringBuilder out, SignableRequest request, String[] signed) {
        Map<String, String> headers = request.headers();
        out.append(request.method()).append('\n')
                .append(request.rawPath().isEmpty() ? "/" : request.rawPath()).append('\n');
        appendCanonicalQuery(out, request.query()).append('\n');
        for (String name : signed) {
            out.append(name).append(':').append(headers.get(name).trim()).append('\n');
        }
        out.append('\n');
        return appendList(out, signed).append('\n').append(headers.get(CONTENT_SHA256));
    }

    /** §3.4: {@code host}, {@code content-type} and every {@code x-acs-*} header, names sorted (a few names: an array sort). */
    private static String[] signedHeaders(Map<String, String> headers) {
        String[] signed = signedNames(headers);
        Arrays.sort(signed);
        return signed;
    }

    /** The names {@link #signedHeaders} takes, in the map's order. */
    private static String[] signedNames(Map<String, String> headers) {
        String[] names = new String[headers.size()];
        int n = 0;
        for (String name : headers.keySet()) {
            if (name.equals("host") || name.equals("content-type") || name.startsWith(AcsHeaders.PREFIX)) {
                names[n++] = name;
            }
        }
        return n == names.length ? names : Arrays.copyOf(names, n);
    }

    /**
     * {@link #signedHeaders}, without sorting when the names are those of the last request in the same order (the
     * same constants: compared by reference). Every call of a client sends the same few header sets.
     */
    private String[] sortedSignedHeaders(Map<String, String> headers) {
        String[] found = signedNames(headers);
        SignedNames previous = last;
        if (sameNames(found, previous.found)) {
            return previous.sorted;
        }
        String[] sorted = found.clone();
        Arrays.sort(sorted);
        last = new SignedNames(found, sorted);
        return sorted;
    }

    private static boolean sameNames(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Names signed by one request, in its header order and sorted; never modified. */
    private static final class SignedNames {
        final String[] found;
        final String[] sorted;

        SignedNames(String[] found, String[] sorted) {
            this.found = found;
            this.sorted = sorted;
        }
    }

    /** The signed-header list: names joined with {@code ;}. */
    private static StringBuilder appendList(StringBuilder out, String[] names) {
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(names[i]);
        }
        return out;
    }

    /** §3.3: decoded pairs sorted by key, key and value RFC 3986-encoded, {@code Key=} for empty values. */
    private static StringBuilder appendCanonicalQuery(StringBuilder out, List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return out;
        }
        List<Map.Entry<String, String>> sorted = new ArrayList<>(query);
        sorted.sort(BY_KEY_THEN_VALUE);
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, String> pair = sorted.get(i);
            if (i > 0) {
                out.append('&');
            }
            out.append(Rfc3986.encode(pair.getKey())).append('=').append(Rfc3986.encode(pair.getValue()));
        }
        return out;
    }
}
