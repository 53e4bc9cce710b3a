package io.github.dlckit.mock.engine;

import java.util.ServiceLoader;

/** The engine's one way to JSON text, through the {@link ModelCodec} the API layer provides. */
public final class JsonText {

    private JsonText() {
    }

    /** Loaded on first use: the engine has no JSON library of its own. */
    private static final class Loaded {
        static final ModelCodec CODEC = ServiceLoader.load(ModelCodec.class, JsonText.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + ModelCodec.class.getName()
                        + " on the class path; the mock server's API layer provides one"));
    }

    /**
     * @param value a plain tree, list or map
     * @return its compact JSON text
     */
    public static String write(Object value) {
        return Loaded.CODEC.write(value);
    }

    /**
     * @param json JSON text
     * @return its first value as a plain tree
     * @throws IllegalArgumentException when the text holds no JSON value
     */
    public static Object read(String json) {
        return Loaded.CODEC.read(json);
    }
}
