package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.StatusTransitionItem;

import java.util.ArrayList;
import java.util.List;

/** Jobs as GetJob returns them, built for tests. */
final class Jobs {

    private Jobs() {
    }

    /**
     * @param priceLimit the job's SpotPriceLimit
     * @param history entries {@code Status@StartTime}; each ends where the next starts, the last is open
     * @return a one-worker general-purpose spot job with that history
     */
    static GetJobResponse withHistory(String priceLimit, List<String> history) {
        List<StatusTransitionItem> items = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            String[] entry = history.get(i).split("@");
            StatusTransitionItem.Builder item = StatusTransitionItem.builder().status(entry[0]).startTime(entry[1]);
            if (i + 1 < history.size()) {
                item.endTime(history.get(i + 1).split("@")[1]);
            }
            items.add(item.build());
        }
        String last = history.get(history.size() - 1).split("@")[0];
        return GetJobResponse.builder().jobId("dlc-test").status(last)
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec("ecs.g7.xlarge")
                        .spotSpec(SpotSpec.priceLimit(Double.parseDouble(priceLimit))).build())
                .statusHistory(items).build();
    }
}
