package io.github.dlckit.sdk.http;

import io.github.dlckit.sdk.auth.signer.Rfc3986;

import java.util.List;
import java.util.Map;

/**
 * Query strings as the vendor's client writes them (Java form encoding): like RFC 3986 except that a space is
 * {@code +}, {@code *} stays literal and {@code ~} is {@code %7E}. Signatures cover the decoded pairs, so this
 * only has to be decodable the standard way; matching the vendor keeps captured traffic comparable.
 */
final class FormEncoding {

    private FormEncoding() {
    }

    static String encode(List<Map.Entry<String, String>> pairs) {
        StringBuilder out = new StringBuilder(pairs.size() * 24);
        for (Map.Entry<String, String> pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(pair.getKey())).append('=').append(encode(pair.getValue()));
        }
        return out.toString();
    }

    static String encode(String text) {
        String rfc = Rfc3986.encode(text);
        if (rfc.indexOf('%') < 0 && rfc.indexOf('~') < 0) {
            return rfc;
        }
        return rfc.replace("%20", "+").replace("%2A", "*").replace("~", "%7E");
    }
}
