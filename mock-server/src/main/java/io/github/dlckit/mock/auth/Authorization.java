package io.github.dlckit.mock.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A parsed {@code Authorization} header: {@code ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>}
 * or ROA's {@code acs <id>:<base64>}.
 *
 * @param scheme which signature scheme
 * @param accessKeyId the key that signed
 * @param signedHeaders V3: the signed header names (lower case, sorted); ROA: empty
 * @param signature the signature as sent
 */
public record Authorization(Scheme scheme, String accessKeyId, List<String> signedHeaders, String signature) {

    /** The two schemes the vendor's clients use. */
    public enum Scheme {
        /** {@code ACS3-HMAC-SHA256} ("V3"). */
        ACS3_HMAC_SHA256,
        /** ROA {@code HMAC-SHA1} ("v2"). */
        ROA_HMAC_SHA1
    }

    static final String ACS3_PREFIX = "ACS3-HMAC-SHA256 ";
    private static final String ROA_PREFIX = "acs ";

    /**
     * Parses the header.
     *
     * @param header the header value; null when absent
     * @return the parsed header
     * @throws AuthFailure {@code MissingAuthorization} when absent, {@code IncompleteSignature} when malformed
     */
    public static Authorization parse(String header) {
        if (header == null || header.isBlank()) {
            throw AuthFailure.badRequest("MissingAuthorization",
                    "Authorization is mandatory for this action: sign the request (ACS3-HMAC-SHA256 or ROA HMAC-SHA1).");
        }
        String value = header.trim();
        if (value.startsWith(ACS3_PREFIX)) {
            return parseAcs3(value.substring(ACS3_PREFIX.length()));
        }
        if (value.startsWith(ROA_PREFIX)) {
            return parseRoa(value.substring(ROA_PREFIX.length()).trim());
        }
        throw incomplete("the Authorization header is neither 'ACS3-HMAC-SHA256 Credential=…' nor 'acs <AccessKeyId>:<signature>'");
    }

    private static Authorization parseAcs3(String parameters) {
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : parameters.split(",")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part.trim() : part.substring(0, eq).trim();
            String value = eq < 0 ? "" : part.substring(eq + 1).trim();
            switch (name) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> throw incomplete("unknown Authorization parameter '" + name + "'");
            }
        }
        if (isEmpty(credential) || isEmpty(signedHeaders) || isEmpty(signature)) {
            throw incomplete("ACS3-HMAC-SHA256 needs Credential, SignedHeaders and Signature");
        }
        List<String> names = new ArrayList<>();
        for (String name : signedHeaders.split(";")) {
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        Collections.sort(names);
        return new Authorization(Scheme.ACS3_HMAC_SHA256, credential, List.copyOf(names), signature);
    }

    private static Authorization parseRoa(String credentials) {
        int colon = credentials.lastIndexOf(':');
        if (colon <= 0 || colon == credentials.length() - 1) {
            throw incomplete("ROA signatures read 'acs <AccessKeyId>:<signature>'");
        }
        return new Authorization(Scheme.ROA_HMAC_SHA1, credentials.substring(0, colon), List.of(),
                credentials.substring(colon + 1));
    }

    static AuthFailure incomplete(String problem) {
        return AuthFailure.badRequest("IncompleteSignature", "The request signature does not conform to Aliyun standards: "
                + problem + ".");
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
