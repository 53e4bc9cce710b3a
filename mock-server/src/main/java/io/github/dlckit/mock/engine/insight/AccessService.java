package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.access.AccessTokens;
import io.github.dlckit.mock.engine.access.MockUrls;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.mock.engine.job.Pod;
import io.github.dlckit.mock.engine.tensorboard.TensorboardService;
import io.github.dlckit.model.GetDashboardRequest;
import io.github.dlckit.model.GetRayDashboardRequest;
import io.github.dlckit.model.GetTokenRequest;
import io.github.dlckit.model.GetWebTerminalRequest;
import io.github.dlckit.model.JobType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The ways into a job the service hands out: dashboard URLs (GetDashboard; GetRayDashboard for RayJob jobs only),
 * web terminals of running pods, and tokens for a job or a TensorBoard (GetToken). URLs are {@link MockUrls};
 * tokens are {@link AccessTokens}. A shared dashboard (isShared) carries a token valid for
 * {@link #SHARED_LIFETIME}; a {@code token} given in the request is put in the URL as it is.
 */
public final class AccessService {

    /** The lifetime of the token in a shared dashboard or web terminal URL. */
    public static final Duration SHARED_LIFETIME = Duration.ofDays(1);
    /** The lifetime of a web terminal's own token. */
    public static final Duration TERMINAL_LIFETIME = Duration.ofHours(1);

    static final List<String> TARGET_TYPES = List.of("job", "tensorboard");

    private final JobService jobs;
    private final TensorboardService tensorboards;
    private final AccessTokens tokens;

    public AccessService(JobService jobs, TensorboardService tensorboards, AccessTokens tokens) {
        this.jobs = jobs;
        this.tensorboards = tensorboards;
        this.tokens = tokens;
    }

    /** @return the URL of the job's dashboard (with a token when shared) */
    public String getDashboard(Caller caller, GetDashboardRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        String url = shareable(caller, MockUrls.jobDashboard(caller.region(), job.jobId()), "job/" + job.jobId(),
                request.isShared(), request.token());
        return url;
    }

    /**
     * Only a job of type RayJob has a Ray dashboard; any other job is refused with {@code JobTypeNotSupported}.
     *
     * @return the URL of the job's Ray dashboard (with a token when shared)
     */
    public String getRayDashboard(Caller caller, GetRayDashboardRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        String type = job.submitted().jobType().orElse("");
        if (!type.equals(JobType.RAY_JOB.wireValue())) {
            throw new EngineException(ErrorKind.INVALID, "JobTypeNotSupported", "jobId: job " + job.jobId() + " is "
                    + (type.isEmpty() ? "of no type" : "a " + type) + "; only RayJob jobs have a Ray dashboard.");
        }
        String url = shareable(caller, MockUrls.rayDashboard(caller.region(), job.jobId()), "job/" + job.jobId(),
                request.isShared(), request.token());
        return url;
    }

    /**
     * The pod (PodUid picks an incarnation) must be Running; otherwise {@code PodStatusNotSupported}.
     *
     * @return the URL of a web terminal on the pod, with its token
     */
    public String getWebTerminal(Caller caller, GetWebTerminalRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        Pod pod = JobService.pod(job, request.podId().orElse(""), request.podUid());
        if (!pod.status().equals("Running")) {
            throw new EngineException(ErrorKind.CONFLICT, "PodStatusNotSupported", "Pod " + pod.podId() + " of job "
                    + job.jobId() + " is " + pod.status() + "; a web terminal needs a running pod.");
        }
        Duration lifetime = request.isShared().orElse(false) ? SHARED_LIFETIME : TERMINAL_LIFETIME;
        String token = tokens.issue(caller, "job/" + job.jobId() + "/pod/" + pod.podId(), lifetime);
        return MockUrls.webTerminal(caller.region(), job.jobId(), pod.podId(), token);
    }

    /**
     * TargetType ({@code job} or {@code tensorboard}) and TargetId are required; the target must exist.
     *
     * @return a token for the target
     */
    public String getToken(Caller caller, GetTokenRequest request) {
        String type = Checks.required("TargetType", request.targetType());
        Checks.oneOf("TargetType", Optional.of(type), TARGET_TYPES);
        String id = Checks.required("TargetId", request.targetId());
        Duration lifetime = AccessTokens.lifetime("ExpireTime", request.expireTime(), AccessTokens.DEFAULT_LIFETIME);
        if (type.equals("job")) {
            jobs.find(caller, id);
        } else {
            tensorboards.find(caller, id);
        }
        return tokens.issue(caller, type + "/" + id, lifetime);
    }

    private String shareable(Caller caller, String url, String subject, Optional<Boolean> shared,
                             Optional<String> token) {
        if (token.isPresent()) {
            return MockUrls.withToken(url, token.get());
        }
        if (shared.orElse(false)) {
            return MockUrls.withToken(url, tokens.issue(caller, subject + "/dashboard", SHARED_LIFETIME));
        }
        return url;
    }
}
