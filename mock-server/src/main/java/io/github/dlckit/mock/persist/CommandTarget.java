package io.github.dlckit.mock.persist;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** What a replay drives: the engine through the same paths the calls first took, recording nothing. */
public interface CommandTarget {

    /** @param time moves the clock there (running the events due), unless it is there already */
    void advanceTo(Instant time);

    /** @param command a DLC API call to run again */
    void api(ApiCommand command);

    /** @param count request ids drawn by calls that never reached an operation */
    void drawRequestIds(int count);

    /**
     * @param ecsSpec the pool
     * @param change the control API's pool change, as JSON
     */
    void updatePool(String ecsSpec, JsonNode change);

    /**
     * @param ecsSpec the pool
     * @param points the trace points, as JSON
     */
    void loadTrace(String ecsSpec, JsonNode points);

    /**
     * @param jobId the job preempted on request (M32)
     * @param warningSeconds the warning asked for, or null
     * @param cause {@code Price}, {@code Stock} or null
     */
    void preempt(String jobId, Long warningSeconds, String cause);

    /** @param change the server options changed, as JSON */
    void updateSettings(JsonNode change);
}
