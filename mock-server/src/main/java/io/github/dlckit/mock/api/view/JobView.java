package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.Pod;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Job} in the vendor's shapes. GetJob's body and ListJobs' items share most fields under the same
 * wire names, so both are read from one plain tree of the job (fields a shape does not have are ignored).
 */
public final class JobView {

    private JobView() {
    }

    /**
     * @param job the job
     * @param now the engine's time, for durations of what still runs
     * @param withPods whether to list the pods (GetJob's NeedDetail)
     * @return GetJob's body
     */
    public static GetJobResponse getJob(Job job, Instant now, boolean withPods) {
        Map<String, Object> node = common(job, now);
        if (withPods) {
            node.put("Pods", pods(job.pods(), job, now));
        }
        List<Object> restarts = new ArrayList<>();
        node.put("RestartRecord", restarts);
        for (Job.Restart r : job.restarts()) {
            Map<String, Object> record = new LinkedHashMap<>();
            restarts.add(record);
            record.put("JobRestartCount", r.count());
            record.put("OccurTime", Times.iso(r.time()));
            record.put("Reason", r.reason());
            record.put("OccurPhase", r.phase());
            record.put("RestartLevelType", "Job");
            record.put("RestartStatus", r.status());
            record.put("TriggerID", r.triggerId());
            r.failReason().ifPresent(why -> record.put("RestartFailReason", why));
            r.durationSeconds().ifPresent(d -> record.put("RestartDurationInSec", d));
            List<Object> details = new ArrayList<>();
            record.put("DetailErrorInfoList", details);
            for (Pod pod : r.pods()) { // M11: one entry per pod of the interrupted run (R35)
                Map<String, Object> detail = new LinkedHashMap<>();
                details.add(detail);
                detail.put("ErrorCode", r.reason());
                detail.put("ErrorMsg", r.message());
                detail.put("ErrorSource", r.isPreemption() ? "Spot" : "UserCode");
                detail.put("Pod", pod.podId());
                detail.put("TriggerRestart", true);
                detail.put("AddNodeToBlacklist", false);
                detail.put("AddJobLevelBlacklist", false);
                putIfPresent(detail, "Node", pod.nodeName());
            }
        }
        return ModelShapes.convert(node, GetJobResponse.class);
    }

    /**
     * @param job the job
     * @param now the engine's time
     * @return the job as an item of ListJobs
     */
    public static JobItem item(Job job, Instant now) {
        Map<String, Object> node = common(job, now);
        node.put("EnablePreemptibleJob", job.isSpot());
        node.put("IsDeleted", job.isDeleted());
        node.put("GmtModifiedTime", Times.iso(job.history().get(job.history().size() - 1).start()));
        node.put("NodeCount", String.valueOf(job.pods().size()));
        node.put("NodeNames", job.pods().stream().map(Pod::nodeName).filter(n -> n != null).distinct().toList());
        return ModelShapes.convert(node, JobItem.class);
    }

    private static Map<String, Object> common(Job job, Instant now) {
        CreateJobRequest s = job.submitted();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("JobId", job.jobId());
        putIfPresent(node, "DisplayName", s.displayName().orElse(null));
        putIfPresent(node, "JobType", s.jobType().orElse(null));
        putIfPresent(node, "WorkspaceId", s.workspaceId().orElse(null));
        putIfPresent(node, "ResourceId", s.resourceId().orElse(null));
        putIfPresent(node, "UserCommand", s.userCommand().orElse(null));
        putIfPresent(node, "ThirdpartyLibDir", s.thirdpartyLibDir().orElse(null));
        putIfPresent(node, "Description", job.description().orElse(null));
        node.put("UserId", job.owner().userId());
        node.put("TenantId", job.owner().accountId());
        node.put("ResourceType", job.resourceType().wireValue());
        node.put("Status", job.status().wireValue());
        putIfPresent(node, "SubStatus", job.subStatus().orElse(null));
        putIfPresent(node, "ReasonCode", job.reasonCode().orElse(null));
        putIfPresent(node, "ReasonMessage", job.reasonMessage().orElse(null));
        node.put("Priority", job.priority());
        node.put("Accessibility", job.accessibility());
        node.put("GmtCreateTime", Times.iso(job.createTime()));
        node.put("GmtSubmittedTime", Times.iso(job.createTime()));
        job.firstEntered(JobStatus.RUNNING).ifPresent(t -> node.put("GmtRunningTime", Times.iso(t)));
        job.finishTime().ifPresent(t -> node.put("GmtFinishTime", Times.iso(t)));
        job.firstEntered(JobStatus.SUCCEEDED).ifPresent(t -> node.put("GmtSuccessedTime", Times.iso(t)));
        job.firstEntered(JobStatus.FAILED).ifPresent(t -> node.put("GmtFailedTime", Times.iso(t)));
        job.firstEntered(JobStatus.STOPPED).ifPresent(t -> node.put("GmtStoppedTime", Times.iso(t)));
        node.put("Duration", job.firstEntered(JobStatus.RUNNING)
                .map(t -> Duration.between(t, job.finishTime().orElse(now)).getSeconds()).orElse(0L));
        node.put("RestartTimes", job.restarts().size() + "/" + job.maxRestarts());
        node.put("JobSpecs", ModelShapes.tree(job.jobSpecs()));
        putIfPresent(node, "Envs", s.envs().isEmpty() ? null : ModelShapes.tree(s.envs()));
        putIfPresent(node, "Settings", s.settings().map(ModelShapes::tree).orElse(null));
        putIfPresent(node, "CodeSource", s.codeSource().map(ModelShapes::tree).orElse(null));
        putIfPresent(node, "CredentialConfig", s.credentialConfig().map(ModelShapes::tree).orElse(null));
        putIfPresent(node, "ElasticSpec", s.elasticSpec().map(ModelShapes::tree).orElse(null));
        putIfPresent(node, "DataSources", s.dataSources().isEmpty() ? null : ModelShapes.tree(s.dataSources()));
        putIfPresent(node, "CustomEnvs", s.customEnvs().isEmpty() ? null : ModelShapes.tree(s.customEnvs()));
        putIfPresent(node, "ThirdpartyLibs", s.thirdpartyLibs().isEmpty() ? null : ModelShapes.tree(s.thirdpartyLibs()));
        s.userVpc().ifPresent(vpc -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> v = (Map<String, Object>) ModelShapes.tree(vpc);
            Object cidrs = v.remove("ExtendedCIDRs");
            if (cidrs != null) {
                v.put("ExtendedCidrs", cidrs);
            }
            node.put("UserVpc", v);
        });
        List<Object> history = new ArrayList<>();
        node.put("StatusHistory", history);
        for (Job.Transition t : job.history()) {
            Map<String, Object> item = new LinkedHashMap<>();
            history.add(item);
            item.put("Status", t.status().wireValue());
            item.put("StartTime", Times.iso(t.start()));
            t.end().ifPresent(e -> item.put("EndTime", Times.iso(e)));
            putIfPresent(item, "ReasonCode", t.reasonCode());
            putIfPresent(item, "ReasonMessage", t.reasonMessage());
        }
        node.put("JobReplicaStatuses", replicaStatuses(job));
        SecretMask.mask(node);
        return node;
    }

    /**
     * M19, R27: per role, pods waiting for instances (Queuing), pods with an instance that do not run yet
     * (Dequeued), running pods (Active), and the spot type of the role's current or last allocation.
     */
    private static List<Object> replicaStatuses(Job job) {
        List<Object> out = new ArrayList<>();
        JobStatus s = job.status();
        boolean waiting = s == JobStatus.CREATING || s.isWaiting() || s == JobStatus.RESTARTING && !job.isHolding();
        boolean dequeued = s == JobStatus.ENV_PREPARING || s == JobStatus.SANITY_CHECKING
                || s == JobStatus.RESTARTING && job.isHolding();
        for (JobSpec spec : job.jobSpecs()) {
            String role = spec.type().orElse("Worker");
            List<Pod> pods = job.pods().stream().filter(p -> p.role().equals(role)).toList();
            Map<String, Object> status = new LinkedHashMap<>();
            out.add(status);
            status.put("Type", role);
            status.put("Active", s == JobStatus.RUNNING ? pods.stream().filter(p -> p.status().equals("Running")
                    && p.subStatus().equals("Normal")).count() : 0L);
            status.put("Queuing", waiting ? pods.size() : 0);
            status.put("Dequeued", dequeued ? pods.size() : 0);
            String current = job.currentSpotTypes().get(role);
            if (current != null) {
                status.put("CurrentSpotInstanceType", current);
            }
        }
        return out;
    }

    private static List<Object> pods(List<Pod> pods, Job job, Instant now) {
        List<Object> out = new ArrayList<>();
        for (Pod p : pods) {
            Map<String, Object> node = new LinkedHashMap<>();
            out.add(node);
            node.put("PodId", p.podId());
            node.put("PodUid", p.podUid());
            node.put("Type", p.role());
            node.put("Status", p.status());
            node.put("SubStatus", p.subStatus());
            node.put("Ip", p.ip());
            node.put("ResourceType", job.resourceType().wireValue());
            node.put("GmtCreateTime", Times.iso(p.createTime()));
            putIfPresent(node, "NodeName", p.nodeName());
            if (p.startTime() != null) {
                node.put("GmtStartTime", Times.iso(p.startTime()));
                node.put("Duration", Duration.between(p.startTime(),
                        p.finishTime() != null ? p.finishTime() : now).toMillis() / 1000.0);
            }
            if (p.finishTime() != null) {
                node.put("GmtFinishTime", Times.iso(p.finishTime()));
            }
            if (!p.history().isEmpty()) {
                node.put("HistoryPods", pods(p.history(), job, now));
            }
        }
        return out;
    }

    private static void putIfPresent(Map<String, Object> node, String field, Object value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
