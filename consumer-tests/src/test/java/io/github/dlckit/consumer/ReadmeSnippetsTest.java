package io.github.dlckit.consumer;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.junit.MockClients;
import io.github.dlckit.sdk.DlcAsyncClient;
import io.github.dlckit.sdk.DlcClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README snippets are code: every Java snippet of README.md and the module READMEs has a copy, between
 * {@code // readme:begin} and {@code // readme:end}, in a file this module compiles (src/test) or a consumer project
 * builds (src/it); and every such copy is a README snippet. Indentation aside, they must be equal: edit both.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("dlckit.root", "..")).toAbsolutePath().normalize();
    private static final Path COPIES = ROOT.resolve("consumer-tests/src");

    /** A piece of Java text and where it is, for the failure message. */
    record Snippet(String where, String text) {
    }

    @Test
    void everyReadmeJavaSnippetHasACompiledCopyAndEveryCopyIsInAReadme() throws IOException {
        List<Snippet> readme = readmeSnippets();
        List<Snippet> copies = copies();
        List<String> copyTexts = copies.stream().map(Snippet::text).collect(Collectors.toList());
        List<String> readmeTexts = readme.stream().map(Snippet::text).collect(Collectors.toList());

        List<String> problems = new ArrayList<>();
        readme.stream().filter(s -> !copyTexts.contains(s.text())).forEach(s -> problems.add(s.where()
                + ": this Java snippet has no copy between // readme:begin and // readme:end under consumer-tests/src"
                + " (change the copy with the README, so the README shows code that compiles and runs)"));
        copies.stream().filter(s -> !readmeTexts.contains(s.text())).forEach(s -> problems.add(s.where()
                + ": this copy matches no Java snippet of the READMEs (change the README with the copy)"));

        assertThat(readme).hasSizeGreaterThanOrEqualTo(8);
        assertThat(problems).as("README snippets and their copies").isEmpty();
        System.out.println("README snippets: " + readme.size() + " Java snippets, each with a compiled copy ("
                + copies.size() + " copies)");
    }

    @Test
    void theSnippetsThatNeedNoCloudRun() {
        try (DlcMockServer mock = DlcMockServer.builder().seed(3).start();
             DlcAsyncClient dlcAsync = MockClients.asyncClient(mock)) {
            SdkSnippets.asyncPaginator(dlcAsync);
            assertThat(dlcAsync.listJobs(r -> r.pageSize(10)).join().totalCount()).hasValue(0);
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (DlcClient dlc = SdkSnippets.metrics(registry)) {
            assertThat(dlc.toString()).contains("DlcClient");
        }
    }

    private static List<Snippet> readmeSnippets() throws IOException {
        List<Path> readmes = new ArrayList<>();
        readmes.add(ROOT.resolve("README.md"));
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(readmes::add);
        }
        List<Snippet> out = new ArrayList<>();
        for (Path file : readmes) {
            out.addAll(between(file, "```java", "```"));
        }
        return out;
    }

    private static List<Snippet> copies() throws IOException {
        List<Snippet> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(COPIES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                out.addAll(between(file, "// readme:begin", "// readme:end"));
            }
        }
        return out;
    }

    /** Every run of lines of {@code file} between a line {@code begin} and the next line {@code end}. */
    private static List<Snippet> between(Path file, String begin, String end) {
        List<String> lines = read(file);
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(begin)) {
                int first = i + 1;
                int last = first;
                while (!lines.get(last).trim().equals(end)) {
                    last++;
                }
                out.add(new Snippet(ROOT.relativize(file) + ":" + first, normalise(lines.subList(first, last))));
                i = last;
            }
        }
        return out;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trailing blanks and the common indentation removed: a snippet reads the same at any depth. */
    static String normalise(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n")).strip();
    }
}
