package io.github.dlckit.mock.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes what arrives on the wire, the way the vendor's clients encoded it (signing.md §2): query pairs are
 * form-encoded ({@code +} is a space, {@code %XX} are UTF-8 bytes), path segments are RFC 3986 percent-encoded
 * ({@code +} stays a plus). The verifier and the router both decode from the raw text with this class; nobody
 * decodes twice or re-encodes.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /**
     * Splits and decodes a raw query string.
     *
     * @param rawQuery the text after {@code ?}, as sent; null or empty for none
     * @return the decoded pairs in wire order ({@code Key} without {@code =} gives an empty value)
     * @throws IllegalArgumentException when a {@code %} is not followed by two hex digits or the bytes are not UTF-8
     */
    public static List<Map.Entry<String, String>> decodeQuery(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String part : rawQuery.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(decode(key, true), decode(value, true)));
        }
        return pairs;
    }

    /**
     * Decodes one path segment.
     *
     * @param rawSegment the segment as sent, between two {@code /}
     * @return the decoded text
     * @throws IllegalArgumentException on a malformed escape
     */
    public static String decodePathSegment(String rawSegment) {
        return decode(rawSegment, false);
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("incomplete %-escape at the end of '" + text + "'");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("'" + text.substring(i, i + 3) + "' is not a %-escape");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '%' && !(plusIsSpace && text.charAt(end) == '+')) {
                    end++;
                }
                byte[] run = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(run, 0, run.length);
                i = end;
            }
        }
        return strictUtf8(bytes.toByteArray());
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("%-escapes that are not UTF-8 text");
        }
    }
}
