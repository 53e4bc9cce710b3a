package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;

import java.nio.file.Paths;
import java.util.Map;

/**
 * The settings of one profile (a CLI profile or an ini section) as text, with messages that name the profile
 * and the missing field, and the provider constructions both files share.
 */
final class ProfileFields {

    private final String where;
    private final Map<String, String> fields;

    /**
     * @param where the profile as messages name it, e.g. {@code CLI profile 'dev' in /home/u/.aliyun/config.json}
     * @param fields its settings
     */
    ProfileFields(String where, Map<String, String> fields) {
        this.where = where;
        this.fields = fields;
    }

    String where() {
        return where;
    }

    /** @return the value, or null when absent or empty */
    String optional(String key) {
        String value = fields.get(key);
        return value == null ? null : ProviderSupport.text(value.trim());
    }

    /** @return the value; declines naming the field when absent or empty */
    String required(String key) {
        String value = optional(key);
        if (value == null) {
            throw ProviderSupport.declined(where + " has no " + key);
        }
        return value;
    }

    /** @return the whole number, or null when absent; declines when it is not one */
    Integer integer(String key) {
        String value = optional(key);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProviderSupport.declined(where + ": " + key + " is not a whole number");
        }
    }

    /** @return true for {@code true}, false for any other value, null when absent */
    Boolean flag(String key) {
        String value = optional(key);
        return value == null ? null : Boolean.valueOf(value);
    }

    /** @return a declined-exception saying the profile's {@code key} has an unsupported value */
    RuntimeException unsupported(String key, String value, String supported) {
        return ProviderSupport.declined(where + " has " + key + " '" + value + "', which is not supported"
                + " (supported: " + supported + ")");
    }

    /** @return a long-lived key from {@code access_key_id} and {@code access_key_secret} ({@code static_ak}) */
    CredentialsProvider accessKey() {
        return CredentialsProvider.of(Credentials.of(required("access_key_id"), required("access_key_secret")));
    }

    /**
     * @param builder the role settings read from the profile
     * @return the settings; declines naming the profile when they are invalid (duration below the minimum)
     */
    AssumeRoleSettings role(AssumeRoleSettings.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw ProviderSupport.declined(where + ": " + e.getMessage());
        }
    }

    /**
     * @param context the providers' context
     * @param providerArnKey the field of the OIDC provider ARN
     * @param tokenFileKey the field of the token file
     * @param role the role settings
     * @return an OIDC role provider from the profile's fields
     */
    CredentialsProvider oidc(CredentialsContext context, String providerArnKey, String tokenFileKey,
                             AssumeRoleSettings.Builder role) {
        return OidcRoleArnCredentialsProvider.create(context, required(providerArnKey),
                Paths.get(required(tokenFileKey)), role(role));
    }
}
