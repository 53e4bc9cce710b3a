package io.github.dlckit.sdk.auth.signer;

/**
 * One thread's reusable {@link StringBuilder} for the texts a signature is made of (canonical request, string to
 * sign, the {@code authorization} value): they are hashed from the builder, so only the header value becomes a
 * {@code String}. One user at a time: a signer takes it, uses it and is done before it signs again. A builder grown
 * past {@link #RETAINED} chars is replaced, so one huge request does not pin its size for the thread's life.
 */
final class ScratchText {

    private static final int RETAINED = 16 * 1024;
    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(ScratchText::fresh);

    private ScratchText() {
    }

    /** @return the thread's builder, emptied */
    static StringBuilder take() {
        StringBuilder text = TEXT.get();
        if (text.capacity() > RETAINED) {
            text = fresh();
            TEXT.set(text);
        }
        text.setLength(0);
        return text;
    }

    private static StringBuilder fresh() {
        return new StringBuilder(1024);
    }
}
