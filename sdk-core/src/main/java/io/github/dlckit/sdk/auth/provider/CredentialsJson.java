package io.github.dlckit.sdk.auth.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.exception.DlcClientException;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads temporary credentials out of JSON: the STS {@code Credentials} object and the flat
 * {@code Code}/{@code AccessKeyId}/... documents of the ECS metadata service and credentials URIs. Messages
 * never quote a body (it may hold secrets).
 */
final class CredentialsJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private CredentialsJson() {
    }

    /**
     * @param body a JSON text
     * @return the parsed tree, or null when the body is not a JSON object
     */
    static JsonNode parseOrNull(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @param body a JSON text
     * @param what the source, starting the message
     * @return the parsed JSON object
     * @throws DlcClientException when it is not a JSON object
     */
    static JsonNode parse(String body, String what) {
        JsonNode node = parseOrNull(body);
        if (node == null) {
            throw new DlcClientException(what + ": the response is not a JSON object", null, false);
        }
        return node;
    }

    /**
     * A flat credentials document: {@code Code} must be {@code Success}.
     *
     * @param body the response body
     * @param what the source, starting messages
     * @param providerName the provider name of the credentials
     * @return the credentials
     */
    static Credentials fromCodeSuccess(String body, String what, String providerName) {
        JsonNode node = parse(body, what);
        String code = text(node, "Code");
        if (!"Success".equals(code)) {
            throw new DlcClientException(what + ": Code is " + (code == null ? "missing" : "'" + code + "'")
                    + ", expected 'Success'", null, false);
        }
        return temporaryCredentials(node, what, providerName);
    }

    /**
     * @param node an object with {@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken} and
     *        {@code Expiration} (ISO 8601)
     * @param what the source, starting messages
     * @param providerName the provider name of the credentials
     * @return the credentials
     */
    static Credentials temporaryCredentials(JsonNode node, String what, String providerName) {
        String id = required(node, "AccessKeyId", what);
        String secret = required(node, "AccessKeySecret", what);
        String token = required(node, "SecurityToken", what);
        String expiration = required(node, "Expiration", what);
        return Credentials.from(id, secret, token, instant(expiration, what), providerName);
    }

    /** @return the field as text, or null when absent, null or empty */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static String required(JsonNode node, String field, String what) {
        String value = text(node, field);
        if (value == null) {
            throw new DlcClientException(what + ": the response has no " + field, null, false);
        }
        return value;
    }

    private static Instant instant(String text, String what) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw new DlcClientException(what + ": Expiration '" + text + "' is not an ISO 8601 time", null, false);
            }
        }
    }
}
