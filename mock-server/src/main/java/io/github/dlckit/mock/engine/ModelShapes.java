package io.github.dlckit.mock.engine;

import io.github.dlckit.model.json.DlcJson;

/**
 * Copies a model value into another model type that has the same wire fields. The vendor often answers a Get
 * and the items of the matching List with twin shapes (GetTensorboard's body and ListTensorboards' items), so a
 * service renders one and converts it, instead of filling two builders field by field.
 */
public final class ModelShapes {

    private ModelShapes() {
    }

    /**
     * @param value a model value
     * @param type the twin model type
     * @param <T> the twin type
     * @return the same fields in the twin type (fields the twin lacks are dropped)
     */
    public static <T> T convert(Object value, Class<T> type) {
        return DlcJson.mapper().convertValue(value, type);
    }
}
