package io.github.dlckit.mock.engine;

/**
 * The JSON text the engine itself reads and writes, so that it imports no JSON library: JSON inside request fields
 * that its rules check (a template's Content, GetMetrics' Dimensions) and the claims of the tokens it issues. The
 * API layer implements it (with the SDK's one Jackson configuration) and registers it as a
 * {@link java.util.ServiceLoader} service; {@link JsonText} finds it. Rendering answers is not the engine's: it
 * returns domain objects. Plain trees are {@code Map} (insertion order), {@code List}, {@code String},
 * {@code Number}, {@code Boolean} and {@code null}.
 */
public interface ModelCodec {

    /**
     * @param value a plain tree, a list or a map
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
