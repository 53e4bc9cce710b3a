package io.github.dlckit.mock.cli;

/** A bad command line: the message is one line naming the flag and what it expects. */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
