package io.github.dlckit.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

import java.io.UncheckedIOException;

/**
 * The one place that configures Jackson for the model: {@code Optional} support, unknown fields ignored on
 * read (the service adds fields), absent values left out on write, compact output that keeps non-ASCII text
 * as UTF-8 and does not escape HTML characters (as the vendor's clients send it).
 *
 * <p>The mapper is built once: building one is a known start-up cost. Do not reconfigure it; copy it with
 * {@link ObjectMapper#copy()} if you need other settings.
 */
public final class DlcJson {

    private DlcJson() {
    }

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
    }

    /** Holds the shared mapper, built when first asked for (a program that only uses the other builds one). */
    private static final class Shared {
        static final ObjectMapper MAPPER = configured().build();
    }

    /** Holds the reading mapper, built when first asked for. */
    private static final class Reading {
        static final ObjectMapper MAPPER = configured().addModule(ModelReaders.module()).build();
    }

    /**
     * The shared mapper.
     *
     * @return a mapper configured for the model types
     */
    public static ObjectMapper mapper() {
        return Shared.MAPPER;
    }

    /**
     * A mapper with the configuration of {@link #mapper()} whose model types are read by generated readers:
     * each reads a JSON object straight into the type's builder, without reflection and without the
     * intermediate object Jackson otherwise fills first. The values are those {@link #mapper()} reads (coercions
     * and refusals are Jackson's own); a failure's path names the model interface
     * ({@code GetJobResponse["Priority"]}) instead of an internal Immutables class. Writing is the same as with
     * {@link #mapper()}. The SDK reads service answers and writes request bodies with it; {@link #mapper()}
     * itself is unchanged.
     *
     * @return the shared reading mapper, made on first use
     */
    public static ObjectMapper readingMapper() {
        return Reading.MAPPER;
    }

    /**
     * Compact JSON text of a value.
     *
     * @param value a model value, list or map
     * @return its JSON text
     */
    public static String write(Object value) {
        try {
            return Shared.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
