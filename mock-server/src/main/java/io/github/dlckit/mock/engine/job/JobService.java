package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.Paging;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.ResourceTable;
import io.github.dlckit.mock.store.Store;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.DeleteJobRequest;
import io.github.dlckit.model.GetJobEventsRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.GetPodEventsRequest;
import io.github.dlckit.model.GetPodLogsRequest;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.ResourceType;
import io.github.dlckit.model.StopJobRequest;
import io.github.dlckit.model.UpdateJobRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The job operations: CreateJob, GetJob, ListJobs, UpdateJob, StopJob, DeleteJob, GetJobEvents, GetPodEvents and
 * GetPodLogs, on the caller's own jobs. They return the jobs themselves (or what was read of them); the API layer
 * renders the answers.
 */
public final class JobService {

    private final EventClock clock;
    private final Store store;
    private final Ids ids;
    private final JobLifecycle lifecycle;
    private final JobTimings timings;
    private final List<JobAdmissionRule> admissionRules = new ArrayList<>();
    /** A seam for the atomicity test: runs between admission and storing; fails there to prove nothing is kept. */
    Consumer<Job> afterAdmit = job -> { };

    public JobService(EventClock clock, Store store, Ids ids, JobLifecycle lifecycle, JobTimings timings) {
        this.clock = clock;
        this.store = store;
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.timings = timings;
    }

    /**
     * A check every new job must pass (the spot rules plug in here).
     *
     * @param rule throws {@link EngineException} to refuse a job
     */
    public void addAdmissionRule(JobAdmissionRule rule) {
        admissionRules.add(rule);
    }

    /** @return the new job */
    public Job createJob(Caller caller, CreateJobRequest request) {
        if (request.jobSpecs().isEmpty()) {
            throw EngineException.missing("JobSpecs");
        }
        ResourceType type = resourceType(request);
        for (JobAdmissionRule rule : admissionRules) {
            rule.check(caller, request, type);
        }
        int maxRestarts = request.settings().map(JobSettings::elasticSpotJobMaxRestartTimes)
                .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).orElse(timings.defaultMaxRestarts());
        Job job = new Job(ids.next("dlc"), caller, request, type, isSpot(request), clock.now(), maxRestarts);
        try { // all or nothing: a job that fails to start (even an Error) is never stored
            lifecycle.admit(job);
            afterAdmit.accept(job);
            jobs(caller).put(job.jobId(), job);
        } catch (RuntimeException | Error e) {
            lifecycle.forget(job);
            throw e;
        }
        return job;
    }

    /** @return the job asked for */
    public Job getJob(Caller caller, GetJobRequest request) {
        return find(caller, request.jobId().orElse(""));
    }

    /** @return the page of the caller's visible jobs that match, with how many match in all */
    public ListQuery.Page<Job> listJobs(Caller caller, ListJobsRequest request) {
        List<Job> visible = jobs(caller).all().stream().filter(job -> JobAccess.allows(caller, job)).toList();
        List<Job> matching = JobQuery.apply(visible, request, caller);
        return new ListQuery.Page<>(Paging.page(matching, request.pageNumber(), request.pageSize()), matching.size(),
                request.pageNumber().orElse(1), request.pageSize().orElse(Paging.DEFAULT_PAGE_SIZE));
    }

    /**
     * Visibility and description change at any time; roles only while the job waits (R5, M28 for spot); Priority
     * only while the job is Creating, Queuing, Bidding or EnvPreparing — later a change answers 200, changes
     * nothing and writes a PriorityUpdateIgnored event, as the vendor does (R36, M28).
     *
     * @return the job, changed
     */
    public Job updateJob(Caller caller, UpdateJobRequest request) {
        Job job = find(caller, request.jobId().orElse(""));
        request.priority().ifPresent(JobService::r36CheckPriority);
        if (!request.jobSpecs().isEmpty()) {
            checkRolesUpdate(job, request.jobSpecs());
        }
        boolean priorityApplies = request.priority().isPresent() && m28PriorityMayChange(job);
        if (request.priority().isPresent() && !priorityApplies && request.priority().getAsInt() != job.priority()) {
            job.event(clock.now(), "Warning", "PriorityUpdateIgnored", "Job " + job.jobId() + " is "
                    + job.status().wireValue() + ": priority stays " + job.priority() + ", the change to "
                    + request.priority().getAsInt() + " is ignored (M28)");
        }
        if (priorityApplies) {
            job.priority(request.priority().getAsInt());
        }
        request.accessibility().ifPresent(job::accessibility);
        request.description().ifPresent(job::description);
        if (!request.jobSpecs().isEmpty()) {
            job.jobSpecs(request.jobSpecs());
        }
        if (priorityApplies || !request.jobSpecs().isEmpty()) {
            lifecycle.requestChanged(job);
        }
        if (priorityApplies || !request.jobSpecs().isEmpty() || request.accessibility().isPresent()
                || request.description().isPresent()) {
            job.event(clock.now(), "Normal", "JobUpdated", "Job " + job.jobId() + " was updated");
        }
        return job;
    }

    /** R36: Priority runs from 1 (lowest) to 9 (highest); M22's style names the field and the rule. */
    private static void r36CheckPriority(int priority) {
        if (priority < 1 || priority > 9) {
            throw new EngineException(ErrorKind.INVALID, "InvalidParameter.Priority",
                    "R36: Priority must be 1 (lowest) to 9 (highest), got " + priority);
        }
    }

    /** M28: a priority change applies while the job is Creating, Queuing, Bidding or EnvPreparing. */
    private static boolean m28PriorityMayChange(Job job) {
        return job.status() == JobStatus.CREATING || job.status().isWaiting()
                || job.status() == JobStatus.ENV_PREPARING;
    }

    /** @return the job, stopping */
    public Job stopJob(Caller caller, StopJobRequest request) {
        Job job = find(caller, request.jobId().orElse(""));
        if (!lifecycle.stop(job)) {
            throw new EngineException(ErrorKind.CONFLICT, "JobStatusNotSupported", "Job " + job.jobId() + " is "
                    + job.status().wireValue() + " and cannot be stopped.");
        }
        return job;
    }

    /**
     * Deletes a job that has ended; a job that runs or waits must be stopped first.
     *
     * @return the job, marked deleted
     */
    public Job deleteJob(Caller caller, DeleteJobRequest request) {
        Job job = find(caller, request.jobId().orElse(""));
        if (!job.status().isTerminal()) {
            throw new EngineException(ErrorKind.CONFLICT, "JobStatusNotSupported", "Job " + job.jobId() + " is "
                    + job.status().wireValue() + "; stop it before deleting it.");
        }
        job.markDeleted();
        lifecycle.forget(job);
        jobs(caller).remove(job.jobId());
        return job;
    }

    /** @return the job's events in the window asked for */
    public JobLines getJobEvents(Caller caller, GetJobEventsRequest request) {
        Job job = find(caller, request.jobId().orElse(""));
        return new JobLines(job, null,
                window(job.events(), request.startTime(), request.endTime(), request.maxEventsNum()));
    }

    /** @return the pod's events in the window asked for */
    public JobLines getPodEvents(Caller caller, GetPodEventsRequest request) {
        Job job = find(caller, request.jobId().orElse(""));
        Pod pod = pod(job, request.podId().orElse(""), request.podUid());
        return new JobLines(job, pod,
                window(pod.events(), request.startTime(), request.endTime(), request.maxEventsNum()));
    }

    /**
     * M12: the echo lines of the current run printed so far (a pod of an earlier run shows its own run's lines; a
     * resumed run does not print again what an earlier one printed).
     */
    public JobLines getPodLogs(Caller caller, GetPodLogsRequest request) {
        Job job = find(caller, request.jobId().orElse(""));
        Pod pod = pod(job, request.podId().orElse(""), request.podUid());
        List<String> lines = new ArrayList<>();
        if (pod.startTime() != null) {
            Instant until = pod.finishTime() != null ? pod.finishTime() : clock.now();
            for (SimulatedCommand.LogLine line : job.command().logLines(pod.runFrom())) {
                Instant printed = pod.startTime().plus(line.offset());
                if (!printed.isAfter(until)) {
                    lines.add(line.text());
                }
            }
        }
        pod.lastLogLine().ifPresent(lines::add);
        int max = request.maxLines().orElse(Integer.MAX_VALUE);
        List<String> tail = lines.subList(Math.max(0, lines.size() - Math.max(0, max)), lines.size());
        return new JobLines(job, pod, tail);
    }

    /**
     * A job of the caller's; other accounts' jobs, and other users' PRIVATE jobs, do not exist for it.
     *
     * @throws EngineException 404 when the caller has no such job
     */
    public Job find(Caller caller, String jobId) {
        return jobs(caller).find(jobId).filter(j -> !j.isDeleted() && JobAccess.allows(caller, j))
                .orElseThrow(() -> EngineException.notFound("Job", jobId));
    }

    /** @return every job of every account (for engine-wide checks and the control API), in creation order */
    public List<Job> allJobs() {
        List<Job> all = new ArrayList<>();
        store.all().forEach(state -> all.addAll(state.table(Job.class).all()));
        return all;
    }

    /** Adds or changes a tag of a job (TagResources). */
    public void tag(Caller caller, String jobId, String key, String value) {
        find(caller, jobId).tags().put(key, value);
    }

    /** Removes tags of a job (UntagResources): the given keys, or all of them. */
    public void untag(Caller caller, String jobId, List<String> keys, boolean all) {
        Job job = find(caller, jobId);
        if (all) {
            job.tags().clear();
        } else {
            keys.forEach(job.tags()::remove);
        }
    }

    private ResourceTable<Job> jobs(Caller caller) {
        return store.of(caller.accountId(), caller.region()).table(Job.class);
    }

    /** A job runs on Lingjun when any of its roles' instance types is a Lingjun type. */
    private ResourceType resourceType(CreateJobRequest request) {
        boolean lingjun = request.jobSpecs().stream()
                .map(s -> lifecycle.broker().resourceTypeOf(s.ecsSpec().orElse(null)))
                .anyMatch(t -> t == ResourceType.LINGJUN);
        return lingjun ? ResourceType.LINGJUN : ResourceType.ECS;
    }

    /** M24: whether a request bids on preemptible instances (SpotSpec, ElasticSpotSpecs or the legacy switch). */
    @SuppressWarnings("deprecation")
    public static boolean isSpot(CreateJobRequest request) {
        return request.jobSpecs().stream().anyMatch(s -> s.useSpotInstance().orElse(false)
                || !s.elasticSpotSpecs().isEmpty() || s.spotSpec().flatMap(spot -> spot.spotStrategy()).isPresent());
    }

    /**
     * R5, M28: a spot role's EcsSpec, SpotSpec, ElasticSpotSpecs and UseSpotInstance cannot change, in any status;
     * a job that holds resources cannot change roles.
     */
    @SuppressWarnings("deprecation")
    private static void checkRolesUpdate(Job job, List<JobSpec> specs) {
        if (job.isSpot()) {
            boolean sameSpecs = specs.size() == job.jobSpecs().size();
            for (int i = 0; sameSpecs && i < specs.size(); i++) {
                JobSpec now = job.jobSpecs().get(i);
                JobSpec asked = specs.get(i);
                sameSpecs = Objects.equals(asked.ecsSpec(), now.ecsSpec())
                        && Objects.equals(asked.spotSpec(), now.spotSpec())
                        && Objects.equals(asked.elasticSpotSpecs(), now.elasticSpotSpecs())
                        && Objects.equals(asked.useSpotInstance(), now.useSpotInstance());
            }
            if (!sameSpecs) {
                throw new EngineException(ErrorKind.INVALID, "InvalidParameter.SpotSpecImmutable",
                        "R5: a preemptible job's instance types and bids (JobSpecs.EcsSpec, SpotSpec, "
                                + "ElasticSpotSpecs, UseSpotInstance) cannot be changed");
            }
        }
        if (!job.status().isWaiting()) {
            throw new EngineException(ErrorKind.CONFLICT, "JobStatusNotSupported", "JobSpecs: job " + job.jobId()
                    + " is " + job.status().wireValue() + "; roles can change only while it waits for resources");
        }
    }

    /**
     * A pod of a job, of the current run or an earlier one (the latest incarnation when PodUid is not given).
     *
     * @throws EngineException 404 {@code PodNotFound}
     */
    public static Pod pod(Job job, String podId, Optional<String> podUid) {
        List<Pod> candidates = new ArrayList<>();
        for (Pod current : job.pods()) { // oldest incarnation first, so the last match is the latest one
            candidates.addAll(current.history());
            candidates.add(current);
        }
        Predicate<Pod> uid = p -> !podUid.isPresent() || p.podUid().equals(podUid.get());
        return candidates.stream().filter(p -> p.podId().equals(podId)).filter(uid).reduce((a, b) -> b)
                .orElseThrow(() -> EngineException.notFound("Pod", podId));
    }

    /** R30, M20: StartTime defaults to 7 days before now, EndTime to now, MaxEventsNum to 2000 (the newest). */
    private List<String> window(List<JobEvent> events, Optional<String> start, Optional<String> end,
                                OptionalInt max) {
        Instant to = end.map(s -> Times.parse("EndTime", s)).orElse(clock.now());
        Instant from = start.map(s -> Times.parse("StartTime", s)).orElse(to.minus(java.time.Duration.ofDays(7)));
        List<String> out = new ArrayList<>();
        for (JobEvent e : events) {
            if (!e.time().isBefore(from) && !e.time().isAfter(to)) {
                out.add(e.render());
            }
        }
        int limit = max.orElse(2000);
        return limit < out.size() ? out.subList(out.size() - Math.max(0, limit), out.size()) : out;
    }
}
