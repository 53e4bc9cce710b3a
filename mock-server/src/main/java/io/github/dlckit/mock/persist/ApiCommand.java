package io.github.dlckit.mock.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One DLC API call as the log keeps it: what the engine needs to run it again — the operation, who called (the
 * verified account and user, never a key or signature), the decoded path values and query, the body, and the
 * virtual time it ran at.
 *
 * @param time the virtual time the call ran at
 * @param operation the operation's name
 * @param accountId the caller's account
 * @param region the region served
 * @param userId the caller's user
 * @param pathValues the path parameters, decoded
 * @param query the query parameters, decoded, in order
 * @param body the body as sent
 */
public record ApiCommand(Instant time, String operation, String accountId, String region, String userId,
                         Map<String, String> pathValues, List<Map.Entry<String, String>> query, byte[] body) {

    static final String KIND = "Api";

    ObjectNode toJson(ObjectNode node) {
        node.put("Time", time.toString());
        node.put("Operation", operation);
        node.put("AccountId", accountId);
        node.put("Region", region);
        node.put("UserId", userId);
        ObjectNode path = node.putObject("Path");
        pathValues.forEach(path::put);
        ArrayNode pairs = node.putArray("Query");
        for (Map.Entry<String, String> pair : query) {
            pairs.addArray().add(pair.getKey()).add(pair.getValue());
        }
        if (body.length > 0) {
            node.put("Body", new String(body, StandardCharsets.UTF_8));
        }
        return node;
    }

    static ApiCommand fromJson(JsonNode node) {
        Map<String, String> path = new LinkedHashMap<>();
        node.path("Path").properties().forEach(e -> path.put(e.getKey(), e.getValue().asText()));
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (JsonNode pair : node.path("Query")) {
            query.add(new AbstractMap.SimpleImmutableEntry<>(pair.path(0).asText(), pair.path(1).asText()));
        }
        return new ApiCommand(StateHeader.instant(node.path("Time"), "Time"), node.path("Operation").asText(),
                node.path("AccountId").asText(), node.path("Region").asText(), node.path("UserId").asText(), path,
                query, node.path("Body").asText("").getBytes(StandardCharsets.UTF_8));
    }

    /** @return a JSON object of this command (for tests and tools) */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("C", KIND);
        return toJson(node);
    }
}
