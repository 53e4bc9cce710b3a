package io.github.dlckit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.http.IncomingRequest;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One request to a mock, signed the way the vendor's clients sign it, with the SDK's signers (an implementation
 * independent of the mock's verifier). Query values are form-encoded as the vendor's HTTP layer does. Tests can
 * bend any part (action, version, raw query, headers after signing) to produce bad input that still passes auth.
 */
public final class SignedCall {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private String method = "GET";
    private String rawPath = "/";
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private String rawQueryOverride;
    private byte[] body = new byte[0];
    private String action;
    private String version = "2020-12-03";
    private Credentials credentials = Credentials.of("testid", "testsecret");
    private SignatureAlgorithm algorithm = SignatureAlgorithm.ACS3_HMAC_SHA256;
    private Instant signedAt;
    private String nonce;
    private boolean socket;
    private boolean chunkedWhenEmpty;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private Consumer<Map<String, String>> afterSigning = headers -> {
    };

    private SignedCall(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A call to a mock; the key defaults to testid:testsecret, the scheme to V3. */
    public static SignedCall to(DlcMockServer mock) {
        return new SignedCall(mock.baseUrl()).key(mock.accessKeyId(), mock.accessKeySecret());
    }

    /** A call to a base URL. */
    public static SignedCall to(String baseUrl) {
        return new SignedCall(baseUrl);
    }

    /** Method, raw (already encoded) path and the action header. */
    public SignedCall op(String action, String method, String rawPath) {
        this.action = action;
        this.method = method;
        this.rawPath = rawPath;
        return this;
    }

    /** Adds a query pair (decoded; form-encoded on the wire). */
    public SignedCall query(String key, String value) {
        query.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        return this;
    }

    /** Sends this raw query text instead of encoding the pairs (the pairs are still what gets signed). */
    public SignedCall rawQuery(String rawQuery) {
        this.rawQueryOverride = rawQuery;
        return this;
    }

    /** A JSON body. */
    public SignedCall body(String json) {
        return body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A body of bytes (sent with a JSON content type). */
    public SignedCall body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** The x-acs-version header. */
    public SignedCall version(String version) {
        this.version = version;
        return this;
    }

    /** Sign with this long-lived key. */
    public SignedCall key(String id, String secret) {
        this.credentials = Credentials.of(id, secret);
        return this;
    }

    /** Sign with these credentials (e.g. STS). */
    public SignedCall credentials(Credentials credentials) {
        this.credentials = credentials;
        return this;
    }

    /** The ROA HMAC-SHA1 scheme instead of V3. */
    public SignedCall roa() {
        this.algorithm = SignatureAlgorithm.ROA_HMAC_SHA1;
        return this;
    }

    /** The signing time (default: now). */
    public SignedCall signedAt(Instant time) {
        this.signedAt = time;
        return this;
    }

    /** A header added before signing (an x-acs-* one is signed). */
    public SignedCall header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /** Changes the headers after signing (to break the signature on purpose). */
    public SignedCall afterSigning(Consumer<Map<String, String>> change) {
        this.afterSigning = change;
        return this;
    }

    /** The signature nonce (default: a fresh one). */
    public SignedCall nonce(String nonce) {
        this.nonce = nonce;
        return this;
    }

    /** Signs, without sending: the request as the server would receive it. */
    public IncomingRequest signed() {
        return build(true);
    }

    /** The request without a signature (for input no signer takes, e.g. a path that is not percent-encoding). */
    public IncomingRequest unsigned() {
        return build(false);
    }

    private IncomingRequest build(boolean sign) {
        SignableRequest request = new SignableRequest(method, rawPath, query, body);
        request.header("host", URI.create(baseUrl).getAuthority());
        if (action != null) {
            request.header("x-acs-action", action);
        }
        request.header("x-acs-version", version);
        request.header("accept", "application/json");
        if (body.length > 0) {
            request.header("content-type", "application/json; charset=utf-8");
        }
        extraHeaders.forEach(request::header);
        if (sign) {
            Signers.forAlgorithm(algorithm).sign(request, credentials, signedAt != null ? signedAt : Instant.now(),
                    nonce != null ? nonce : Signers.newNonce());
        }
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        afterSigning.accept(headers);
        return new IncomingRequest(method, rawPath, rawQueryOverride != null ? rawQueryOverride : encodedQuery(),
                headers, body);
    }

    /**
     * Sends over a plain socket instead of the JDK client: the target exactly as given (even when no URI parser
     * would take it), header names exactly as in the map, and for an empty POST/DELETE body, optionally an empty
     * chunked body as the vendor's OkHttp client sends it.
     */
    public SignedCall overSocket(boolean chunkedWhenEmpty) {
        this.socket = true;
        this.chunkedWhenEmpty = chunkedWhenEmpty;
        return this;
    }

    /** Signs and sends. */
    public Reply send() {
        if (socket) {
            return RawHttp.send(URI.create(baseUrl), signed(), chunkedWhenEmpty);
        }
        IncomingRequest signed = signed();
        Map<String, String> headers = new LinkedHashMap<>(signed.headers());
        headers.remove("host"); // the JDK client sends it itself, with the same value
        String target = rawPath + (signed.rawQuery().isEmpty() ? "" : "?" + signed.rawQuery());
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(http::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String encodedQuery() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> pair : query) {
            out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /**
     * What came back.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        /** @return the body as JSON */
        public JsonNode json() {
            try {
                return DlcJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        /** @return the body as text */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the error code of an error answer */
        public String code() {
            return json().path("Code").asText();
        }

        /** @return the first value of a response header */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
