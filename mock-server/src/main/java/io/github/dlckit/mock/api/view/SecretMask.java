package io.github.dlckit.mock.api.view;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Masks secrets a caller sent (image registry passwords, code repository tokens, STS tokens) in answers that echo
 * a resource back: the service keeps them to run the job, but never shows them again.
 */
final class SecretMask {

    /** What a masked value reads, the same as the SDK's {@code toString()}. */
    static final String MASK = "****";

    private static final Set<String> SECRET_FIELDS = Set.of("Password", "Auth", "CodeRepoAccessToken",
            "SecurityToken", "AccessKeySecret");

    private SecretMask() {
    }

    /**
     * Replaces, in place, every non-empty text value of a secret field anywhere in the tree.
     *
     * @param node a rendered answer as a plain tree (mutable maps and lists)
     * @return the same node
     */
    @SuppressWarnings("unchecked")
    static Object mask(Object node) {
        if (node instanceof Map<?, ?> object) {
            ((Map<String, Object>) object).entrySet().forEach(member -> {
                if (SECRET_FIELDS.contains(member.getKey()) && member.getValue() instanceof String text
                        && !text.isEmpty()) {
                    member.setValue(MASK);
                } else {
                    mask(member.getValue());
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(SecretMask::mask);
        }
        return node;
    }
}
