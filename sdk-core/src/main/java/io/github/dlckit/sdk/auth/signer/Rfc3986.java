package io.github.dlckit.sdk.auth.signer;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of RFC 3986: UTF-8 bytes, only {@code A-Z a-z 0-9 - _ . ~} left alone, upper-case hex.
 * This is how path segments go on the wire and how the V3 canonical query is written.
 */
public final class Rfc3986 {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Rfc3986() {
    }

    /**
     * Encodes a text.
     *
     * @param text any text
     * @return the encoded text; {@code /} becomes {@code %2F}, space {@code %20}
     */
    public static String encode(String text) {
        int i = 0;
        while (i < text.length() && isUnreserved(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (byte b : text.substring(i).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && isUnreserved((char) c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
