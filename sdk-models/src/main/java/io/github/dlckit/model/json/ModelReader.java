package io.github.dlckit.model.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.util.ClassUtil;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The base of the generated readers ({@link ModelReaders}): reads a model type straight into its Immutables
 * builder, one token stream pass, no reflection, no intermediate {@code Json} object. Each generated subclass
 * only dispatches field names; the rules that make its values equal to Jackson's own are here:
 * <ul>
 * <li>a JSON object is read field by field; unknown fields are skipped (the models ignore unknown fields);</li>
 * <li>{@code null} sets the attribute to absent (empty), as Jackson's {@code Optional}, collection and map null
 * values do through the {@code Json} delegate;</li>
 * <li>a value in its natural token (a string for a text, an integer for an integer, {@code true}/{@code false}
 * for a boolean, a decimal for a floating-point number) is read with the same parser call Jackson's scalar
 * deserializers make;</li>
 * <li>anything else (numbers sent as text, a text sent as a number, lists, maps, nested models, free-form
 * values) goes to the deserializer Jackson itself uses for the attribute's declared type, so every coercion
 * and every refusal is Jackson's;</li>
 * <li>input that is not an object at all (a string, an array, {@code null}) goes to Jackson's standard
 * deserializer of the model type, resolved only when first needed;</li>
 * <li>lists and maps are held until the object ends and then given to the builder in attribute order, as the
 * {@code Json} delegate gives them: a later duplicate key wins, and an element the builder refuses (a null)
 * fails the whole object with the message of Jackson's value instantiator;</li>
 * <li>a failure while reading a field is wrapped with the field name, as Jackson's bean deserializer does (the
 * path names the model interface, not Immutables' internal {@code Json} class).</li>
 * </ul>
 *
 * @param <T> the model type
 */
abstract class ModelReader<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** The model interface, named in error paths. */
    private final Class<?> model;
    private final String[] accessors;
    /**
     * Per attribute (in {@link #accessors} order): Jackson's deserializer for its declared type, looked up when a
     * value first needs it. Resolving them all up front made Jackson build the deserializers of every type
     * reachable from this one (for GetJobResponse most of the model) on the first call, whatever the answer held.
     */
    private final transient AtomicReferenceArray<JsonDeserializer<Object>> declared;
    private transient volatile JsonDeserializer<Object> resolvedStandard;

    /**
     * @param model the model interface
     * @param immutable its Immutables class, the type Jackson deserializes the interface as
     * @param accessors the attribute accessors read from JSON, in the order the subclass indexes them
     */
    protected ModelReader(Class<?> model, Class<?> immutable, String... accessors) {
        super(immutable);
        this.model = model;
        this.accessors = accessors;
        this.declared = new AtomicReferenceArray<>(accessors.length);
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return model(standard(ctxt).deserialize(p, ctxt));
        }
        return readFields(p, ctxt, t);
    }

    /**
     * Reads the fields of an object up to its end.
     *
     * @param p the parser, at the first field name or at the end of the object
     * @param ctxt the context
     * @param first the current token
     * @return the value
     * @throws IOException as Jackson's deserializers throw it
     */
    protected abstract T readFields(JsonParser p, DeserializationContext ctxt, JsonToken first) throws IOException;

    /**
     * A value in a token other than the attribute's natural one: what Jackson's deserializer of the declared
     * type makes of it.
     *
     * @param index the attribute's index
     * @param p the parser, at the value
     * @param ctxt the context
     * @return the value of the declared type (an {@code Optional}, a list, ...)
     * @throws IOException as Jackson throws it
     */
    protected final Object declared(int index, JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonDeserializer<Object> deserializer = declared.get(index);
        if (deserializer == null) {
            // Jackson caches what it builds: a race only looks the same deserializer up twice.
            deserializer = ctxt.findContextualValueDeserializer(declaredType(index, ctxt), null);
            declared.set(index, deserializer);
        }
        return deserializer.deserialize(p, ctxt);
    }

    private JavaType declaredType(int index, DeserializationContext ctxt) throws JsonMappingException {
        try {
            return ctxt.constructType(model.getMethod(accessors[index]).getGenericReturnType());
        } catch (NoSuchMethodException e) {
            throw JsonMappingException.from(ctxt, model.getName() + " has no attribute " + accessors[index], e);
        }
    }

    /**
     * Wraps a failure while reading a field as Jackson's bean deserializer does: I/O failures that are not
     * Jackson's own pass unchanged, the rest become a {@link JsonMappingException} whose path names the field.
     *
     * @param failure what was thrown
     * @param field the JSON field name
     * @param ctxt the context
     * @return never returns normally
     * @throws IOException always
     */
    protected final IOException wrap(Throwable failure, String field, DeserializationContext ctxt) throws IOException {
        Throwable t = failure;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        ClassUtil.throwIfError(t);
        boolean wrap = ctxt == null || ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
        if (t instanceof IOException) {
            if (!wrap || !(t instanceof JacksonException)) {
                throw (IOException) t;
            }
        } else if (!wrap) {
            ClassUtil.throwIfRTE(t);
        }
        throw JsonMappingException.wrapWithPath(t, model, field);
    }

    /**
     * A builder that refused the values held for the object (a null element in a list): the failure Jackson's
     * value instantiator reports when the Immutables {@code Json} delegate hands the same values to the same
     * builder.
     *
     * @param failure what the builder threw
     * @param ctxt the context
     * @return the exception to throw
     */
    protected final JsonMappingException instantiationFailure(RuntimeException failure, DeserializationContext ctxt) {
        return ctxt.instantiationException(handledType(), failure);
    }

    /**
     * Jackson's own deserializer of the Immutables class, built on first need: what the bean deserializer factory
     * would have built for the type had this reader not answered first (building it introspects the whole class,
     * a cost most programs never need to pay).
     */
    private JsonDeserializer<Object> standard(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<Object> s = resolvedStandard;
        if (s == null) {
            synchronized (this) {
                s = resolvedStandard;
                if (s == null) {
                    JavaType type = ctxt.constructType(handledType());
                    DeserializerFactory factory = ctxt.getFactory();
                    JsonDeserializer<Object> built = (factory instanceof BeanDeserializerFactory
                            ? (BeanDeserializerFactory) factory : BeanDeserializerFactory.instance)
                            .buildBeanDeserializer(ctxt, type, ctxt.getConfig().introspect(type));
                    if (built instanceof ResolvableDeserializer) {
                        ((ResolvableDeserializer) built).resolve(ctxt);
                    }
                    s = cast(ctxt.handleSecondaryContextualization(built, null, type));
                    resolvedStandard = s;
                }
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private T model(Object value) {
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    private static JsonDeserializer<Object> cast(JsonDeserializer<?> deserializer) {
        return (JsonDeserializer<Object>) deserializer;
    }

    // What Jackson's bean deserializer (BeanDeserializerBase) answers; the two that need an instance build it.

    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        return model(standard(ctxt).getNullValue(ctxt));
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.ALWAYS_NULL;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
        return standard(ctxt).getEmptyValue(ctxt);
    }

    @Override
    public AccessPattern getEmptyAccessPattern() {
        return AccessPattern.DYNAMIC;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public Boolean supportsUpdate(DeserializationConfig config) {
        return Boolean.TRUE;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
