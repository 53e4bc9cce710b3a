package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.JobView;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobLines;
import io.github.dlckit.model.CreateJobResponse;
import io.github.dlckit.model.DeleteJobResponse;
import io.github.dlckit.model.GetJobEventsResponse;
import io.github.dlckit.model.GetPodEventsResponse;
import io.github.dlckit.model.GetPodLogsResponse;
import io.github.dlckit.model.ListJobsResponse;
import io.github.dlckit.model.StopJobResponse;
import io.github.dlckit.model.UpdateJobResponse;
import io.github.dlckit.model.operation.DlcOperations;

/** The job operations, implemented by the engine's {@code JobService}; {@link JobView} renders the jobs. */
final class JobHandlers {

    private JobHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_JOB, (engine, caller, r) -> {
                    // A job made from a template names one the caller has (404 JobTemplateNotFound otherwise).
                    r.templateId().ifPresent(id -> engine.templates().find(caller, id));
                    Job job = engine.jobs().createJob(caller, r);
                    return CreateJobResponse.builder().jobId(job.jobId()).build();
                })
                .register(DlcOperations.GET_JOB, (engine, caller, r) -> JobView.getJob(engine.jobs().getJob(caller, r),
                        engine.clock().now(), r.needDetail().orElse(true)))
                .register(DlcOperations.LIST_JOBS, (engine, caller, r) -> {
                    var page = engine.jobs().listJobs(caller, r);
                    return ListJobsResponse.builder().jobs(page.map(job -> JobView.item(job, engine.clock().now())))
                            .totalCount(page.totalCount()).build();
                })
                .register(DlcOperations.UPDATE_JOB, (engine, caller, r) ->
                        UpdateJobResponse.builder().jobId(engine.jobs().updateJob(caller, r).jobId()).build())
                .register(DlcOperations.STOP_JOB, (engine, caller, r) ->
                        StopJobResponse.builder().jobId(engine.jobs().stopJob(caller, r).jobId()).build())
                .register(DlcOperations.DELETE_JOB, (engine, caller, r) ->
                        DeleteJobResponse.builder().jobId(engine.jobs().deleteJob(caller, r).jobId()).build())
                .register(DlcOperations.GET_JOB_EVENTS, (engine, caller, r) -> {
                    JobLines events = engine.jobs().getJobEvents(caller, r);
                    return GetJobEventsResponse.builder().jobId(events.job().jobId()).events(events.lines()).build();
                })
                .register(DlcOperations.GET_POD_EVENTS, (engine, caller, r) -> {
                    JobLines events = engine.jobs().getPodEvents(caller, r);
                    return GetPodEventsResponse.builder().jobId(events.job().jobId()).podId(events.pod().podId())
                            .podUid(events.pod().podUid()).events(events.lines()).build();
                })
                .register(DlcOperations.GET_POD_LOGS, (engine, caller, r) -> {
                    JobLines logs = engine.jobs().getPodLogs(caller, r);
                    return GetPodLogsResponse.builder().jobId(logs.job().jobId()).podId(logs.pod().podId())
                            .podUid(logs.pod().podUid()).logs(logs.lines()).build();
                });
    }
}
