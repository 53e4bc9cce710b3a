package io.github.dlckit.mock.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;

/** picocli's parse errors as the mock's one-line messages, which name the flag and never echo a value after {@code =}. */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * @param error what picocli refused
     * @return one line: {@code unknown option '--seeed'; did you mean --seed?} (the
     *         closest flag only), {@code --port needs a value}, ...
     */
    static String message(ParameterException error) {
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            int eq = typed.indexOf('=');
            // --acess-key=ID:SECRET: the value may be a secret, the flag is what was misspelt
            String flag = typed.startsWith("--") && eq > 0 ? typed.substring(0, eq) : typed;
            List<String> suggestions = unmatched.getSuggestions(); // the most similar first
            return "unknown option " + CliOptions.quoted(flag)
                    + (suggestions.isEmpty() ? "" : "; did you mean " + suggestions.get(0) + "?");
        }
        if (error instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            return (arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel()) + " needs a value";
        }
        return error.getMessage().replaceAll("[\\r\\n]+", " ");
    }
}
