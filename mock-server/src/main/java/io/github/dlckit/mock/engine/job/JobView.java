package io.github.dlckit.mock.engine.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.json.DlcJson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Renders a {@link Job} in the vendor's shapes. GetJob's body and ListJobs' items share most fields under the same
 * wire names, so both are read from one JSON view of the job (fields a shape does not have are ignored).
 */
final class JobView {

    private static final ObjectMapper JSON = DlcJson.mapper();

    private JobView() {
    }

    static GetJobResponse getJob(Job job, Instant now, boolean withPods) {
        ObjectNode node = common(job, now);
        if (withPods) {
            node.set("Pods", pods(job.pods(), job, now));
        }
        ArrayNode restarts = node.putArray("RestartRecord");
        for (Job.Restart r : job.restarts()) {
            ObjectNode record = restarts.addObject().put("JobRestartCount", r.count())
                    .put("OccurTime", Times.iso(r.time())).put("Reason", r.reason()).put("OccurPhase", r.phase())
                    .put("RestartLevelType", "Job").put("RestartStatus", r.status()).put("TriggerID", r.triggerId());
            r.failReason().ifPresent(why -> record.put("RestartFailReason", why));
            r.durationSeconds().ifPresent(d -> record.put("RestartDurationInSec", d));
            ArrayNode details = record.putArray("DetailErrorInfoList");
            for (Pod pod : r.pods()) { // M11: one entry per pod of the interrupted run (R35)
                ObjectNode detail = details.addObject().put("ErrorCode", r.reason()).put("ErrorMsg", r.message())
                        .put("ErrorSource", r.isPreemption() ? "Spot" : "UserCode").put("Pod", pod.podId())
                        .put("TriggerRestart", true).put("AddNodeToBlacklist", false)
                        .put("AddJobLevelBlacklist", false);
                putIfPresent(detail, "Node", pod.nodeName());
            }
        }
        return JSON.convertValue(node, GetJobResponse.class);
    }

    static JobItem item(Job job, Instant now) {
        ObjectNode node = common(job, now);
        node.put("EnablePreemptibleJob", job.isSpot());
        node.put("IsDeleted", job.isDeleted());
        node.put("GmtModifiedTime", Times.iso(job.history().get(job.history().size() - 1).start()));
        node.put("NodeCount", String.valueOf(job.pods().size()));
        ArrayNode nodes = node.putArray("NodeNames");
        job.pods().stream().map(Pod::nodeName).filter(n -> n != null).distinct().forEach(nodes::add);
        return JSON.convertValue(node, JobItem.class);
    }

    private static ObjectNode common(Job job, Instant now) {
        CreateJobRequest s = job.submitted();
        ObjectNode node = JSON.createObjectNode();
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
        node.set("JobSpecs", JSON.valueToTree(job.jobSpecs()));
        setIfPresent(node, "Envs", s.envs().isEmpty() ? null : JSON.valueToTree(s.envs()));
        setIfPresent(node, "Settings", s.settings().<JsonNode>map(JSON::valueToTree).orElse(null));
        setIfPresent(node, "CodeSource", s.codeSource().<JsonNode>map(JSON::valueToTree).orElse(null));
        setIfPresent(node, "CredentialConfig", s.credentialConfig().<JsonNode>map(JSON::valueToTree).orElse(null));
        setIfPresent(node, "ElasticSpec", s.elasticSpec().<JsonNode>map(JSON::valueToTree).orElse(null));
        setIfPresent(node, "DataSources", s.dataSources().isEmpty() ? null : JSON.valueToTree(s.dataSources()));
        setIfPresent(node, "CustomEnvs", s.customEnvs().isEmpty() ? null : JSON.valueToTree(s.customEnvs()));
        setIfPresent(node, "ThirdpartyLibs", s.thirdpartyLibs().isEmpty() ? null : JSON.valueToTree(s.thirdpartyLibs()));
        s.userVpc().ifPresent(vpc -> {
            ObjectNode v = JSON.valueToTree(vpc);
            JsonNode cidrs = v.remove("ExtendedCIDRs");
            if (cidrs != null) {
                v.set("ExtendedCidrs", cidrs);
            }
            node.set("UserVpc", v);
        });
        ArrayNode history = node.putArray("StatusHistory");
        for (Job.Transition t : job.history()) {
            ObjectNode item = history.addObject().put("Status", t.status().wireValue()).put("StartTime", Times.iso(t.start()));
            t.end().ifPresent(e -> item.put("EndTime", Times.iso(e)));
            putIfPresent(item, "ReasonCode", t.reasonCode());
            putIfPresent(item, "ReasonMessage", t.reasonMessage());
        }
        node.set("JobReplicaStatuses", replicaStatuses(job));
        return node;
    }

    /**
     * M19, R27: per role, pods waiting for instances (Queuing), pods with an instance that do not run yet
     * (Dequeued), running pods (Active), and the spot type of the role's current or last allocation.
     */
    private static ArrayNode replicaStatuses(Job job) {
        ArrayNode out = JSON.createArrayNode();
        JobStatus s = job.status();
        boolean waiting = s == JobStatus.CREATING || s.isWaiting() || s == JobStatus.RESTARTING && !job.isHolding();
        boolean dequeued = s == JobStatus.ENV_PREPARING || s == JobStatus.SANITY_CHECKING
                || s == JobStatus.RESTARTING && job.isHolding();
        for (JobSpec spec : job.jobSpecs()) {
            String role = spec.type().orElse("Worker");
            List<Pod> pods = job.pods().stream().filter(p -> p.role().equals(role)).toList();
            ObjectNode status = out.addObject().put("Type", role)
                    .put("Active", s == JobStatus.RUNNING ? pods.stream().filter(p -> p.status().equals("Running")
                            && p.subStatus().equals("Normal")).count() : 0)
                    .put("Queuing", waiting ? pods.size() : 0)
                    .put("Dequeued", dequeued ? pods.size() : 0);
            String current = job.currentSpotTypes().get(role);
            if (current != null) {
                status.put("CurrentSpotInstanceType", current);
            }
        }
        return out;
    }

    private static ArrayNode pods(List<Pod> pods, Job job, Instant now) {
        ArrayNode out = JSON.createArrayNode();
        for (Pod p : pods) {
            ObjectNode node = out.addObject().put("PodId", p.podId()).put("PodUid", p.podUid()).put("Type", p.role())
                    .put("Status", p.status()).put("SubStatus", p.subStatus()).put("Ip", p.ip())
                    .put("ResourceType", job.resourceType().wireValue())
                    .put("GmtCreateTime", Times.iso(p.createTime()));
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
                node.set("HistoryPods", pods(p.history(), job, now));
            }
        }
        return out;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void setIfPresent(ObjectNode node, String field, JsonNode value) {
        if (value != null) {
            node.set(field, value);
        }
    }
}
