package io.github.dlckit.mock.engine.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedCommandTest {

    @Test
    void M12_runsForTheSumOfItsSleepsAndPrintsItsEchoes() {
        SimulatedCommand seed = SimulatedCommand.parse("echo 'Hello World' && ls -R /mnt/data/ && sleep 30 && echo 'DONE'");

        assertThat(seed.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(seed.exitCode()).isZero();
        assertThat(seed.logLines()).extracting(SimulatedCommand.LogLine::text).containsExactly("Hello World", "DONE");
        assertThat(seed.logLines()).extracting(SimulatedCommand.LogLine::offset)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(30));
    }

    @Test
    void M12_exitWithNonZeroStopsTheScriptAndFails() {
        SimulatedCommand failing = SimulatedCommand.parse("sleep 1m; echo before\nexit 3; sleep 100; echo after");

        assertThat(failing.exitCode()).isEqualTo(3);
        assertThat(failing.duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(failing.logLines()).extracting(SimulatedCommand.LogLine::text).containsExactly("before");
    }

    @Test
    void M12_aCommandWithoutSleepRunsOneSecond() {
        assertThat(SimulatedCommand.parse("python train.py").duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(SimulatedCommand.parse(null).duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(SimulatedCommand.parse("sleep 0.5 && sleep 1.5h").duration()).isEqualTo(Duration.ofMillis(5_400_500));
    }

    @Test
    void M12_aCheckpointKeepsTheTimeDoneAndTheLinesPrinted_aResumedRunSkipsThem() {
        SimulatedCommand command = SimulatedCommand.parse("echo a && sleep 60 && echo b && sleep 60 && echo c");
        SimulatedCommand.Checkpoint first = command.after(SimulatedCommand.Checkpoint.START, Duration.ofSeconds(90));

        assertThat(first).isEqualTo(new SimulatedCommand.Checkpoint(Duration.ofSeconds(90), 2));
        assertThat(command.remaining(first)).isEqualTo(Duration.ofSeconds(30));
        assertThat(command.logLines(first)).containsExactly(new SimulatedCommand.LogLine(Duration.ofSeconds(30), "c"));
        assertThat(command.after(first, Duration.ofHours(1)))
                .as("never beyond the command's end").isEqualTo(new SimulatedCommand.Checkpoint(Duration.ofSeconds(120), 3));
        assertThat(command.remaining(SimulatedCommand.Checkpoint.START)).isEqualTo(command.duration());
        assertThat(command.logLines(SimulatedCommand.Checkpoint.START)).isEqualTo(command.logLines());
    }
}
