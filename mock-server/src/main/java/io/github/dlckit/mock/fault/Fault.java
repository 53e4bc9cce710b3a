package io.github.dlckit.mock.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A fault to inject into the next matching calls of one operation. Build one with {@link #refuse},
 * {@link #responseLost}, {@link #delay} or {@link #reset}, then narrow it with {@link #times} and
 * {@link #forAccessKey}.
 *
 * @param faultId the id the mock gave it (null in a request to add one)
 * @param operation the operation, e.g. {@code CreateJob}
 * @param mode what happens
 * @param status the HTTP status of a {@code Refuse} (default 503)
 * @param code the error code of a {@code Refuse} (default {@code ServiceUnavailable})
 * @param delaySeconds how long a {@code Delay} holds the answer
 * @param times how many matching calls it still applies to (default 1)
 * @param accessKeyId only calls signed with this AccessKey ID; null for any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"FaultId", "Operation", "Mode", "Status", "Code", "DelaySeconds", "Times", "AccessKeyId"})
public record Fault(@JsonProperty("FaultId") String faultId,
                   @JsonProperty("Operation") String operation,
                   @JsonProperty("Mode") FaultMode mode,
                   @JsonProperty("Status") Integer status,
                   @JsonProperty("Code") String code,
                   @JsonProperty("DelaySeconds") Double delaySeconds,
                   @JsonProperty("Times") Integer times,
                   @JsonProperty("AccessKeyId") String accessKeyId) {

    /**
     * @param operation the operation
     * @param status the HTTP status, e.g. 503
     * @param code the error code, e.g. {@code ServiceUnavailable}
     * @return a fault refusing the next call
     */
    public static Fault refuse(String operation, int status, String code) {
        return new Fault(null, operation, FaultMode.Refuse, status, code, null, null, null);
    }

    /**
     * @param operation the operation
     * @return a fault that carries out the next call and drops its answer
     */
    public static Fault responseLost(String operation) {
        return new Fault(null, operation, FaultMode.ResponseLost, null, null, null, null, null);
    }

    /**
     * @param operation the operation
     * @param seconds how long to hold the answer, in wall time
     * @return a fault delaying the next call's answer
     */
    public static Fault delay(String operation, double seconds) {
        return new Fault(null, operation, FaultMode.Delay, null, null, seconds, null, null);
    }

    /**
     * @param operation the operation
     * @return a fault resetting the next call's connection before the request is read
     */
    public static Fault reset(String operation) {
        return new Fault(null, operation, FaultMode.Reset, null, null, null, null, null);
    }

    /**
     * @param count how many matching calls the fault applies to
     * @return a copy applying to {@code count} calls
     */
    public Fault times(int count) {
        return new Fault(faultId, operation, mode, status, code, delaySeconds, count, accessKeyId);
    }

    /**
     * @param keyId the AccessKey ID calls must be signed with
     * @return a copy applying only to that key's calls
     */
    public Fault forAccessKey(String keyId) {
        return new Fault(faultId, operation, mode, status, code, delaySeconds, times, keyId);
    }
}
