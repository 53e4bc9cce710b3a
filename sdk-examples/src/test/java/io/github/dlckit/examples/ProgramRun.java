package io.github.dlckit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.examples.common.Program;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One in-process run of a program: its exit status and what it printed. */
record ProgramRun(int exitStatus, String output) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ProgramRun of(Program program, String... args) {
        return of(program, Map.of(), args);
    }

    static ProgramRun of(Program program, Map<String, String> environment, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int status = program.run(args, out, environment);
            return new ProgramRun(status, bytes.toString(StandardCharsets.UTF_8));
        }
    }

    List<String> lines() {
        return output.lines().toList();
    }

    /** Every line parsed as JSON (fails the test on a line that is not a JSON object). */
    List<JsonNode> json() {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines()) {
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject() || !node.has("type")) {
                    throw new AssertionError("not a typed JSON object: " + line);
                }
                nodes.add(node);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return nodes;
    }

    List<JsonNode> json(String type) {
        return json().stream().filter(n -> n.get("type").asText().equals(type)).collect(Collectors.toList());
    }

    /** The statuses of the text transition lines ({@code <time>  <jobId>  <status> ...}), in order. */
    List<String> statuses() {
        return lines().stream().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT.*Z  dlc\\w+  .*"))
                .map(l -> l.split("\\s+")[2]).toList();
    }
}
