package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.api.binding.RequestLimits;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.http.HttpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** picocli's additions to the standalone mock's command line: --version, suggestions, a help listing every flag. */
class HelpAndVersionTest {

    private static final List<OptionSpec> FLAGS = Flags.parser(new Flags()).getCommandSpec().options();

    @Test
    void version_isAskedFor_andNamesTheBuildsVersion() throws CliException {
        assertThat(CliOptions.parse("--version").version()).isTrue();
        assertThat(CliOptions.parse().version()).isFalse();
        assertThat(CliOptions.parse("--port", "1").help()).isFalse();
        // from the filtered resource in target/classes; StandaloneJarIT checks the jar
        assertThat(Main.versionLine()).isEqualTo("dlc-mock-server " + System.getProperty("dlc.mock.version"))
                .doesNotContain("${");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--seeed                    | unknown option '--seeed'; did you mean --seed?",
            "--por=8089                 | unknown option '--por'; did you mean --port?",
            "--max-bdy-bytes            | unknown option '--max-bdy-bytes'; did you mean --max-body-bytes?",
            "--stskey                   | unknown option '--stskey'; did you mean --sts-key?"})
    void misspeltFlag_getsASuggestion(String arg, String message) {
        CliException error = catchThrowableOfType(CliException.class, () -> CliOptions.parse(arg, "3"));
        assertThat(error).hasMessage(message);
    }

    @Test
    void misspeltFlagWithAnInlineValue_neverEchoesTheValue() {
        CliException error = catchThrowableOfType(CliException.class,
                () -> CliOptions.parse("--acess-key=id:topsecret"));
        assertThat(error).hasMessage("unknown option '--acess-key'; did you mean --access-key?");
    }

    @Test
    void switches_takeNoValue_evenOnesPicocliWouldRead() {
        for (String arg : List.of("--no-ui=false", "--lenient-fields=true", "--help=yes", "--version=1")) {
            assertThat(catchThrowableOfType(CliException.class, () -> CliOptions.parse(arg)))
                    .hasMessage(arg.substring(0, arg.indexOf('=')) + " takes no value");
        }
    }

    @Test
    void aValueThatLooksLikeAFlag_isMissingItsValue_whileNegativeNumbersAreValues() throws CliException {
        assertThat(catchThrowableOfType(CliException.class, () -> CliOptions.parse("--port", "--seed", "3")))
                .hasMessage("--port needs a value");
        assertThat(CliOptions.parse("--seed", "-7").seed()).isEqualTo(-7L);
        assertThat(CliOptions.parse("--port", "1", "--port=2").port()).as("the last one wins").isEqualTo(2);
        assertThat(CliOptions.parse("--scenario", "@market.json").scenario()).as("no @file expansion")
                .hasToString("@market.json");
    }

    @Test
    void help_listsEveryFlag_withItsDefault() {
        assertThat(FLAGS).hasSizeGreaterThanOrEqualTo(32);
        for (OptionSpec flag : FLAGS) {
            assertThat(CliOptions.USAGE).contains(flag.longestName());
            if (!flag.usageHelp() && !flag.versionHelp()) {
                assertThat(description(flag.longestName())).as(flag.longestName()).containsIgnoringCase("default");
            }
        }
        assertThat(CliOptions.USAGE).startsWith("Usage: java -jar dlc-mock-server.jar [options]")
                .contains("-h, --help", "--version", "--port N", "(default 0)", "--access-key ID:SECRET[:ACCOUNT[:USER]]",
                        "Exit status: 0 after --help or --version");
    }

    @Test
    void help_showsTheDefaultsTheCodeUses() throws CliException {
        CliOptions defaults = CliOptions.parse();
        assertThat(defaults.http()).isEqualTo(HttpSettings.DEFAULTS.withJournalBytes(0));
        assertThat(defaults.limits()).isEqualTo(RequestLimits.DEFAULTS);
        assertThat(CliOptions.USAGE).contains(
                "(default " + defaults.port() + ")",
                "(default " + defaults.host() + ")",
                "(default " + defaults.region() + ")",
                "(default " + defaults.http().maxBodyBytes() + ")",
                "(default " + defaults.http().threads() + ")",
                "(default " + defaults.limits().maxStringChars() + ")");
        // defaults the code applies elsewhere (the journal with --admin, the engine's settings): said in words
        EngineSettings engine = new EngineSettings();
        assertThat(description("--journal-bytes")).contains("default " + HttpSettings.DEFAULTS.journalBytes()
                + " with --admin");
        assertThat(description("--queue-order")).contains("default " + engine.queueOrder().wireValue() + ")");
        assertThat(description("--release-reason-code")).contains("default " + engine.releaseReasonCode() + ")");
        assertThat(description("--average-window-seconds")).contains("default " + engine.averageWindow().toSeconds()
                + ")");
        assertThat(description("--env-preparing-seconds")).contains("default " + engine.envPreparing().toSeconds()
                + ")");
        assertThat(description("--sanity-check-seconds")).contains("default " + engine.sanityCheck().toSeconds()
                + ")");
    }

    private static String description(String flag) {
        return FLAGS.stream().filter(f -> f.longestName().equals(flag)).findFirst()
                .map(f -> String.join(" ", f.description())).orElseThrow();
    }
}
