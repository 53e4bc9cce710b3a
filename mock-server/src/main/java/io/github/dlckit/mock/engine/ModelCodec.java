package io.github.dlckit.mock.engine;

/**
 * What the engine needs of JSON, so that it imports no JSON library: the API layer implements it (with the SDK's
 * one Jackson configuration) and registers it as a {@link java.util.ServiceLoader} service; {@link ModelShapes}
 * finds it. Plain trees are {@code Map} (insertion order), {@code List}, {@code String}, {@code Number},
 * {@code Boolean} and {@code null}.
 */
public interface ModelCodec {

    /**
     * @param value a model value, a plain tree, a list or a map
     * @param type the model type to fill, or {@code Object.class} for a plain tree
     * @param <T> that type
     * @return the same wire fields in {@code type} (fields it lacks are dropped)
     */
    <T> T convert(Object value, Class<T> type);

    /**
     * @param value a model value, plain tree, list or map
     * @return its compact JSON text
     */
    String write(Object value);

    /**
     * @param json JSON text
     * @return its first value as a plain tree
     * @throws IllegalArgumentException when the text holds no JSON value
     */
    Object read(String json);
}
