package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;

import java.util.Locale;

/**
 * Recognises a preempted spot job from what the real service returns (M10): {@code Status} {@code Failed} and
 * either a {@code ReasonMessage} that says "preempted" or "evicted" (any case), or a current pod ({@code Pods[]},
 * not {@code HistoryPods[]}) with {@code SubStatus} {@code Evicted}. It never reads {@code ReasonCode}: the real
 * service says {@code JobFailed} (R29), and a code only the mock sends would pass every mock test and miss every
 * real preemption.
 */
public final class Preemption {

    private Preemption() {
    }

    /**
     * @param job the job as read by {@code GetJob}
     * @return whether it failed because its spot instances were released
     */
    public static boolean isPreempted(GetJobResponse job) {
        if (!"Failed".equals(job.status().orElse(null))) {
            return false;
        }
        String message = job.reasonMessage().orElse("").toLowerCase(Locale.ROOT);
        if (message.contains("preempted") || message.contains("evicted")) {
            return true;
        }
        for (GetJobResponsePods pod : job.pods()) {
            if ("Evicted".equals(pod.subStatus().orElse(null))) {
                return true;
            }
        }
        return false;
    }
}
