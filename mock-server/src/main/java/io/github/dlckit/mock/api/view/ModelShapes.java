package io.github.dlckit.mock.api.view;

import io.github.dlckit.model.json.DlcJson;

/**
 * Conversions between model shapes, with the SDK's one Jackson configuration. The vendor often answers a Get and
 * the items of the matching List with twin shapes (GetTensorboard's body and ListTensorboards' items), so a view
 * renders one and converts it, instead of filling two builders field by field.
 */
final class ModelShapes {

    private ModelShapes() {
    }

    /**
     * @param value a model value or a plain tree
     * @param type the twin model type
     * @param <T> the twin type
     * @return the same fields in the twin type (fields the twin lacks are dropped)
     */
    static <T> T convert(Object value, Class<T> type) {
        return DlcJson.mapper().convertValue(value, type);
    }

    /**
     * @param value a model value
     * @return the value as a plain tree of maps and lists, to add or rename wire fields before converting
     */
    static Object tree(Object value) {
        return convert(value, Object.class);
    }
}
