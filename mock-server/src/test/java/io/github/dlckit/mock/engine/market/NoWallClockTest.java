package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The market takes all time from the EventClock: no main source may read the wall clock. */
class NoWallClockTest {

    private static final List<String> WALL_CLOCK = List.of("System.currentTimeMillis", "System.nanoTime",
            "Instant.now", "LocalDateTime.now", "Clock.system", "new Date()", "new Random(", "Math.random");

    @Test
    void mainSourcesNeverReadTheWallClockNorUnseededRandomness() throws IOException {
        Path sources = Path.of("src/main/java/io/github/dlckit/mock/engine/market");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(WALL_CLOCK).as(file.toString()).noneMatch(text::contains);
            }
        }
    }
}
