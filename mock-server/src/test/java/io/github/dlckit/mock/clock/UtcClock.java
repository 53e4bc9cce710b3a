package io.github.dlckit.mock.clock;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock in UTC only: subclasses say what time it is. */
public abstract class UtcClock extends Clock {

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
