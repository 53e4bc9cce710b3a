package io.github.dlckit.examples.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private static final List<Option> OPTIONS = List.of(
            Option.value("bid", "CNY", "0.011", "the bid"),
            Option.value("seed", "N", "1", "the seed"),
            Option.value("start", "TIME", null, "the start"),
            Option.toggle("json", "json lines"));

    @Test
    void readsValuesSwitchesAndDefaults() {
        CommandLine cli = CommandLine.parse(OPTIONS, "--bid", "0.02", "--json", "--start=2026-11-29T00:00:00Z");

        assertThat(cli.decimal("bid")).isEqualByComparingTo("0.02");
        assertThat(cli.number("seed")).isEqualTo(1);
        assertThat(cli.isSet("json")).isTrue();
        assertThat(cli.isSet("seed")).isFalse();
        assertThat(cli.given("seed")).isEmpty();
        assertThat(cli.instant("start")).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "--nope")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unknown option --nope");
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "bid")).hasMessage("unexpected argument bid");
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "--bid")).hasMessage("--bid needs a value (CNY)");
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "--bid", "cheap").decimal("bid"))
                .hasMessage("--bid must be a number, got cheap");
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "--seed", "1.5").number("seed"))
                .hasMessage("--seed must be a whole number, got 1.5");
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS).instant("start")).hasMessage("--start is required");
    }

    @Test
    void suggestsTheOptionAMisspeltOneMeant() {
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "--sed", "3"))
                .hasMessageStartingWith("unknown option --sed (did you mean --seed");
        assertThatThrownBy(() -> CommandLine.parse(OPTIONS, "--jsno")).hasMessageContaining("did you mean --json");
    }
}
