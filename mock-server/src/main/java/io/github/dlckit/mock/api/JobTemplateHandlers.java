package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.JobTemplateView;
import io.github.dlckit.model.DeleteJobTemplateResponse;
import io.github.dlckit.model.ListJobTemplatesResponse;
import io.github.dlckit.model.operation.DlcOperations;

/**
 * The job template operations, implemented by the engine's {@code JobTemplateService}; {@link JobTemplateView}
 * renders the templates.
 */
final class JobTemplateHandlers {

    private JobTemplateHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.CREATE_JOB_TEMPLATE,
                        (e, caller, r) -> JobTemplateView.created(e.templates().createJobTemplate(caller, r)))
                .register(DlcOperations.GET_JOB_TEMPLATE,
                        (e, caller, r) -> JobTemplateView.detail(e.templates().getJobTemplate(caller, r)))
                .register(DlcOperations.LIST_JOB_TEMPLATES, (e, caller, r) -> {
                    var page = e.templates().listJobTemplates(caller, r);
                    return ListJobTemplatesResponse.builder().jobTemplates(page.map(JobTemplateView::summary))
                            .totalCount(page.totalCount()).pageNumber(page.pageNumber()).pageSize(page.pageSize())
                            .build();
                })
                .register(DlcOperations.UPDATE_JOB_TEMPLATE,
                        (e, caller, r) -> JobTemplateView.updated(e.templates().updateJobTemplate(caller, r)))
                .register(DlcOperations.DELETE_JOB_TEMPLATE, (e, caller, r) -> DeleteJobTemplateResponse.builder()
                        .templateId(e.templates().deleteJobTemplate(caller, r).id()).build())
                .register(DlcOperations.SET_JOB_TEMPLATE_DEFAULT_VERSION,
                        (e, caller, r) -> JobTemplateView.defaultVersionSet(
                                e.templates().setJobTemplateDefaultVersion(caller, r)));
    }
}
