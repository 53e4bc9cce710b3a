package io.github.dlckit.mock.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks who signed a request, in the order of signing.md §6: the {@code Authorization} header, the required
 * headers, the key, the date against the WALL clock (the engine's virtual clock may be far ahead), the nonce, the
 * body hash (V3), the signature, and the STS token. Our own implementation of §3/§4, independent of the SDK's
 * signers, so a mistake in one is caught by the other.
 *
 * <p>Thread-safe; a nonce is recorded only once the signature is proven, so bad requests cannot burn nonces.
 */
public final class SignatureVerifier {

    /** How far a request's date may be from the server's clock, either way. */
    public static final Duration DEFAULT_SKEW_WINDOW = Duration.ofMinutes(15);

    private static final String NONCE = "x-acs-signature-nonce";
    private static final String SECURITY_TOKEN = "x-acs-security-token";
    private static final String CONTENT_SHA256 = "x-acs-content-sha256";
    private static final String ACS3_DATE = "x-acs-date";
    private static final List<String> REQUIRED_V3_SIGNED_HEADERS =
            List.of("host", "x-acs-action", CONTENT_SHA256, ACS3_DATE, NONCE, "x-acs-version");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);

    private final KeyRegistry keys;
    private final Clock wallClock;
    private final Duration skewWindow;
    private final NonceCache nonces = new NonceCache();
    private volatile ParsedDate lastIsoDate = new ParsedDate("", Instant.EPOCH);

    /**
     * @param keys the keys the mock knows
     * @param wallClock the real time (injectable so tests can replay captured requests)
     * @param skewWindow how far a request's date may be off, either way
     */
    public SignatureVerifier(KeyRegistry keys, Clock wallClock, Duration skewWindow) {
        this.keys = keys;
        this.wallClock = wallClock;
        this.skewWindow = skewWindow;
    }

    /**
     * Verifies a request.
     *
     * @param request the request as received
     * @return the key that signed it
     * @throws AuthFailure with the vendor's code and status when it is not properly signed
     */
    public AccessKey verify(SignedRequest request) {
        Authorization authorization = Authorization.parse(request.header("authorization"));
        boolean v3 = authorization.scheme() == Authorization.Scheme.ACS3_HMAC_SHA256;
        requireHeaders(request, v3);
        if (v3) {
            requireSigned(request, authorization.signedHeaders());
        }
        AccessKey key = keys.find(authorization.accessKeyId()).orElseThrow(() -> new AuthFailure(404,
                "InvalidAccessKeyId.NotFound", "Specified access key is not found: " + authorization.accessKeyId() + "."));

        Instant now = wallClock.instant();
        Instant signedAt = v3 ? parseIsoDate(request.header(ACS3_DATE)) : parseHttpDate(request.header("date"));
        if (Duration.between(signedAt, now).abs().compareTo(skewWindow) > 0) {
            throw AuthFailure.badRequest("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired: "
                    + signedAt + " is more than " + skewWindow.toMinutes() + " minutes from the server time " + now + ".");
        }
        String nonce = request.header(NONCE);
        if (nonce.isBlank() || nonce.length() > NonceCache.MAX_NONCE_CHARS) {
            throw AuthFailure.badRequest("InvalidSignatureNonce", "Specified signature nonce is not valid: "
                    + NONCE + " must be 1 to " + NonceCache.MAX_NONCE_CHARS + " characters, not blank; got "
                    + nonce.length() + ".");
        }
        if (nonces.isUsed(key.id(), nonce, now.toEpochMilli())) {
            throw nonceUsed(nonce);
        }

        List<Map.Entry<String, String>> query = decodeQuery(request.rawQuery());
        if (v3) {
            verifyAcs3(request, authorization, key, query);
        } else {
            verifyRoa(request, authorization, key, query);
        }
        checkSecurityToken(request, key, now);

        Instant keepUntil = (signedAt.isAfter(now) ? signedAt : now).plus(skewWindow);
        if (!nonces.claim(key.id(), nonce, keepUntil.toEpochMilli(), now.toEpochMilli())) {
            throw nonceUsed(nonce);
        }
        return key;
    }

    private static void requireHeaders(SignedRequest request, boolean v3) {
        if (request.header(v3 ? ACS3_DATE : "date") == null) {
            throw AuthFailure.badRequest("MissingDate", "Date is mandatory for this request: send the "
                    + (v3 ? ACS3_DATE : "date") + " header.");
        }
        for (String name : v3 ? List.of("x-acs-action", "x-acs-version", NONCE, CONTENT_SHA256)
                : List.of("x-acs-action", "x-acs-version", NONCE)) {
            if (request.header(name) == null) {
                throw Authorization.incomplete("the header " + name + " is missing");
            }
        }
    }

    private static void requireSigned(SignedRequest request, List<String> signedHeaders) {
        for (String name : REQUIRED_V3_SIGNED_HEADERS) {
            if (!signedHeaders.contains(name)) {
                throw Authorization.incomplete("SignedHeaders must include " + name);
            }
        }
        if (request.header(SECURITY_TOKEN) != null && !signedHeaders.contains(SECURITY_TOKEN)) {
            throw Authorization.incomplete("SignedHeaders must include " + SECURITY_TOKEN);
        }
        for (String name : signedHeaders) {
            if (request.header(name) == null) {
                throw Authorization.incomplete("the signed header " + name + " is missing from the request");
            }
        }
    }

    private void verifyAcs3(SignedRequest request, Authorization authorization, AccessKey key,
                            List<Map.Entry<String, String>> query) {
        String declaredHash = request.header(CONTENT_SHA256).strip();
        String actualHash = Digests.sha256Hex(request.body());
        if (!declaredHash.equals(actualHash)) {
            throw signatureMismatch("x-acs-content-sha256 is " + declaredHash + " but the body received hashes to "
                    + actualHash + ".");
        }
        String canonical = Acs3Canonical.canonicalRequest(request, query, authorization.signedHeaders(), declaredHash);
        String stringToSign = Acs3Canonical.stringToSign(canonical);
        if (!Digests.sameText(Acs3Canonical.signature(key.secret(), stringToSign), authorization.signature())) {
            throw signatureMismatch("server string to sign is:" + stringToSign + " canonical request is:"
                    + masked(canonical, request));
        }
    }

    private void verifyRoa(SignedRequest request, Authorization authorization, AccessKey key,
                           List<Map.Entry<String, String>> query) {
        String stringToSign = RoaCanonical.stringToSign(request, query);
        if (!Digests.sameText(RoaCanonical.signature(key.secret(), stringToSign), authorization.signature())) {
            throw signatureMismatch("server string to sign is:" + masked(stringToSign, request));
        }
    }

    private static void checkSecurityToken(SignedRequest request, AccessKey key, Instant now) {
        String token = request.header(SECURITY_TOKEN);
        String tokenKeyId = request.header("x-acs-accesskey-id");
        if (!key.isTemporary()) {
            if (token != null) {
                throw AuthFailure.badRequest("InvalidSecurityToken.MismatchWithAccessKey",
                        "Access key " + key.id() + " is a long-lived key; it takes no security token.");
            }
            return;
        }
        if (token == null) {
            throw AuthFailure.badRequest("InvalidSecurityToken.Missing",
                    "Access key " + key.id() + " is temporary: send its x-acs-security-token.");
        }
        if (!Digests.sameText(key.securityToken().orElseThrow(), token.strip())
                || tokenKeyId != null && !tokenKeyId.strip().equals(key.id())) {
            throw AuthFailure.badRequest("InvalidSecurityToken.MismatchWithAccessKey",
                    "The security token does not belong to access key " + key.id() + ".");
        }
        if (key.expiration().isPresent() && !now.isBefore(key.expiration().get())) {
            throw AuthFailure.badRequest("InvalidSecurityToken.Expired",
                    "The security token of access key " + key.id() + " expired at " + key.expiration().get() + ".");
        }
    }

    private static List<Map.Entry<String, String>> decodeQuery(String rawQuery) {
        try {
            return PercentDecoding.decodeQuery(rawQuery);
        } catch (IllegalArgumentException e) {
            throw AuthFailure.badRequest("InvalidParameter", "The query string is not form-encoded: " + e.getMessage() + ".");
        }
    }

    private Instant parseIsoDate(String text) {
        ParsedDate last = lastIsoDate;
        if (last.text().equals(text)) {
            return last.instant();
        }
        try {
            Instant parsed = Instant.parse(text.strip());
            lastIsoDate = new ParsedDate(text, parsed);
            return parsed;
        } catch (DateTimeParseException e) {
            throw badDate(ACS3_DATE, text, "2026-11-28T23:37:25Z");
        }
    }

    /** A signing date as sent and as read: clients sign many requests within one second, so the last one is kept. */
    private record ParsedDate(String text, Instant instant) {
    }

    private static Instant parseHttpDate(String text) {
        try {
            return ZonedDateTime.parse(text.strip(), RFC_1123).toInstant();
        } catch (DateTimeParseException e) {
            throw badDate("date", text, "Sat, 28 Nov 2026 23:37:22 GMT");
        }
    }

    private static AuthFailure badDate(String header, String text, String example) {
        return AuthFailure.badRequest("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted: "
                + header + " is '" + text + "', expected a UTC time such as '" + example + "'.");
    }

    private static AuthFailure nonceUsed(String nonce) {
        return AuthFailure.badRequest("SignatureNonceUsed", "Specified signature nonce was used already: " + nonce + ".");
    }

    private static AuthFailure signatureMismatch(String detail) {
        return AuthFailure.badRequest("SignatureDoesNotMatch",
                "Specified signature does not match our calculation. " + detail);
    }

    /** The token is a credential: the echoed text shows where it went, not what it is. */
    private static String masked(String text, SignedRequest request) {
        String token = request.header(SECURITY_TOKEN);
        return token == null || token.isBlank() ? text : text.replace(token.strip(), "****");
    }
}
