package io.github.dlckit.examples.common;

import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.StatusTransitionItem;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** How long a job spent in which statuses, read from its {@code StatusHistory} (R25). */
public final class JobTimes {

    /** The statuses in which a job holds its instances (and pays for them: billing starts at allocation). */
    private static final Set<JobStatus> HOLDING = EnumSet.of(JobStatus.ENV_PREPARING, JobStatus.SANITY_CHECKING,
            JobStatus.RUNNING, JobStatus.SUCCEEDED_RESERVING, JobStatus.FAILED_RESERVING);

    private JobTimes() {
    }

    /**
     * @param job a job as read
     * @param now the time to count an entry without an end up to
     * @return the time spent running (every run, when it restarted)
     */
    public static Duration running(GetJobResponse job, Instant now) {
        return timeIn(job, now, EnumSet.of(JobStatus.RUNNING));
    }

    /**
     * @param job a job as read
     * @param now the time to count an entry without an end up to
     * @return the time the job held its instances
     */
    public static Duration holding(GetJobResponse job, Instant now) {
        return timeIn(job, now, HOLDING);
    }

    /**
     * @param job a job
     * @return how many pods (instances) it runs on, over all its roles
     */
    public static long pods(GetJobResponse job) {
        return job.jobSpecs().stream().mapToLong(spec -> spec.podCount().orElse(1)).sum();
    }

    /**
     * @param job a job
     * @return its first role's instance type
     */
    public static String ecsSpec(GetJobResponse job) {
        return job.jobSpecs().stream().map(JobSpec::ecsSpec).flatMap(Optional::stream).findFirst()
                .orElse("?");
    }

    private static Duration timeIn(GetJobResponse job, Instant now, Set<JobStatus> statuses) {
        Duration total = Duration.ZERO;
        for (StatusTransitionItem entry : job.statusHistory()) {
            if (statuses.contains(entry.statusEnum()) && entry.startTime().isPresent()) {
                Instant start = Instant.parse(entry.startTime().get());
                Instant end = entry.endTime().map(Instant::parse).orElse(now);
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
