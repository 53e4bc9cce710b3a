package io.github.dlckit.examples.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a program reports: one line per thing that happened. For people, the line's text; with {@code --json},
 * one JSON object per line instead, {@code {"type": ..., <fields>}}, for scripts.
 */
public final class Output {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream stream;
    private final boolean json;

    private Output(PrintStream stream, boolean json) {
        this.stream = stream;
        this.json = json;
    }

    /**
     * @param stream where to print
     * @param json JSON lines instead of text
     * @return the output
     */
    public static Output of(PrintStream stream, boolean json) {
        return new Output(stream, json);
    }

    /**
     * Reports one thing.
     *
     * @param type what kind of line it is ({@code transition}, {@code summary}, ...): the JSON {@code type}
     * @param fields its values, for {@code --json}
     * @param text the line for people (may span lines)
     */
    public void line(String type, Fields fields, String text) {
        if (!json) {
            stream.println(text);
            return;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", type);
        object.putAll(fields.asMap());
        try {
            stream.println(JSON.writeValueAsString(object));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reports a note for people only ({@code --json} leaves it out).
     *
     * @param text the note
     */
    public void note(String text) {
        if (!json) {
            stream.println(text);
        }
    }

    /**
     * Reports why the program stops.
     *
     * @param message what went wrong
     */
    public void error(String message) {
        line("error", Fields.of().put("message", message), "error: " + message);
    }
}
