package io.github.dlckit.mock.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version the mock was built as. The build writes it into {@code version.properties} (resource filtering), so
 * it reads the same from {@code target/classes} and from either jar; a manifest entry would exist only in the jar.
 */
final class BuildVersion {

    private static final String RESOURCE = "version.properties";

    private BuildVersion() {
    }

    /** @return the project version, such as {@code 0.1.0} */
    static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing next to " + BuildVersion.class.getName());
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
