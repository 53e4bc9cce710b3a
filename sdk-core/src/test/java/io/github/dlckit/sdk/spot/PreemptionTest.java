package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.GetJobResponsePodsHistoryPods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** M10's helper on model objects: the message, the current pods, never the reason code. */
class PreemptionTest {

    private static GetJobResponse.Builder failed() {
        return GetJobResponse.builder().jobId("dlc-1").status("Failed").reasonCode("JobFailed");
    }

    private static GetJobResponsePods pod(String subStatus) {
        return GetJobResponsePods.builder().podId("dlc-1-worker-0").status("Failed").subStatus(subStatus).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Job dlc-1 was preempted: market price 0.0117 is above the bid 0.0110.",
            "PREEMPTED by the spot market", "pod worker-0 was Evicted", "instance eviction: evicted"})
    void aFailedJobWhoseMessageSaysPreemptedOrEvicted_isPreempted(String message) {
        assertThat(Preemption.isPreempted(failed().reasonMessage(message).build())).isTrue();
    }

    @Test
    void aFailedJobWithAnEvictedPod_isPreempted_whateverTheMessage() {
        GetJobResponse job = failed().reasonMessage("the job failed").addPods(pod("Normal"), pod("Evicted")).build();

        assertThat(Preemption.isPreempted(job)).isTrue();
    }

    @Test
    void aFailedJobWithoutSuchAMessageOrPod_isNotPreempted() {
        GetJobResponse job = failed().reasonMessage("the user command exited with code 3")
                .addPods(pod("Normal")).build();

        assertThat(Preemption.isPreempted(job)).isFalse();
        assertThat(Preemption.isPreempted(failed().build())).isFalse();
    }

    @Test
    void anEvictedPodOfAnEarlierAttempt_doesNotCount() {
        GetJobResponsePods current = GetJobResponsePods.builder().podId("dlc-1-worker-0").status("Failed")
                .subStatus("Normal").addHistoryPods(GetJobResponsePodsHistoryPods.builder().podId("dlc-1-worker-0")
                        .status("Failed").subStatus("Evicted").build()).build();

        assertThat(Preemption.isPreempted(failed().reasonMessage("exit code 1").addPods(current).build())).isFalse();
    }

    @Test
    void theReasonCodeIsNeverRead() {
        GetJobResponse mockCode = failed().reasonCode("PreemptibleResourceReleased").reasonMessage("failed").build();

        assertThat(Preemption.isPreempted(mockCode)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Running", "Restarting", "Stopped", "Succeeded", "FailedReserving", "Bidding"})
    void otherStatuses_areNotPreempted_evenWithTheSigns(String status) {
        GetJobResponse job = GetJobResponse.builder().jobId("dlc-1").status(status)
                .reasonMessage("Job dlc-1 was preempted: insufficient stock").addPods(pod("Evicted")).build();

        assertThat(Preemption.isPreempted(job)).isFalse();
    }
}
