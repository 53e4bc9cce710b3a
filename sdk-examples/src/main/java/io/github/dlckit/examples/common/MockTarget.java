package io.github.dlckit.examples.common;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.BillingRecordView;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.mock.junit.MockClients;
import io.github.dlckit.mock.junit.VirtualTime;
import io.github.dlckit.model.GetJobResponse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The embedded DLC mock as a target: started with a fixed seed and start time (same flags, same output), a client
 * signed with the mock's key, the virtual clock for waiting ({@link VirtualTime}), the market through the control
 * API, and exact bills.
 */
public final class MockTarget extends Target {

    /** Polls every 10 virtual seconds: fine-grained, and free (the clock only moves when we wait). */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);
    private static final Duration WAIT_LIMIT = Duration.ofHours(6);

    private final DlcMockServer server;
    private final MockControl control;
    private final long seed;
    private final Instant start;

    private MockTarget(DlcMockServer server, Placement placement, long seed, Instant start) {
        super(MockClients.client(server), placement, VirtualTime.clock(server.control()),
                VirtualTime.sleeper(server.control()), POLL_INTERVAL, WAIT_LIMIT);
        this.server = server;
        this.control = server.control();
        this.seed = seed;
        this.start = start;
    }

    /**
     * Starts a mock in this JVM.
     *
     * @param seed the seed of its ids and prices
     * @param start its virtual time at start
     * @param placement where jobs go, given the mock's region
     * @return the target; close it to stop the mock
     */
    public static MockTarget start(long seed, Instant start, Function<String, Placement> placement) {
        DlcMockServer server = DlcMockServer.builder().seed(seed).startTime(start).start();
        return new MockTarget(server, placement.apply(server.region()), seed, start);
    }

    @Override
    public Optional<MockControl> mock() {
        return Optional.of(control);
    }

    @Override
    public Optional<SpotQuote> quote(String ecsSpec) {
        return control.pools().stream()
                .filter(p -> p.region().equals(server.region()) && p.ecsSpec().equals(ecsSpec))
                .findFirst().map(MockTarget::quote);
    }

    private static SpotQuote quote(PoolView pool) {
        return new SpotQuote(pool.ecsSpec(), "Lingjun".equals(pool.resourceType()), pool.marketPrice(),
                pool.averagePrice(), pool.onDemandPrice(), pool.maxPrice(), pool.spotStockStatus());
    }

    /** The mock's bill: one record per instance and price segment; on-demand is the same minutes at full price. */
    @Override
    public JobCost cost(GetJobResponse job) {
        BigDecimal minutes = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal onDemand = BigDecimal.ZERO;
        for (BillingRecordView record : control.billing(job.jobId().orElseThrow()).records()) {
            long seconds = Duration.between(Instant.parse(record.startTime()), Instant.parse(record.endTime()))
                    .getSeconds();
            BigDecimal recordMinutes = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2,
                    RoundingMode.HALF_UP);
            minutes = minutes.add(recordMinutes);
            amount = amount.add(record.amount());
            onDemand = onDemand.add(quote(record.ecsSpec()).orElseThrow().onDemand().multiply(recordMinutes));
        }
        return new JobCost(minutes, amount, true, onDemand);
    }

    @Override
    public String description() {
        return "target: embedded DLC mock, region " + server.region() + ", virtual clock from "
                + Formats.time(start) + ", seed " + seed;
    }

    @Override
    public Fields descriptionFields() {
        return Fields.of().put("kind", "mock").put("region", server.region()).put("start", Formats.time(start))
                .put("seed", seed);
    }

    @Override
    public void close() {
        super.close();
        server.close();
    }
}
