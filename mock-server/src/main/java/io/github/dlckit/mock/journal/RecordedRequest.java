package io.github.dlckit.mock.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;

/**
 * One DLC API call as the mock's journal keeps it: decoded, without body or secret.
 *
 * @param time the mock's virtual time when the call was served
 * @param wallTime the real time when the call was served
 * @param operation the operation (from the route, or the {@code x-acs-action} header when the route is unknown)
 * @param accountId the caller's account; null when the signature was refused
 * @param accessKeyId the AccessKey ID the request named; null when it named none
 * @param status the HTTP status answered (for a {@code ResponseLost} fault: the status of the answer dropped)
 * @param code the error code, null for a success
 * @param requestId the request id answered
 * @param jobId the job the call was about (its path's {@code JobId}, or the {@code JobId} a CreateJob answered)
 * @param signatureAlgorithm {@code ACS3-HMAC-SHA256} or {@code HMAC-SHA1} (ROA); null when unsigned
 * @param durationMs the wall time the mock took to answer, including the hold of a {@code Delay} fault (the
 *                   entry is made when the hold starts)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"Time", "WallTime", "Operation", "AccountId", "AccessKeyId", "Status", "Code", "RequestId",
        "JobId", "SignatureAlgorithm", "DurationMs"})
public record RecordedRequest(@JsonProperty("Time") @JsonSerialize(using = ToStringSerializer.class)
                              @JsonDeserialize(using = InstantText.class) Instant time,
                              @JsonProperty("WallTime") @JsonSerialize(using = ToStringSerializer.class)
                              @JsonDeserialize(using = InstantText.class) Instant wallTime,
                              @JsonProperty("Operation") String operation,
                              @JsonProperty("AccountId") String accountId,
                              @JsonProperty("AccessKeyId") String accessKeyId,
                              @JsonProperty("Status") int status,
                              @JsonProperty("Code") String code,
                              @JsonProperty("RequestId") String requestId,
                              @JsonProperty("JobId") String jobId,
                              @JsonProperty("SignatureAlgorithm") String signatureAlgorithm,
                              @JsonProperty("DurationMs") long durationMs) {
}
