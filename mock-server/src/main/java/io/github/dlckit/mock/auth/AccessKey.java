package io.github.dlckit.mock.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An access key the mock accepts, and whom it belongs to: the account (tenant, whose jobs the key sees) and the
 * user within it. A temporary (STS) key also carries its security token and may expire. The secret and the token
 * never appear in {@link #toString()}.
 */
public final class AccessKey {

    /** The account of keys given without one (the default key's account). */
    public static final String DEFAULT_ACCOUNT_ID = "1234567890123456";

    private final String id;
    private final String secret;
    private final String accountId;
    private final String userId;
    private final String securityToken;
    private final Instant expiration;

    private AccessKey(String id, String secret, String accountId, String userId, String securityToken,
                      Instant expiration) {
        this.id = requireText(id, "access key id");
        this.secret = requireText(secret, "access key secret");
        this.accountId = requireText(accountId, "account id");
        this.userId = requireText(userId, "user id");
        this.securityToken = securityToken;
        this.expiration = expiration;
    }

    /**
     * A long-lived key of an account.
     *
     * @param id the AccessKey ID
     * @param secret the AccessKey secret
     * @param accountId the account the key belongs to
     * @param userId the user within the account
     * @return the key
     */
    public static AccessKey of(String id, String secret, String accountId, String userId) {
        return new AccessKey(id, secret, accountId, userId, null, null);
    }

    /**
     * A long-lived key of the {@link #DEFAULT_ACCOUNT_ID default account}; the user id is the key id.
     *
     * @param id the AccessKey ID
     * @param secret the AccessKey secret
     * @return the key
     */
    public static AccessKey of(String id, String secret) {
        return of(id, secret, DEFAULT_ACCOUNT_ID, id);
    }

    /**
     * A temporary key: requests must carry its security token ({@code x-acs-security-token}).
     *
     * @param id the STS AccessKey ID (conventionally {@code STS.…})
     * @param secret its secret
     * @param securityToken the token issued with it
     * @param expiration when it stops working, or null for never
     * @param accountId the account it acts for
     * @param userId the user (role session) it acts as
     * @return the key
     */
    public static AccessKey sts(String id, String secret, String securityToken, Instant expiration,
                                String accountId, String userId) {
        return new AccessKey(id, secret, accountId, userId, requireText(securityToken, "security token"), expiration);
    }

    /**
     * Parses {@code ID:SECRET}, {@code ID:SECRET:ACCOUNT} or {@code ID:SECRET:ACCOUNT:USER} (the command line's and
     * the JUnit annotation's form). Without an account the key joins the default account; without a user, the user
     * id is the key id.
     *
     * @param spec the text
     * @return the key
     * @throws IllegalArgumentException when malformed; the message never repeats the text (it holds a secret)
     */
    public static AccessKey parse(String spec) {
        String[] parts = parts(spec, 2, "ID:SECRET[:ACCOUNT[:USER]]");
        return of(parts[0], parts[1], parts.length > 2 ? parts[2] : DEFAULT_ACCOUNT_ID,
                parts.length > 3 ? parts[3] : parts[0]);
    }

    /**
     * Parses a temporary key that never expires: {@code ID:SECRET:TOKEN}, {@code ID:SECRET:TOKEN:ACCOUNT} or
     * {@code ID:SECRET:TOKEN:ACCOUNT:USER} (the command line's {@code --sts-key}). Account and user default as in
     * {@link #parse}.
     *
     * @param spec the text
     * @return the key
     * @throws IllegalArgumentException when malformed; the message never repeats the text (it holds secrets)
     */
    public static AccessKey parseSts(String spec) {
        String[] parts = parts(spec, 3, "ID:SECRET:TOKEN[:ACCOUNT[:USER]]");
        return sts(parts[0], parts[1], parts[2], null, parts.length > 3 ? parts[3] : DEFAULT_ACCOUNT_ID,
                parts.length > 4 ? parts[4] : parts[0]);
    }

    /** Splits on {@code :}: {@code required} parts, then up to two optional ones (account, user), none empty. */
    private static String[] parts(String spec, int required, String form) {
        String[] parts = spec.split(":", -1);
        if (parts.length < required || parts.length > required + 2
                || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("expected " + form + " with non-empty parts, got "
                    + parts.length + " part(s)" + (parts.length > 1 ? " (some empty?)" : ""));
        }
        return parts;
    }

    /** @return the AccessKey ID (not secret) */
    public String id() {
        return id;
    }

    /** @return the secret: used to verify signatures and handed to test clients; never print it */
    public String secret() {
        return secret;
    }

    /** @return the account (tenant) the key belongs to */
    public String accountId() {
        return accountId;
    }

    /** @return the user within the account */
    public String userId() {
        return userId;
    }

    /** @return the STS token, empty for a long-lived key; like the secret, never print it */
    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    /** @return when an STS key expires, empty when it does not */
    public Optional<Instant> expiration() {
        return Optional.ofNullable(expiration);
    }

    /** @return true for a temporary (STS) key */
    public boolean isTemporary() {
        return securityToken != null;
    }

    @Override
    public String toString() {
        return "AccessKey{id=" + id + ", account=" + accountId + ", user=" + userId
                + (isTemporary() ? ", sts, expires=" + expiration : "") + ", secret=****}";
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value;
    }
}
