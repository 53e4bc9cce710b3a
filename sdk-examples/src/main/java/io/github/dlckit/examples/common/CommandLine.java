package io.github.dlckit.examples.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options a program was started with: {@code --name value}, {@code --name=value} or a switch {@code --name}.
 * Unknown options and missing or malformed values are {@link UsageException}s naming the option.
 */
public final class CommandLine {

    private final Map<String, Option> known = new LinkedHashMap<>();
    private final Map<String, String> given = new LinkedHashMap<>();

    private CommandLine(List<Option> options) {
        options.forEach(o -> known.put(o.name(), o));
    }

    /**
     * @param options the options the program accepts
     * @param args the arguments
     * @return the parsed command line
     * @throws UsageException for an unknown option or a missing value
     */
    public static CommandLine parse(List<Option> options, String... args) {
        CommandLine line = new CommandLine(options);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            Option option = line.known.get(name);
            if (option == null) {
                throw new UsageException("unknown option --" + name);
            }
            if (!option.takesValue()) {
                line.given.put(name, "true");
            } else if (inlineValue != null) {
                line.given.put(name, inlineValue);
            } else if (i + 1 < args.length) {
                line.given.put(name, args[++i]);
            } else {
                throw new UsageException("--" + name + " needs a value (" + option.valueName() + ")");
            }
        }
        return line;
    }

    /**
     * @param name an option name
     * @return whether the option was given
     */
    public boolean isSet(String name) {
        return given.containsKey(name);
    }

    /**
     * @param name an option name
     * @return the value given on the command line, without the default
     */
    public Optional<String> given(String name) {
        return Optional.ofNullable(given.get(name));
    }

    /**
     * @param name an option name
     * @return the value given, else the option's default (null when it has none)
     */
    public String string(String name) {
        Option option = known.get(name);
        if (option == null) {
            throw new IllegalArgumentException("no option --" + name + " was declared");
        }
        return given.getOrDefault(name, option.defaultValue());
    }

    /**
     * @param name an option with a numeric value
     * @return the value as a decimal
     */
    public BigDecimal decimal(String name) {
        return parsed(name, BigDecimal::new, "a number");
    }

    /**
     * @param name an option with a whole-number value
     * @return the value
     */
    public long number(String name) {
        return parsed(name, Long::parseLong, "a whole number");
    }

    /**
     * @param name an option with an ISO-8601 instant as value
     * @return the value
     */
    public Instant instant(String name) {
        return parsed(name, Instant::parse, "a UTC time such as 2026-11-29T00:00:00Z");
    }

    private <T> T parsed(String name, Function<String, T> parser, String expected) {
        String text = required(name);
        try {
            return parser.apply(text);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UsageException("--" + name + " must be " + expected + ", got " + text);
        }
    }

    private String required(String name) {
        String text = string(name);
        if (text == null) {
            throw new UsageException("--" + name + " is required");
        }
        return text;
    }
}
