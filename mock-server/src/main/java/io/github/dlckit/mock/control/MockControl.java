package io.github.dlckit.mock.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.journal.RequestQuery;

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
 * {@code {"Records": [...], "Total": ...}}; the third edition's {@code GET /mock/v1/jobs},
 * {@code POST /mock/v1/jobs/{JobId}/preempt}, {@code GET /mock/v1/pools/{EcsSpec}/history},
 * {@code GET /mock/v1/savings} and {@code GET|PUT /mock/v1/settings}; and the test tools {@code POST|GET|DELETE
 * /mock/v1/faults}, {@code DELETE /mock/v1/faults/{FaultId}}, {@code GET|DELETE
 * /mock/v1/requests?Operation=&AccessKeyId=&Since=&Limit=}, {@code GET|PUT /mock/v1/state}. Prices are CNY per
 * minute per instance, amounts CNY.
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

    // --- Test tools: faults by operation, the journal by operation, the state as one document ---

    /**
     * Injects a fault into the next matching DLC API calls ({@code POST /mock/v1/faults}); the first waiting fault
     * that matches a call applies to it. See {@link io.github.dlckit.mock.fault.FaultMode} for what each mode does.
     *
     * @param fault what to inject, e.g. {@code Fault.responseLost("CreateJob")}
     * @return the fault as kept, with its {@code FaultId} and defaults ({@code Times} 1; a refusal 503
     *         {@code ServiceUnavailable})
     * @throws MockControlException {@code InvalidParameter} naming a refused field
     */
    Fault addFault(Fault fault);

    /** @return the faults still waiting, each with the calls it still applies to ({@code GET /mock/v1/faults}) */
    List<Fault> faults();

    /**
     * Removes one waiting fault ({@code DELETE /mock/v1/faults/{FaultId}}).
     *
     * @param faultId its id
     * @throws MockControlException {@code InvalidFaultId.NotFound} when no such fault is waiting
     */
    void removeFault(String faultId);

    /** Removes every waiting fault ({@code DELETE /mock/v1/faults}). */
    void clearFaults();

    /**
     * The journal of DLC API calls ({@code GET /mock/v1/requests}): decoded, without bodies or secrets, the latest
     * {@value io.github.dlckit.mock.journal.RequestJournal#DEFAULT_CAPACITY} kept.
     *
     * @param query the filters
     * @return the matching calls, oldest first
     */
    List<RecordedRequest> requests(RequestQuery query);

    /**
     * @param operation an operation, e.g. {@code CreateJob}
     * @return the journal's calls of that operation, oldest first
     */
    default List<RecordedRequest> requests(String operation) {
        return requests(RequestQuery.operation(operation));
    }

    /** Forgets the journal ({@code DELETE /mock/v1/requests}). */
    void clearRequests();

    /**
     * The whole state as one JSON document ({@code GET /mock/v1/state}): {@code Format}, {@code Now}, the
     * {@code Header} the engine starts from (seed, region, start time, scenario) and the {@code Commands} that
     * built the state since. Loading it with {@link #importState} gives the same jobs, pools, bills, ids and time.
     *
     * @return the document
     */
    JsonNode exportState();

    /**
     * Replaces the whole state by a document {@link #exportState} wrote ({@code PUT /mock/v1/state}); faults and the
     * journal are kept.
     *
     * @param state the document
     * @throws MockControlException {@code InvalidParameter} naming a bad field; the state is then unchanged
     */
    void importState(JsonNode state);
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
