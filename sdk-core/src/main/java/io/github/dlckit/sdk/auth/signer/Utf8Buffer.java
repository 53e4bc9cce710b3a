package io.github.dlckit.sdk.auth.signer;

import java.nio.charset.StandardCharsets;

/**
 * One thread's reusable byte array for the UTF-8 bytes of a text about to be hashed. Signed texts are ASCII in
 * practice (header values and encoded paths) and are copied a char per byte; a text with any other character is
 * encoded by the JDK instead. An array grown past {@link #RETAINED} bytes is not kept, so one huge request does
 * not pin its size for the thread's life.
 */
final class Utf8Buffer {

    private static final int RETAINED = 16 * 1024;

    private byte[] kept = new byte[1024];
    private byte[] array = kept;
    private int length;

    /**
     * Encodes a text; {@link #array()} and {@link #length()} then hold its bytes until the next call.
     *
     * @param text the text
     */
    void encode(CharSequence text) {
        int n = text.length();
        byte[] out = n <= kept.length ? kept : new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                out = text.toString().getBytes(StandardCharsets.UTF_8);
                n = out.length;
                break;
            }
            out[i] = (byte) c;
        }
        if (out.length > kept.length && out.length <= RETAINED) {
            kept = out;
        }
        array = out;
        length = n;
    }

    /** @return the array holding the last text's bytes from index 0 */
    byte[] array() {
        return array;
    }

    /** @return how many bytes the last text has */
    int length() {
        return length;
    }
}
