package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;

import java.util.Map;
import java.util.Optional;

/**
 * The four things the runner asks of DLC in one region. {@link DlcRegionJobs} does them with a {@code DlcClient};
 * tests use an in-memory market. Each method throws what the client throws
 * ({@link io.github.dlckit.sdk.exception.DlcException} and its kinds).
 */
interface RegionJobs {

    /**
     * @param request the job
     * @return the new job's id
     */
    String submit(CreateJobRequest request);

    /**
     * @param jobId the job
     * @return the job as the service shows it now
     */
    GetJobResponse get(String jobId);

    /** @param jobId the job to stop */
    void stop(String jobId);

    /**
     * Looks for a job submitted with this display name that carries every given environment variable: the trace
     * the runner leaves on each job, since {@code CreateJob} takes no tags and {@code TagResources} needs the job
     * id a lost answer never gave.
     *
     * @param displayName the job's display name
     * @param marker environment variables the job must carry with these values
     * @return the newest such job's id
     */
    Optional<String> findSubmitted(String displayName, Map<String, String> marker);
}
