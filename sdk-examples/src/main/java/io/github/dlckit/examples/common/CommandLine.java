package io.github.dlckit.examples.common;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options a program was started with: {@code --name value}, {@code --name=value} or a switch {@code --name},
 * parsed by picocli. Unknown options (with picocli's suggestions for a misspelt one) and missing or malformed
 * values are {@link UsageException}s naming the option.
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
        CommandSpec spec = CommandSpec.create();
        for (Option option : options) {
            spec.addOption(OptionSpec.builder("--" + option.name()).arity(option.takesValue() ? "1" : "0")
                    .type(option.takesValue() ? String.class : boolean.class)
                    .paramLabel(option.takesValue() ? option.valueName() : "").build());
        }
        ParseResult parsed;
        try {
            parsed = new picocli.CommandLine(spec).setOverwrittenOptionsAllowed(true)
                    .setUnmatchedOptionsArePositionalParams(false).parseArgs(args);
        } catch (UnmatchedArgumentException e) {
            throw unmatched(e);
        } catch (MissingParameterException e) {
            Option option = line.known.get(((OptionSpec) e.getMissing().get(0)).longestName().substring(2));
            throw new UsageException("--" + option.name() + " needs a value (" + option.valueName() + ")");
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        for (OptionSpec option : parsed.matchedOptions()) {
            String name = option.longestName().substring(2);
            line.given.put(name, line.known.get(name).takesValue() ? option.<String>getValue() : "true");
        }
        return line;
    }

    /** The first argument picocli could not place, in our words, with its suggestions for a misspelt option. */
    private static UsageException unmatched(UnmatchedArgumentException e) {
        String arg = e.getUnmatched().get(0);
        if (!arg.startsWith("--")) {
            return new UsageException("unexpected argument " + arg);
        }
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        List<String> suggestions = e.getSuggestions();
        return new UsageException("unknown option " + name
                + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)"));
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
