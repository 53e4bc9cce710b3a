package io.github.dlckit.mock.cli;

import io.github.dlckit.mock.api.binding.RequestLimits;
import io.github.dlckit.mock.http.HttpSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The flags of issue 12: limits, deadlines, journal, admin API, lenient fields; the warning for exposed addresses. */
class HardeningFlagsTest {

    @Test
    void defaults_closeTheAdminApiAndTheJournal_andKeepTheDocumentedLimits() throws CliException {
        CliOptions options = CliOptions.parse();
        assertThat(options.http().adminApi()).isFalse();
        assertThat(options.http().journalBytes()).as("nothing could read it").isZero();
        assertThat(options.http().maxBodyBytes()).isEqualTo(1 << 20);
        assertThat(options.limits()).isEqualTo(RequestLimits.DEFAULTS);
        assertThat(options.lenientFields()).isFalse();
        assertThat(CliOptions.parse("--admin").http().journalBytes()).isEqualTo(HttpSettings.DEFAULTS.journalBytes());
    }

    @Test
    void everyHardeningFlag_isRead() throws CliException {
        CliOptions options = CliOptions.parse("--admin", "--lenient-fields", "--journal-bytes=1000",
                "--max-body-bytes", "2048", "--idle-timeout-seconds", "5", "--min-body-rate", "0", "--threads", "64",
                "--max-pods-per-job", "7", "--max-roles-per-job", "3", "--max-page-size", "50",
                "--max-string-chars", "99", "--max-list-items", "12", "--max-json-depth", "9");
        assertThat(options.http()).isEqualTo(new HttpSettings(2048, Duration.ofSeconds(5), 0, 64, 1000, true));
        assertThat(options.limits()).isEqualTo(new RequestLimits(7, 3, 50, 99, 12, 9));
        assertThat(options.lenientFields()).isTrue();
    }

    @Test
    void badValues_nameTheFlagAndTheRange() {
        assertThat(catchThrowableOfType(CliException.class, () -> CliOptions.parse("--threads", "2")))
                .hasMessage("--threads must be 8 to 2147483647, got 2");
        assertThat(catchThrowableOfType(CliException.class, () -> CliOptions.parse("--max-pods-per-job", "0")))
                .hasMessage("--max-pods-per-job must be 1 to 2147483647, got 0");
        assertThat(catchThrowableOfType(CliException.class, () -> CliOptions.parse("--admin=yes")))
                .hasMessage("--admin takes no value");
    }

    @Test
    void aNonLoopbackAddress_getsAWarning() throws CliException {
        assertThat(Main.exposureWarning(CliOptions.parse("--host", "127.0.0.1"))).isEmpty();
        assertThat(Main.exposureWarning(CliOptions.parse("--host", "::1"))).isEmpty();
        assertThat(Main.exposureWarning(CliOptions.parse("--host", "localhost"))).isEmpty();
        assertThat(Main.exposureWarning(CliOptions.parse("--host", "0.0.0.0"))).get().asString()
                .contains("WARNING", "0.0.0.0", "not a loopback address");
        assertThat(Main.exposureWarning(CliOptions.parse("--host", "0.0.0.0", "--admin"))).get().asString()
                .contains("unsigned admin API");
        assertThat(Main.exposureWarning(CliOptions.parse("--host", "build-host.example"))).isPresent();
    }
}
