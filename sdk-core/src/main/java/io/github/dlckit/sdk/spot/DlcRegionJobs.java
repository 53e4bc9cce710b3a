package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.exception.DlcClientException;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** {@link RegionJobs} with a {@link DlcClient}: CreateJob, GetJob, StopJob, and ListJobs by display name. */
final class DlcRegionJobs implements RegionJobs {

    /** How many of the newest jobs with the name are searched for the runner's trace. */
    static final int SEARCHED = 100;

    private final DlcClient client;

    DlcRegionJobs(DlcClient client) {
        this.client = client;
    }

    @Override
    public String submit(CreateJobRequest request) {
        return client.createJob(request).jobId().orElseThrow(() -> new DlcClientException(
                "CreateJob: the answer carries no JobId", null, false, DlcClientException.Kind.UNREADABLE_RESPONSE));
    }

    @Override
    public GetJobResponse get(String jobId) {
        return client.getJob(jobId);
    }

    @Override
    public void stop(String jobId) {
        client.stopJob(jobId);
    }

    @Override
    public Optional<String> findSubmitted(String displayName, Map<String, String> marker) {
        ListJobsRequest newestFirst = ListJobsRequest.builder().displayName(displayName).sortBy("GmtCreateTime")
                .order("desc").pageSize(50).build();
        Iterator<JobItem> newest = client.listJobsPaginator(newestFirst).itemStream().limit(SEARCHED).iterator();
        while (newest.hasNext()) {
            JobItem item = newest.next();
            String jobId = item.jobId().orElse(null);
            if (jobId == null || !displayName.equals(item.displayName().orElse(null))) {
                continue; // the name filter may be a wildcard match
            }
            // A list item without Envs (a service that leaves them out of ListJobs) is read in full.
            Map<String, String> envs = item.envs().isEmpty() ? get(jobId).envs() : item.envs();
            if (envs.entrySet().containsAll(marker.entrySet())) {
                return Optional.of(jobId);
            }
        }
        return Optional.empty();
    }
}
