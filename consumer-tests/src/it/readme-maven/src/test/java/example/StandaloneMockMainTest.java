package example;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main program against the standalone mock jar (classifier all), started as its own process. */
class StandaloneMockMainTest {

    /** java8-client: the main program and the SDK it calls are Java 8 class files (major version 52). */
    @Test
    void theClientIsJava8BytecodeWhereExpected() throws Exception {
        String expected = System.getProperty("dlc.expect.bytecode");
        org.junit.jupiter.api.Assumptions.assumeTrue(expected != null, "only in the java8-client project");
        for (Class<?> type : new Class<?>[] {Main.class, io.github.dlckit.sdk.DlcClient.class,
                io.github.dlckit.model.CreateJobRequest.class}) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(
                    type.getResourceAsStream(type.getSimpleName() + ".class"))) {
                in.readInt();
                in.readUnsignedShort();
                assertThat(in.readUnsignedShort()).as(type.getName()).isEqualTo(Integer.parseInt(expected));
            }
        }
        System.out.println("checked: Main (compiled with --release " + (Integer.parseInt(expected) - 44)
                + "), DlcClient and CreateJobRequest are class files of major version " + expected);
    }

    @Test
    void theMainProgramTalksToTheStandaloneMock() throws Exception {
        Path jar = Path.of(System.getProperty("dlc.mock.jar"));
        assertThat(jar).exists();
        Process mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--clock", "virtual")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String first = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(first).matches("DLC mock listening on http://127\\.0\\.0\\.1:\\d+");
            String url = first.substring("DLC mock listening on ".length());

            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream console = System.out;
            System.setProperty("dlc.mock", url);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                Main.main(new String[0]);
            } finally {
                System.setOut(console);
                System.clearProperty("dlc.mock");
            }
            String output = captured.toString(StandardCharsets.UTF_8);
            console.print(output);
            assertThat(output).contains("checked: the README's job validates")
                    .containsPattern("dlc[0-9a-z]+ [A-Za-z]+ on " + url.replace(".", "\\."));
            System.out.println("checked: the main program created and read a job on the standalone mock at " + url
                    + " (" + Files.size(jar) / (1024 * 1024) + " MiB jar)");
        } finally {
            mock.destroy();
            mock.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
