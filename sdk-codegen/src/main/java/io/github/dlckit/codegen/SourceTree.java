package io.github.dlckit.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The output folder of a generator: emptied before each run so a removed operation leaves no stale file. */
final class SourceTree {

    private SourceTree() {
    }

    /**
     * How the build log names {@code dir}: relative to the working directory when below it, so logs (and builds
     * compared for reproducibility) never carry the machine's absolute paths.
     */
    static String describe(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path target = dir.toAbsolutePath().normalize();
        return target.startsWith(here) ? here.relativize(target).toString() : String.valueOf(target.getFileName());
    }

    /** Deletes {@code dir} and everything below it, if it exists. */
    static void empty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
