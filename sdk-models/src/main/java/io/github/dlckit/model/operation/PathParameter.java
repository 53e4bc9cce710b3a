package io.github.dlckit.model.operation;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@code {Name}} placeholder of an operation's path, with how to read it from a request and how to put it
 * into one (the mock server builds requests from URLs).
 *
 * @param <R> the request type
 */
public final class PathParameter<R> {

    private final String name;
    private final Function<R, Optional<String>> getter;
    private final BiFunction<R, String, R> setter;

    PathParameter(String name, Function<R, Optional<String>> getter, BiFunction<R, String, R> setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /**
     * The placeholder name, as written in the path template.
     *
     * @return for example {@code JobId}
     */
    public String name() {
        return name;
    }

    /**
     * The value a request holds for this parameter.
     *
     * @param request the request
     * @return the value, empty when unset
     */
    public Optional<String> valueOf(R request) {
        return getter.apply(request);
    }

    /**
     * A copy of the request with this parameter set.
     *
     * @param request the request
     * @param value the decoded path segment
     * @return the new request
     */
    public R withValue(R request, String value) {
        return setter.apply(request, value);
    }
}
