package io.github.dlckit.mock.api.view;

import io.github.dlckit.model.CredentialConfig;
import io.github.dlckit.model.CredentialConfigItem;
import io.github.dlckit.model.CredentialRole;
import io.github.dlckit.model.ImageConfig;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Masks secrets a caller sent (image registry passwords, code repository tokens, STS tokens) in answers that echo
 * a resource back: the service keeps them to run the job, but never shows them again. Typed values are masked
 * field by field and returned unchanged (the same instance) when they hold no secret, so that an answer without
 * secrets costs nothing; free-form maps are masked by key, at any depth.
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
                if (isSecret(member.getKey(), member.getValue())) {
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

    /**
     * @param specs a job's roles
     * @return the roles with registry credentials masked (the same list when none has any)
     */
    static List<JobSpec> jobSpecs(List<JobSpec> specs) {
        return specs.stream().anyMatch(SecretMask::mayHold) ? specs.stream().map(SecretMask::jobSpec).toList() : specs;
    }

    private static boolean mayHold(JobSpec spec) {
        return spec.imageConfig().filter(SecretMask::holds).isPresent() || spec.extraPodSpec().isPresent();
    }

    private static JobSpec jobSpec(JobSpec spec) {
        if (spec.extraPodSpec().isPresent()) {
            return byTree(spec, JobSpec.class); // its free-form labels and annotations: masked by key, as a tree
        }
        return spec.imageConfig().filter(SecretMask::holds).<JobSpec>map(image -> spec.toBuilder()
                .imageConfig(image.toBuilder().auth(masked(image.auth())).password(masked(image.password())).build())
                .build()).orElse(spec);
    }

    /**
     * @param settings a job's settings
     * @return the settings, masked by key where their free-form maps name a secret
     */
    static JobSettings settings(JobSettings settings) {
        return holds(settings.advancedSettings()) || holds(settings.tags())
                ? byTree(settings, JobSettings.class) : settings;
    }

    /**
     * @param config a job's credential configuration
     * @return the configuration with STS tokens masked (the same instance when it has none)
     */
    static CredentialConfig credentials(CredentialConfig config) {
        boolean any = config.credentialConfigItems().stream().flatMap(item -> item.roles().stream())
                .anyMatch(role -> role.assumeUserInfo().filter(user -> hasValue(user.securityToken())).isPresent());
        if (!any) {
            return config;
        }
        return config.toBuilder().credentialConfigItems(config.credentialConfigItems().stream()
                .map(SecretMask::credentialItem).toList()).build();
    }

    private static CredentialConfigItem credentialItem(CredentialConfigItem item) {
        return item.toBuilder().roles(item.roles().stream().map(SecretMask::role).toList()).build();
    }

    private static CredentialRole role(CredentialRole role) {
        return role.assumeUserInfo().<CredentialRole>map(user -> role.toBuilder()
                .assumeUserInfo(user.toBuilder().securityToken(masked(user.securityToken())).build())
                .build()).orElse(role);
    }

    /**
     * @param envs environment variables
     * @return the variables, those named like a secret masked (the same map when there are none)
     */
    static Map<String, String> envs(Map<String, String> envs) {
        if (!holds(envs)) {
            return envs;
        }
        Map<String, String> out = new LinkedHashMap<>(envs);
        out.replaceAll((name, value) -> isSecret(name, value) ? MASK : value);
        return out;
    }

    private static boolean holds(ImageConfig image) {
        return hasValue(image.auth()) || hasValue(image.password());
    }

    /** Whether a free-form map names a secret with a value at any depth. */
    private static boolean holds(Object node) {
        if (node instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> member : object.entrySet()) {
                if (isSecret(member.getKey(), member.getValue()) || holds(member.getValue())) {
                    return true;
                }
            }
        } else if (node instanceof List<?> list) {
            return list.stream().anyMatch(SecretMask::holds);
        }
        return false;
    }

    private static boolean isSecret(Object field, Object value) {
        return SECRET_FIELDS.contains(field) && value instanceof String text && !text.isEmpty();
    }

    private static boolean hasValue(Optional<String> secret) {
        return secret.filter(text -> !text.isEmpty()).isPresent();
    }

    /** The mask in place of a non-empty secret; an empty or absent one stays as it is. */
    private static Optional<String> masked(Optional<String> secret) {
        return secret.map(text -> text.isEmpty() ? text : MASK);
    }

    private static <T> T byTree(T value, Class<T> type) {
        return ModelShapes.convert(mask(ModelShapes.tree(value)), type);
    }
}
