package io.github.dlckit.mock.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.http.IncomingRequest;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One captured request of {@code signing-vectors.json} (requests the vendor's own client put on the wire). */
record SigningVector(String id, String accessKeyId, String secret, String securityToken, String method, String path,
                     String query, Map<String, String> headers, String body) {

    static List<SigningVector> all() {
        try (InputStream in = SigningVector.class.getResourceAsStream("/signing-vectors.json")) {
            List<SigningVector> vectors = new ArrayList<>();
            for (JsonNode v : DlcJson.mapper().readTree(in)) {
                Map<String, String> headers = new LinkedHashMap<>();
                v.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
                vectors.add(new SigningVector(v.path("id").asText(), v.path("accessKeyId").asText(),
                        v.path("accessKeySecret").asText(), v.path("securityToken").asText(null),
                        v.path("method").asText(), v.path("path").asText(), v.path("query").asText(), headers,
                        v.path("body").asText()));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isV3() {
        return id.startsWith("v3-");
    }

    /** When the vector was signed: the date it carries. */
    Instant signedAt() {
        return isV3() ? Instant.parse(headers.get("x-acs-date"))
                : ZonedDateTime.parse(headers.get("date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** The key the mock must know to accept it. */
    AccessKey key(String withSecret) {
        return securityToken == null ? AccessKey.of(accessKeyId, withSecret)
                : AccessKey.sts(accessKeyId, withSecret, securityToken, null, AccessKey.DEFAULT_ACCOUNT_ID, "sts-user");
    }

    IncomingRequest request() {
        return new IncomingRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    SigningVector withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new SigningVector(id, accessKeyId, secret, securityToken, method, path, query, changed, body);
    }

    SigningVector withQuery(String rawQuery) {
        return new SigningVector(id, accessKeyId, secret, securityToken, method, path, rawQuery, headers, body);
    }

    SigningVector withBody(String newBody) {
        return new SigningVector(id, accessKeyId, secret, securityToken, method, path, query, headers, newBody);
    }

    @Override
    public String toString() {
        return id;
    }
}
