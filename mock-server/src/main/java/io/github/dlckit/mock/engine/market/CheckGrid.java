package io.github.dlckit.mock.engine.market;

/**
 * M8's check grid. With a pool's {@code CheckIntervalSeconds} N > 0, releases of unprotected instances there, for
 * price and for stock, happen only at check points: the demand's protection end (its allocation, when it was not
 * protected) plus multiples of N — as ECS compares the bid and checks the stock every 5 minutes once the protected
 * hour is over (R43). With N = 0 every instant is a check point.
 */
final class CheckGrid {

    private CheckGrid() {
    }

    /** @return whether {@code now} is one of the demand's check points in that pool */
    static boolean m8AtCheckPoint(ActiveDemand demand, SpotPool pool, long now) {
        long interval = TimeBase.nanosOfSeconds(pool.checkIntervalSeconds());
        long since = now - demand.protectedUntil();
        return interval == 0 || since >= 0 && since % interval == 0;
    }

    /** @return the demand's first check point in that pool after {@code now} (N > 0) */
    static long m8NextCheckPoint(ActiveDemand demand, SpotPool pool, long now) {
        long interval = TimeBase.nanosOfSeconds(pool.checkIntervalSeconds());
        long since = now - demand.protectedUntil();
        return since < 0 ? demand.protectedUntil() : now + interval - since % interval;
    }
}
