package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.Pod;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponseCodeSource;
import io.github.dlckit.model.GetJobResponseCustomEnvs;
import io.github.dlckit.model.GetJobResponseDataSources;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.GetJobResponsePodsHistoryPods;
import io.github.dlckit.model.GetJobResponseRestartRecord;
import io.github.dlckit.model.GetJobResponseRestartRecordDetailErrorInfoList;
import io.github.dlckit.model.GetJobResponseUserVpc;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.JobReplicaStatus;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.StatusTransitionItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Job} in the vendor's shapes, straight into the model's builders (no JSON tree in between: GetJob
 * is the call a client polls). ListJobs' items share most of GetJob's fields under the same wire names, so an item
 * is GetJob's body without pods and restarts, converted to its twin shape.
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
        GetJobResponse.Builder body = common(job, now);
        if (withPods) {
            body.pods(job.pods().stream().map(p -> pod(p, job, now)).toList());
        }
        for (Job.Restart r : job.restarts()) {
            var record = GetJobResponseRestartRecord.builder()
                    .jobRestartCount(r.count())
                    .occurTime(Times.iso(r.time()))
                    .reason(r.reason())
                    .occurPhase(r.phase())
                    .restartLevelType("Job")
                    .restartStatus(r.status())
                    .triggerId(r.triggerId())
                    .restartFailReason(r.failReason());
            r.durationSeconds().ifPresent(record::restartDurationInSec);
            for (Pod pod : r.pods()) { // M11: one entry per pod of the interrupted run (R35)
                record.addDetailErrorInfoList(GetJobResponseRestartRecordDetailErrorInfoList.builder()
                        .errorCode(r.reason())
                        .errorMsg(r.message())
                        .errorSource(r.isPreemption() ? "Spot" : "UserCode")
                        .pod(pod.podId())
                        .triggerRestart(true)
                        .addNodeToBlacklist(false)
                        .addJobLevelBlacklist(false)
                        .node(pod.nodeName())
                        .build());
            }
            body.addRestartRecord(record.build());
        }
        return body.build();
    }

    /**
     * @param job the job
     * @param now the engine's time
     * @return the job as an item of ListJobs
     */
    public static JobItem item(Job job, Instant now) {
        return ModelShapes.convert(common(job, now).build(), JobItem.class).toBuilder()
                .enablePreemptibleJob(job.isSpot())
                .isDeleted(job.isDeleted())
                .gmtModifiedTime(Times.iso(job.history().get(job.history().size() - 1).start()))
                .nodeCount(String.valueOf(job.pods().size()))
                .nodeNames(job.pods().stream().map(Pod::nodeName).filter(n -> n != null).distinct().toList())
                .build();
    }

    private static GetJobResponse.Builder common(Job job, Instant now) {
        CreateJobRequest s = job.submitted();
        GetJobResponse.Builder body = GetJobResponse.builder()
                .jobId(job.jobId())
                .displayName(s.displayName())
                .jobType(s.jobType())
                .workspaceId(s.workspaceId())
                .resourceId(s.resourceId())
                .userCommand(s.userCommand())
                .thirdpartyLibDir(s.thirdpartyLibDir())
                .description(job.description())
                .userId(job.owner().userId())
                .tenantId(job.owner().accountId())
                .resourceType(job.resourceType().wireValue())
                .status(job.status().wireValue())
                .subStatus(job.subStatus())
                .reasonCode(job.reasonCode())
                .reasonMessage(job.reasonMessage())
                .priority(job.priority())
                .accessibility(job.accessibility())
                .gmtCreateTime(Times.iso(job.createTime()))
                .gmtSubmittedTime(Times.iso(job.createTime()))
                .gmtRunningTime(job.firstEntered(JobStatus.RUNNING).map(Times::iso))
                .gmtFinishTime(job.finishTime().map(Times::iso))
                .gmtSuccessedTime(job.firstEntered(JobStatus.SUCCEEDED).map(Times::iso))
                .gmtFailedTime(job.firstEntered(JobStatus.FAILED).map(Times::iso))
                .gmtStoppedTime(job.firstEntered(JobStatus.STOPPED).map(Times::iso))
                .duration(job.firstEntered(JobStatus.RUNNING)
                        .map(t -> Duration.between(t, job.finishTime().orElse(now)).getSeconds()).orElse(0L))
                .restartTimes(job.restarts().size() + "/" + job.maxRestarts())
                .jobSpecs(SecretMask.jobSpecs(job.jobSpecs()))
                .envs(SecretMask.envs(s.envs()))
                .settings(s.settings().map(SecretMask::settings))
                .codeSource(s.codeSource().map(c -> GetJobResponseCodeSource.builder().branch(c.branch())
                        .codeSourceId(c.codeSourceId()).commit(c.commit()).mountPath(c.mountPath()).build()))
                .credentialConfig(s.credentialConfig().map(SecretMask::credentials))
                .elasticSpec(s.elasticSpec())
                .dataSources(s.dataSources().stream().map(d -> GetJobResponseDataSources.builder()
                        .dataSourceId(d.dataSourceId()).mountPath(d.mountPath()).uri(d.uri()).build()).toList())
                .customEnvs(s.customEnvs().stream().map(e -> GetJobResponseCustomEnvs.builder()
                        .key(e.key()).value(e.value()).visible(e.visible()).build()).toList())
                .thirdpartyLibs(s.thirdpartyLibs())
                .userVpc(s.userVpc().map(vpc -> GetJobResponseUserVpc.builder().defaultRoute(vpc.defaultRoute())
                        .extendedCidrs(vpc.extendedCidrs()).securityGroupId(vpc.securityGroupId())
                        .switchId(vpc.switchId()).vpcId(vpc.vpcId()).build()))
                .jobReplicaStatuses(replicaStatuses(job));
        for (Job.Transition t : job.history()) {
            body.addStatusHistory(StatusTransitionItem.builder()
                    .status(t.status().wireValue())
                    .startTime(Times.iso(t.start()))
                    .endTime(t.end().map(Times::iso))
                    .reasonCode(t.reasonCode())
                    .reasonMessage(t.reasonMessage())
                    .build());
        }
        return body;
    }

    /**
     * M19, R27: per role, pods waiting for instances (Queuing), pods with an instance that do not run yet
     * (Dequeued), running pods (Active), and the spot type of the role's current or last allocation.
     */
    private static List<JobReplicaStatus> replicaStatuses(Job job) {
        List<JobReplicaStatus> out = new ArrayList<>();
        JobStatus s = job.status();
        boolean waiting = s == JobStatus.CREATING || s.isWaiting() || s == JobStatus.RESTARTING && !job.isHolding();
        boolean dequeued = s == JobStatus.ENV_PREPARING || s == JobStatus.SANITY_CHECKING
                || s == JobStatus.RESTARTING && job.isHolding();
        for (JobSpec spec : job.jobSpecs()) {
            String role = spec.type().orElse("Worker");
            List<Pod> pods = job.pods().stream().filter(p -> p.role().equals(role)).toList();
            out.add(JobReplicaStatus.builder()
                    .type(role)
                    .active(s == JobStatus.RUNNING ? (int) pods.stream().filter(p -> p.status().equals("Running")
                            && p.subStatus().equals("Normal")).count() : 0)
                    .queuing(waiting ? pods.size() : 0)
                    .dequeued(dequeued ? pods.size() : 0)
                    .currentSpotInstanceType(job.currentSpotTypes().get(role))
                    .build());
        }
        return out;
    }

    private static GetJobResponsePods pod(Pod p, Job job, Instant now) {
        var pod = GetJobResponsePods.builder()
                .podId(p.podId())
                .podUid(p.podUid())
                .type(p.role())
                .status(p.status())
                .subStatus(p.subStatus())
                .ip(p.ip())
                .resourceType(job.resourceType().wireValue())
                .gmtCreateTime(Times.iso(p.createTime()))
                .nodeName(p.nodeName());
        if (p.startTime() != null) {
            pod.gmtStartTime(Times.iso(p.startTime()))
                    .duration(Duration.between(p.startTime(), p.finishTime() != null ? p.finishTime() : now)
                            .toMillis() / 1000.0);
        }
        if (p.finishTime() != null) {
            pod.gmtFinishTime(Times.iso(p.finishTime()));
        }
        // The twin shape of an earlier run (rare: only after restarts), converted rather than filled twice.
        p.history().forEach(h -> pod.addHistoryPods(ModelShapes.convert(pod(h, job, now),
                GetJobResponsePodsHistoryPods.class)));
        return pod.build();
    }
}
