package io.github.dlckit.mock.clock;

import java.util.Locale;

/** How the mock's virtual clock moves. */
public enum ClockMode {
    /** Time moves only when the control API advances it (the embedded default: tests never wait). */
    VIRTUAL,
    /** The same engine paced by real time: the clock follows the wall clock from the start time on. */
    WALL;

    /**
     * Parses {@code virtual} or {@code wall} (any case).
     *
     * @param text the text
     * @return the mode
     * @throws IllegalArgumentException for anything else
     */
    public static ClockMode parse(String text) {
        for (ClockMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("expected virtual or wall, got '" + text + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
