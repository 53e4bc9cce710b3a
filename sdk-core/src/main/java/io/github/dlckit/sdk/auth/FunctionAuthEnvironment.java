package io.github.dlckit.sdk.auth;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/** An {@link AuthEnvironment} made of three look-ups; its description shows names, never values. */
final class FunctionAuthEnvironment implements AuthEnvironment {

    private final String description;
    private final Function<String, String> environment;
    private final Function<String, String> properties;
    private final Supplier<Path> home;

    FunctionAuthEnvironment(String description, Function<String, String> environment,
                            Function<String, String> properties, Supplier<Path> home) {
        this.description = description;
        this.environment = environment;
        this.properties = properties;
        this.home = home;
    }

    @Override
    public String getenv(String name) {
        return environment.apply(name);
    }

    @Override
    public String getProperty(String name) {
        return properties.apply(name);
    }

    @Override
    public Path homeDirectory() {
        return home.get();
    }

    @Override
    public String toString() {
        return description;
    }
}
