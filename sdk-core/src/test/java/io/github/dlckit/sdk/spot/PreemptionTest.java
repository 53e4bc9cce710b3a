package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.GetJobResponsePodsHistoryPods;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** M10: a preempted job as the real service reports it — never by its reason code. */
class PreemptionTest {

    static GetJobResponse.Builder failed() {
        return GetJobResponse.builder().jobId("dlc-1").status("Failed").reasonCode("JobFailed");
    }

    @Test
    void M10_theMessageSaysPreemptedOrEvicted_inAnyCase() {
        assertThat(Preemption.isPreempted(failed().reasonMessage("Job dlc-1 was preempted: market price 0.0117 "
                + "is above the bid 0.0110 for ecs.g7.xlarge (CNY per minute).").build())).isTrue();
        assertThat(Preemption.isPreempted(failed().reasonMessage("Pod EVICTED by the node").build())).isTrue();
    }

    @Test
    void M10_aCurrentPodWasEvicted() {
        GetJobResponse job = failed().reasonMessage("exit code 143")
                .addPods(GetJobResponsePods.builder().podId("p0").status("Failed").subStatus("Evicted").build())
                .build();

        assertThat(Preemption.isPreempted(job)).isTrue();
    }

    @Test
    void M10_anEvictedPodOfAnEarlierRunDoesNotCount() {
        GetJobResponse job = failed().reasonMessage("the user command exited with code 1")
                .addPods(GetJobResponsePods.builder().podId("p0").status("Failed").subStatus("Normal")
                        .addHistoryPods(GetJobResponsePodsHistoryPods.builder().podId("p0").subStatus("Evicted")
                                .build()).build())
                .build();

        assertThat(Preemption.isPreempted(job)).isFalse();
    }

    @Test
    void M10_neverByTheReasonCode_andOnlyWhenFailed() {
        assertThat(Preemption.isPreempted(failed().reasonCode("PreemptibleResourceReleased")
                .reasonMessage("the user command exited with code 1").build())).isFalse();
        assertThat(Preemption.isPreempted(GetJobResponse.builder().status("Running")
                .reasonMessage("preempted earlier, restarted").build())).isFalse();
        assertThat(Preemption.isPreempted(GetJobResponse.builder().status("Stopped")
                .reasonMessage("preempted").build())).isFalse();
    }
}
