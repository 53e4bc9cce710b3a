package io.github.dlckit.mock.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Steers a running mock from a test: its virtual clock and its state. One interface, two transports: the embedded
 * server implements it directly ({@code DlcMockServer.control()}); {@link HttpMockControl} implements it against
 * the unsigned {@code /mock/v1} routes of a standalone mock. Both behave the same (one contract test runs against
 * both).
 *
 * <p>Routes (JSON, PascalCase): {@code GET /mock/v1/clock} → {@code {"Now": "<ISO-8601 UTC>"}};
 * {@code POST /mock/v1/clock/advance} with {@code {"Seconds": N}} → {@code {"Now": ...}};
 * {@code POST /mock/v1/reset} → {@code {"Now": ...}}; {@code GET /mock/v1/pools} → {@code {"Pools": [...]}};
 * {@code PUT /mock/v1/pools/{EcsSpec}} with a {@link PoolChange} → the pool; {@code POST
 * /mock/v1/pools/{EcsSpec}/trace} with {@code {"Points": [...]}}; {@code GET /mock/v1/billing?JobId=…} →
 * {@code {"Records": [...], "Total": ...}}; and the third edition's {@code GET /mock/v1/jobs},
 * {@code POST /mock/v1/jobs/{JobId}/preempt}, {@code GET /mock/v1/pools/{EcsSpec}/history},
 * {@code GET /mock/v1/savings} and {@code GET|PUT /mock/v1/settings}. Prices are CNY per minute per instance,
 * amounts CNY.
 */
public interface MockControl {

    /**
     * @return the mock's current (virtual) time; in wall-clock mode, brought up to date first
     */
    Instant now();

    /**
     * Moves the clock forward, running every event that falls due on the way (allocations, preemptions, job ends),
     * in time order.
     *
     * @param duration how far; zero or more, at most {@link EmbeddedMockControl#MAX_ADVANCE}
     * @return the new time
     * @throws MockControlException {@code InvalidParameter} for a negative or too large duration
     */
    Instant advance(Duration duration);

    /**
     * Forgets every job and resource of every account and restores the default spot pools; the clock keeps its
     * time (time never runs backwards).
     */
    void reset();

    /**
     * @return every spot pool of the mock, with its capacity, allocation and prices
     */
    List<PoolView> pools();

    /**
     * Changes a spot pool now (creating it in the mock's region when absent: {@code ResourceType} and
     * {@code OnDemandPrice} are then required); allocation and release are evaluated at once. Setting a price pins
     * it (M16) until {@code PriceMode} is set back to {@code Auto}.
     *
     * @param ecsSpec the instance type
     * @param change what to change
     * @return the pool after the change
     * @throws MockControlException {@code InvalidParameter} naming a refused field
     */
    PoolView updatePool(String ecsSpec, PoolChange change);

    /**
     * Loads a market trace: each point applies at its {@code AfterSeconds} from now, in virtual time; the pool is
     * pinned (M16).
     *
     * @param ecsSpec the instance type of an existing pool
     * @param points the points
     * @throws MockControlException {@code InvalidParameter} naming a refused point
     */
    void loadTrace(String ecsSpec, List<TracePointView> points);

    /**
     * @param jobId a job id, or null for every job
     * @return the bill lines (one per instance and price segment) and their total
     */
    BillingReport billing(String jobId);

    // ------------------------------------------------------------------------------ third edition (M29, M31–M33)

    /**
     * M33: every job of every account (deleted ones excepted), by queue time, with its roles, bids and times.
     *
     * @return the jobs
     */
    List<JobOverview> jobs();

    /**
     * M32: preempts a job through the path a market release takes (protection and the check grid ignored).
     *
     * @param jobId the job
     * @param warningSeconds the notice, or null for the warning period of its first spot role's pool
     * @param cause {@code Price} (default, when null) or {@code Stock}: which numbers the message gives
     * @return the job, the cause and when its instances go
     * @throws MockControlException {@code JobNotFound} (404), {@code JobStatusNotSupported} (409) when it holds
     *     nothing, {@code InvalidParameter} for a bad cause or warning
     */
    PreemptionView preempt(String jobId, Long warningSeconds, String cause);

    /**
     * M31: a pool's history.
     *
     * @param ecsSpec the pool
     * @param startTime the start, or null for 3 hours before the end
     * @param endTime the end, or null for now
     * @return the values in force at the start, then one point per change up to the end
     * @throws MockControlException {@code InvalidParameter} for an unknown pool or a start after the end
     */
    PoolHistoryView history(String ecsSpec, Instant startTime, Instant endTime);

    /**
     * M29: what spot saved.
     *
     * @param jobId a job, or null for every job
     * @return one entry per job, by queue time; empty for an unknown job
     */
    List<JobSavings> savings(String jobId);

    /** @return the server options in force */
    SettingsView settings();

    /**
     * Changes server options from now on; they survive a reset.
     *
     * @param change the options to change (others null)
     * @return the options in force after the change
     * @throws MockControlException {@code InvalidParameter} naming a refused or fixed option
     */
    SettingsView updateSettings(SettingsView change);
}
