package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pay-as-you-go billing at the market price (R22, R24, M13, M15): from allocation to release, per instance, per
 * second, at the market price of each moment, one record per instance per price segment. Records are derived
 * when read from the allocations and the pools' price histories (compact: nothing is stored per segment), and
 * show at once (R23's next-day delay is not modelled); an open segment counts up to now.
 *
 * <p>Arithmetic: a record's amount is {@code price × seconds / 60} computed exactly and rounded half-even to
 * {@value #AMOUNT_SCALE} decimals (a ten-billionth of a CNY); every total is the exact sum of its records'
 * amounts, so totals and records always agree to the last digit.
 */
public final class SpotBilling {

    /** The instance tag key of spot bills (R23). */
    public static final String PAY_TYPE_TAG = "acs:pai:dlc:payType";
    /** Decimals kept in a record's amount. */
    public static final int AMOUNT_SCALE = 10;

    private static final Map<String, String> SPOT_TAGS = Map.of(PAY_TYPE_TAG, "spot");
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    /** Receives each (holding, price segment) with its per-instance amount. */
    private interface ChargeVisitor {
        void visit(Holding holding, long start, long end, BigDecimal price, BigDecimal amountPerInstance);
    }

    private final TimeBase time;
    private final Map<String, List<Holding>> holdingsByJob = new LinkedHashMap<>();
    private final Map<String, Set<String>> jobsByOwner = new LinkedHashMap<>();

    /** M13's MinuteGranularity, read per pool at each reading of the bills. */
    private final Predicate<PoolKey> wholeMinutes;

    SpotBilling(TimeBase time, Predicate<PoolKey> wholeMinutes) {
        this.time = time;
        this.wholeMinutes = wholeMinutes;
    }

    /**
     * M15: billing starts at allocation; M13: with the pool's ProtectionPriceLock (as it is at allocation), the
     * protected time is billed at the market price at allocation.
     */
    Holding open(String jobId, String ownerId, SpotPool pool, List<String> instanceIds, long from,
                 long protectedUntil) {
        Holding holding = new Holding(jobId, ownerId, pool.key(), pool.history(), instanceIds, from,
                pool.protectionPriceLock() ? protectedUntil : from);
        holdingsByJob.computeIfAbsent(jobId, id -> new ArrayList<>()).add(holding);
        jobsByOwner.computeIfAbsent(ownerId, id -> new LinkedHashSet<>()).add(jobId);
        return holding;
    }

    /**
     * @param jobId a job
     * @return its records, allocation by allocation, oldest segment first; empty for an unknown job
     */
    public List<BillingRecord> records(String jobId) {
        return collect(jobId, holding -> true);
    }

    /**
     * @param ownerId an account
     * @return the records of all its jobs, job by job in order of first allocation
     */
    public List<BillingRecord> recordsOfOwner(String ownerId) {
        List<BillingRecord> records = new ArrayList<>();
        for (String jobId : jobsByOwner.getOrDefault(ownerId, Set.of())) {
            records.addAll(collect(jobId, holding -> holding.ownerId().equals(ownerId)));
        }
        return records;
    }

    /**
     * @param jobId a job
     * @return the sum of its records' amounts, CNY (0 for an unknown job)
     */
    public BigDecimal total(String jobId) {
        return sum(jobId, holding -> true);
    }

    /**
     * @param ownerId an account
     * @return the sum of the amounts of all its records, CNY
     */
    public BigDecimal totalOfOwner(String ownerId) {
        BigDecimal total = BigDecimal.ZERO;
        for (String jobId : jobsByOwner.getOrDefault(ownerId, Set.of())) {
            total = total.add(sum(jobId, holding -> holding.ownerId().equals(ownerId)));
        }
        return total;
    }

    /** @return the ids of the jobs billed so far, in order of first allocation */
    public List<String> billedJobs() {
        return List.copyOf(holdingsByJob.keySet());
    }

    /**
     * M13: what one instance costs over a time at one price (prices are per minute).
     *
     * @param price CNY per minute
     * @param held how long, exact to the nanosecond
     * @return {@code price × seconds / 60}, rounded half-even to {@value #AMOUNT_SCALE} decimals
     */
    public static BigDecimal m13Amount(BigDecimal price, Duration held) {
        return m13Amount(price, held.toNanos());
    }

    /** @return the tags every spot bill carries: {@code acs:pai:dlc:payType=spot} (R23) */
    public static Map<String, String> r23Tags() {
        return SPOT_TAGS;
    }

    private static BigDecimal m13Amount(BigDecimal price, long nanos) {
        return price.multiply(TimeBase.seconds(nanos)).divide(SECONDS_PER_MINUTE, AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }

    /** M13, R37: with MinuteGranularity a record's time is rounded up to whole minutes. */
    private static long billed(long nanos, boolean wholeMinutes) {
        long minute = Duration.ofMinutes(1).toNanos();
        return wholeMinutes ? -Math.floorDiv(-nanos, minute) * minute : nanos;
    }

    private List<BillingRecord> collect(String jobId, Predicate<Holding> which) {
        List<BillingRecord> records = new ArrayList<>();
        long now = time.now();
        forEachCharge(jobId, which, (holding, start, end, price, amount) -> {
            boolean open = holding.isOpen() && end == now;
            for (String instanceId : holding.instanceIds()) {
                records.add(new BillingRecord(holding.jobId(), holding.ownerId(), instanceId, holding.pool(),
                        time.instantAt(start), time.instantAt(end), price, amount, open));
            }
        });
        return records;
    }

    private BigDecimal sum(String jobId, Predicate<Holding> which) {
        BigDecimal[] total = {BigDecimal.ZERO};
        forEachCharge(jobId, which, (holding, start, end, price, amount) ->
                total[0] = total[0].add(amount.multiply(BigDecimal.valueOf(holding.instanceIds().size()))));
        return total[0];
    }

    private void forEachCharge(String jobId, Predicate<Holding> which, ChargeVisitor visitor) {
        long now = time.now();
        for (Holding holding : holdingsByJob.getOrDefault(jobId, List.of())) {
            if (which.test(holding)) {
                boolean minutes = wholeMinutes.test(holding.pool());
                holding.forEachSegment(now, (start, end, price) ->
                        visitor.visit(holding, start, end, price, m13Amount(price, billed(end - start, minutes))));
            }
        }
    }
}
