package io.github.dlckit.mock.control;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * M32: the answer of {@code POST /mock/v1/jobs/{JobId}/preempt}.
 *
 * @param jobId the job
 * @param cause {@code Price} or {@code Stock}
 * @param releaseAt when its instances go (now, without a warning)
 */
public record PreemptionView(
        @JsonProperty("JobId") String jobId,
        @JsonProperty("Cause") String cause,
        @JsonProperty("ReleaseAt") String releaseAt) {
}
