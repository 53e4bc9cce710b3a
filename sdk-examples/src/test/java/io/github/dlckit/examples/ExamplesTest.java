package io.github.dlckit.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {

    @Test
    void theFirstArgumentNamesTheProgram() {
        Result run = launch("market", "--json");

        assertThat(run.status).isZero();
        assertThat(run.output).startsWith("{\"type\":\"target\",\"kind\":\"mock\"");
    }

    @Test
    void withoutAProgramItListsThem() {
        Result none = launch();
        Result help = launch("--help");
        Result unknown = launch("nope");

        assertThat(none.status).isEqualTo(2);
        assertThat(help.status).isZero();
        assertThat(unknown.status).isEqualTo(2);
        assertThat(unknown.output).contains("error: no program nope");
        assertThat(help.output).contains("quickstart", "lingjun", "market", "survive", "cleanup");
    }

    @Test
    void aMisspeltProgramGetsASuggestion_andTheVersionIsOneLine() {
        Result misspelt = launch("quikstart");
        Result version = launch("--version");

        assertThat(misspelt.status).isEqualTo(2);
        assertThat(misspelt.output).contains("error: no program quikstart\ndid you mean quickstart");
        assertThat(version.status).isZero();
        assertThat(version.output).matches("dlc-examples \\S+\\R");
    }

    @Test
    void everyProgramHasHelpAndRefusesUnknownOptions() {
        for (var program : Examples.PROGRAMS) {
            Result help = launch(program.name(), "--help");
            Result bad = launch(program.name(), "--no-such-option");

            assertThat(help.status).as(program.name()).isZero();
            assertThat(help.output).contains("usage: java -jar dlc-examples.jar " + program.name(), "--json", "--cloud");
            assertThat(bad.status).as(program.name()).isEqualTo(2);
            assertThat(bad.output).contains("error: unknown option --no-such-option");
        }
    }

    private static Result launch(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Examples.run(args, out);
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }
}
