package io.github.dlckit.mock.engine;

import java.util.ServiceLoader;

/**
 * The engine's one way to JSON and between model types, through the {@link ModelCodec} the API layer provides.
 * The vendor often answers a Get and the items of the matching List with twin shapes (GetTensorboard's body and
 * ListTensorboards' items), so a service renders one and converts it, instead of filling two builders field by
 * field.
 */
public final class ModelShapes {

    private ModelShapes() {
    }

    /** Loaded on first use: the engine has no JSON library of its own. */
    private static final class Loaded {
        static final ModelCodec CODEC = ServiceLoader.load(ModelCodec.class, ModelShapes.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + ModelCodec.class.getName()
                        + " on the class path; the mock server's API layer provides one"));
    }

    /**
     * @param value a model value
     * @param type the twin model type
     * @param <T> the twin type
     * @return the same fields in the twin type (fields the twin lacks are dropped)
     */
    public static <T> T convert(Object value, Class<T> type) {
        return Loaded.CODEC.convert(value, type);
    }

    /**
     * @param value a model value
     * @return the value as a plain tree of maps and lists, to add or rename wire fields before converting
     */
    public static Object tree(Object value) {
        return Loaded.CODEC.convert(value, Object.class);
    }

    /**
     * @param value a model value, list or map
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
