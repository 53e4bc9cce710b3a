package io.github.dlckit.mock.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** How the mock writes and reads times on the wire: ISO 8601 UTC with seconds, as DLC does. */
public final class Times {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** @return the time as {@code 2026-11-29T01:02:03Z} */
    public static String iso(Instant time) {
        return ISO.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Parses a request's time field.
     *
     * @param field the field name, for the error
     * @param text an ISO 8601 instant such as {@code 2026-11-29T00:00:00Z}
     * @return the instant
     * @throws EngineException naming the field when the text is not a time
     */
    public static Instant parse(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw EngineException.invalid(field, "expected an ISO 8601 UTC time such as 2026-11-29T00:00:00Z, got "
                    + text);
        }
    }
}
