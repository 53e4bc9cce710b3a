package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/** The job operations, implemented by the engine's {@code JobService}. */
final class JobHandlers {

    private JobHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_JOB, (engine, caller, r) -> {
                    // A job made from a template names one the caller has (404 JobTemplateNotFound otherwise).
                    r.templateId().ifPresent(id -> engine.templates().find(caller, id));
                    return engine.jobs().createJob(caller, r);
                })
                .register(DlcOperations.GET_JOB, (engine, caller, r) -> engine.jobs().getJob(caller, r))
                .register(DlcOperations.LIST_JOBS, (engine, caller, r) -> engine.jobs().listJobs(caller, r))
                .register(DlcOperations.UPDATE_JOB, (engine, caller, r) -> engine.jobs().updateJob(caller, r))
                .register(DlcOperations.STOP_JOB, (engine, caller, r) -> engine.jobs().stopJob(caller, r))
                .register(DlcOperations.DELETE_JOB, (engine, caller, r) -> engine.jobs().deleteJob(caller, r))
                .register(DlcOperations.GET_JOB_EVENTS, (engine, caller, r) -> engine.jobs().getJobEvents(caller, r))
                .register(DlcOperations.GET_POD_EVENTS, (engine, caller, r) -> engine.jobs().getPodEvents(caller, r))
                .register(DlcOperations.GET_POD_LOGS, (engine, caller, r) -> engine.jobs().getPodLogs(caller, r));
    }
}
