package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/** The job template operations, implemented by the engine's {@code JobTemplateService}. */
final class JobTemplateHandlers {

    private JobTemplateHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_JOB_TEMPLATE, (e, caller, r) -> e.templates().createJobTemplate(caller, r))
                .register(DlcOperations.GET_JOB_TEMPLATE, (e, caller, r) -> e.templates().getJobTemplate(caller, r))
                .register(DlcOperations.LIST_JOB_TEMPLATES, (e, caller, r) -> e.templates().listJobTemplates(caller, r))
                .register(DlcOperations.UPDATE_JOB_TEMPLATE, (e, caller, r) -> e.templates().updateJobTemplate(caller, r))
                .register(DlcOperations.DELETE_JOB_TEMPLATE, (e, caller, r) -> e.templates().deleteJobTemplate(caller, r))
                .register(DlcOperations.SET_JOB_TEMPLATE_DEFAULT_VERSION,
                        (e, caller, r) -> e.templates().setJobTemplateDefaultVersion(caller, r));
    }
}
