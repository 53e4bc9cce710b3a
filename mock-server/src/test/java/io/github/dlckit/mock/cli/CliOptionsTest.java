package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.clock.ClockMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CliOptionsTest {

    @Test
    void defaults_areTheDocumentedOnes() throws CliException {
        CliOptions options = CliOptions.parse();
        assertThat(options.port()).isZero();
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.region()).isEqualTo("cn-wulanchabu");
        assertThat(options.accessKeys()).isEmpty();
        assertThat(options.clock()).isEqualTo(ClockMode.WALL);
        assertThat(options.seed()).isEqualTo(1L);
        assertThat(options.scenario()).isNull();
        assertThat(options.help()).isFalse();
        assertThat(options.webPage()).isTrue();
    }

    @Test
    void noUi_turnsTheWebPageOff() throws CliException {
        assertThat(CliOptions.parse("--no-ui").webPage()).isFalse();
        assertThat(CliOptions.USAGE).contains("--no-ui", "/mock/ui/");
    }

    @Test
    void everyFlag_inBothSpellings() throws CliException {
        CliOptions options = CliOptions.parse("--port", "8089", "--host=0.0.0.0", "--region", "cn-hangzhou",
                "--access-key", "a:b", "--access-key=c:d:42:carol", "--clock", "VIRTUAL", "--seed=-7",
                "--scenario", "market.json");
        assertThat(options.port()).isEqualTo(8089);
        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.region()).isEqualTo("cn-hangzhou");
        assertThat(options.accessKeys()).extracting(k -> k.id() + "/" + k.accountId() + "/" + k.userId())
                .containsExactly("a/1234567890123456/a", "c/42/carol");
        assertThat(options.clock()).isEqualTo(ClockMode.VIRTUAL);
        assertThat(options.seed()).isEqualTo(-7L);
        assertThat(options.scenario()).isEqualTo(Path.of("market.json"));
    }

    @Test
    void stsKeys_carryTheirTokenAndAccount() throws CliException {
        CliOptions options = CliOptions.parse("--sts-key", "STS.a:s:tok+/=", "--sts-key=STS.b:s:t:42:bob",
                "--access-key", "c:d");
        assertThat(options.accessKeys()).extracting(k -> k.id() + "/" + k.accountId() + "/" + k.userId() + "/"
                        + k.securityToken().orElse("none"))
                .containsExactly("STS.a/1234567890123456/STS.a/tok+/=", "STS.b/42/bob/t", "c/1234567890123456/c/none");
    }

    @Test
    void stateDir_inBothSpellings_absentByDefault() throws CliException {
        assertThat(CliOptions.parse().stateDir()).isNull();
        assertThat(CliOptions.parse("--state-dir", "state").stateDir()).isEqualTo(java.nio.file.Path.of("state"));
        assertThat(CliOptions.parse("--state-dir=/tmp/s").stateDir()).isEqualTo(java.nio.file.Path.of("/tmp/s"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CliOptions.parse("--state-dir")))
                .hasMessage("--state-dir needs a value");
        assertThat(CliOptions.USAGE).contains("--state-dir DIR", "/mock/v1/faults", "/mock/v1/requests",
                "/mock/v1/state");
    }

    @Test
    void help_inEitherSpelling() throws CliException {
        assertThat(CliOptions.parse("--help").help()).isTrue();
        assertThat(CliOptions.parse("-h").help()).isTrue();
        assertThat(CliOptions.USAGE).contains("--port N", "--access-key", "--clock virtual|wall", "--scenario FILE",
                "/mock/v1/clock/advance", "Exit status");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--bogus                    | unknown option '--bogus'",
            "--port                     | --port needs a value",
            "--port=abc                 | --port expects a whole number, got 'abc'",
            "--port=70000               | --port must be 0 to 65535, got 70000",
            "--port=-1                  | --port must be 0 to 65535, got -1",
            "--seed=1.5                 | --seed expects a whole number, got '1.5'",
            "--clock=sometimes          | --clock expected virtual or wall, got 'sometimes'",
            "--access-key=onlyid        | --access-key expected ID:SECRET[:ACCOUNT[:USER]]",
            "--access-key=id:           | --access-key expected ID:SECRET[:ACCOUNT[:USER]]",
            "--access-key=a:b:c:d:e     | --access-key expected ID:SECRET[:ACCOUNT[:USER]]",
            "--sts-key=id:secret        | --sts-key expected ID:SECRET:TOKEN[:ACCOUNT[:USER]]",
            "--sts-key=id:s:t:a:u:x     | --sts-key expected ID:SECRET:TOKEN[:ACCOUNT[:USER]]",
            "--sts-key                  | --sts-key needs a value",
            "--host=                    | --host needs a value",
            "stray                      | unknown option 'stray'"})
    void badFlags_giveOneLineNamingTheFlag(String arg, String message) {
        CliException error = catchThrowableOfType(CliException.class, () -> CliOptions.parse(arg));
        assertThat(error.getMessage()).startsWith(message).doesNotContain("\n");
    }

    @Test
    void malformedAccessKey_neverEchoesTheSecret() {
        CliException error = catchThrowableOfType(CliException.class,
                () -> CliOptions.parse("--access-key", "id:topsecret:acct:user:extra"));
        assertThat(error.getMessage()).doesNotContain("topsecret");
        CliException sts = catchThrowableOfType(CliException.class,
                () -> CliOptions.parse("--sts-key", "id:topsecret:toptoken:acct:user:extra"));
        assertThat(sts.getMessage()).doesNotContain("topsecret").doesNotContain("toptoken");
    }
}
