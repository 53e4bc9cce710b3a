package io.github.dlckit.mock.engine.template;

import io.github.dlckit.mock.engine.ModelShapes;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.model.GetJobTemplateResponse;
import io.github.dlckit.model.GetJobTemplateResponseVersions;
import io.github.dlckit.model.ListJobTemplatesResponseJobTemplates;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link JobTemplate}. The summary (a ListJobTemplates item) is the base of CreateJobTemplate's and
 * GetJobTemplate's bodies, which add the version fields.
 */
final class JobTemplateView {

    private JobTemplateView() {
    }

    static ListJobTemplatesResponseJobTemplates summary(JobTemplate t) {
        return ListJobTemplatesResponseJobTemplates.builder()
                .templateId(t.id())
                .templateName(t.name())
                .description(t.description())
                .metadata(t.metadata())
                .workspaceId(t.workspaceId())
                .tenantId(t.owner().accountId())
                .userId(t.owner().userId())
                .modifiedBy(t.modifiedBy())
                .defaultVersion(t.defaultVersion())
                .gmtCreateTime(Times.iso(t.created()))
                .gmtModifyTime(Times.iso(t.modified()))
                .build();
    }

    /** GetJobTemplate: the summary, the chosen versions and how many versions the template has. */
    static GetJobTemplateResponse detail(JobTemplate t, List<TemplateVersion> shown) {
        return ModelShapes.convert(summary(t), GetJobTemplateResponse.class).toBuilder()
                .versions(shown.stream().map(JobTemplateView::version).collect(Collectors.toList()))
                .totalCount(t.versions().size())
                .build();
    }

    /** A version with its Content as the JSON object it is (the field is {@code any} in responses). */
    private static GetJobTemplateResponseVersions version(TemplateVersion v) {
        return GetJobTemplateResponseVersions.builder()
                .version(v.number())
                .content(parse(v.content()))
                .constraints(v.constraints())
                .createdBy(v.createdBy())
                .gmtCreateTime(Times.iso(v.created()))
                .build();
    }

    private static Object parse(String content) {
        try {
            return ModelShapes.read(content);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("template content was checked on the way in", e);
        }
    }
}
