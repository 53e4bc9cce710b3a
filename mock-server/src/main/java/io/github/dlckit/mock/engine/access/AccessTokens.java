package io.github.dlckit.mock.engine.access;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.engine.JsonText;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The tokens the mock hands out (GetToken, shared TensorBoard URLs, dashboards, web terminals): JWT-shaped
 * {@code header.payload.signature} texts in base64url. The payload names the subject (e.g.
 * {@code tensorboard/tb...}), the user, the account and the validity in epoch seconds of virtual time; the
 * signature is an HMAC-SHA256 keyed by the engine's seed. Same seed, subject, caller and virtual time: same token.
 */
public final class AccessTokens {

    /** GetToken's default lifetime (its ExpireTime default, 604800 s). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    /** The longest lifetime the mock grants. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(30);

    private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");

    private final EventClock clock;
    private final byte[] key;

    /**
     * @param clock the engine's clock (the issue time)
     * @param seed the engine's seed (the signing key)
     */
    public AccessTokens(EventClock clock, long seed) {
        this.clock = clock;
        this.key = ("dlckit-mock-token-key-" + seed).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A token for a subject, valid from now.
     *
     * @param caller who it is for
     * @param subject what it opens, e.g. {@code job/dlc...}
     * @param lifetime how long it is valid
     * @return the token
     */
    public String issue(Caller caller, String subject, Duration lifetime) {
        Instant now = clock.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("user_id", caller.userId());
        claims.put("tenant_id", caller.accountId());
        claims.put("region", caller.region());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        String unsigned = HEADER + "." + encode(JsonText.write(claims));
        return unsigned + "." + sign(unsigned);
    }

    /**
     * Reads a requested lifetime in seconds.
     *
     * @param field the wire name, for the error
     * @param seconds the value as sent
     * @param fallback the lifetime when absent
     * @return the lifetime
     * @throws io.github.dlckit.mock.engine.EngineException naming the field when not 1 s to {@link #MAX_LIFETIME}
     */
    public static Duration lifetime(String field, OptionalLong seconds, Duration fallback) {
        Checks.range(field, seconds, 1, MAX_LIFETIME.getSeconds());
        return seconds.isPresent() ? Duration.ofSeconds(seconds.getAsLong()) : fallback;
    }

    private String sign(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
