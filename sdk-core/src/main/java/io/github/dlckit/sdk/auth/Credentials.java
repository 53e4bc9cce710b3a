package io.github.dlckit.sdk.auth;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An access key pair, with a security token for temporary (STS) credentials. The secret and the token never
 * appear in {@link #toString()}.
 */
public final class Credentials {

    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;
    private final Instant expiration;
    private final String providerName;

    private Credentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration,
                        String providerName) {
        this.accessKeyId = headerSafe(requireText(accessKeyId, "accessKeyId"), "accessKeyId");
        this.accessKeySecret = requireText(accessKeySecret, "accessKeySecret");
        this.securityToken = securityToken == null ? null : headerSafe(securityToken, "securityToken");
        this.expiration = expiration;
        this.providerName = headerSafe(Objects.requireNonNull(providerName, "providerName"), "providerName");
    }

    /**
     * A long-lived access key ({@code x-acs-credentials-provider: static_ak}).
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @return the credentials
     */
    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null, null, "static_ak");
    }

    /**
     * Temporary STS credentials ({@code static_sts}).
     *
     * @param accessKeyId the STS AccessKey ID (usually starts with {@code STS.})
     * @param accessKeySecret the secret
     * @param securityToken the security token
     * @return the credentials
     */
    public static Credentials sts(String accessKeyId, String accessKeySecret, String securityToken) {
        return new Credentials(accessKeyId, accessKeySecret, requireText(securityToken, "securityToken"), null,
                "static_sts");
    }

    /**
     * Credentials as a provider produced them.
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the secret
     * @param securityToken the STS token, or null for a long-lived key
     * @param expiration when they stop working, or null when they do not expire
     * @param providerName the value for {@code x-acs-credentials-provider}, e.g. {@code default/env}
     * @return the credentials
     */
    public static Credentials from(String accessKeyId, String accessKeySecret, String securityToken,
                                   Instant expiration, String providerName) {
        return new Credentials(accessKeyId, accessKeySecret, securityToken, expiration, providerName);
    }

    /** @return the AccessKey ID (not secret; it identifies the key) */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the AccessKey secret: never log it */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /** @return the STS security token, empty for a long-lived key: never log it */
    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    /** @return when temporary credentials expire; empty when they do not */
    public Optional<Instant> expiration() {
        return Optional.ofNullable(expiration);
    }

    /** @return where they came from, sent as {@code x-acs-credentials-provider} (e.g. {@code static_ak}) */
    public String providerName() {
        return providerName;
    }

    /**
     * A copy with another provider name, for chains and wrappers ({@code default/env}).
     *
     * @param name the new provider name
     * @return the copy
     */
    public Credentials withProviderName(String name) {
        return new Credentials(accessKeyId, accessKeySecret, securityToken, expiration, name);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials c = (Credentials) o;
        return accessKeyId.equals(c.accessKeyId) && accessKeySecret.equals(c.accessKeySecret)
                && Objects.equals(securityToken, c.securityToken) && Objects.equals(expiration, c.expiration)
                && providerName.equals(c.providerName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken, expiration, providerName);
    }

    @Override
    public String toString() {
        return "Credentials{accessKeyId=" + accessKeyId + ", accessKeySecret=****"
                + (securityToken != null ? ", securityToken=****" : "")
                + (expiration != null ? ", expiration=" + expiration : "")
                + ", provider=" + providerName + "}";
    }

    /**
     * The key id, the token and the provider name are sent in request headers, where a line break (say, the
     * newline ending a key file) would end the header early: refused here, once, rather than on every request.
     * The message names the position, never the value (a token is a secret).
     */
    private static String headerSafe(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s must not contain control characters (found U+%04X at index %d; a line break from a file?)",
                        name, (int) c, i));
            }
        }
        return value;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }
}
