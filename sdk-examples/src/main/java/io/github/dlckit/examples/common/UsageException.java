package io.github.dlckit.examples.common;

/** The command line (or the target it names) cannot be used: the program prints why and exits with 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public UsageException(String message) {
        super(message);
    }
}
