package io.github.dlckit.mock.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Masks secrets a caller sent (image registry passwords, code repository tokens, STS tokens) in answers that echo
 * a resource back: the service keeps them to run the job, but never shows them again.
 */
public final class SecretMask {

    /** What a masked value reads, the same as the SDK's {@code toString()}. */
    public static final String MASK = "****";

    private static final Set<String> SECRET_FIELDS = Set.of("Password", "Auth", "CodeRepoAccessToken",
            "SecurityToken", "AccessKeySecret");

    private SecretMask() {
    }

    /**
     * Replaces, in place, every non-empty text value of a secret field anywhere in the tree.
     *
     * @param node a rendered answer
     * @return the same node
     */
    public static JsonNode mask(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.properties().forEach(member -> {
                if (SECRET_FIELDS.contains(member.getKey()) && member.getValue().isTextual()
                        && !member.getValue().textValue().isEmpty()) {
                    member.setValue(object.textNode(MASK));
                } else {
                    mask(member.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(SecretMask::mask);
        }
        return node;
    }
}
