package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.template.JobTemplate;
import io.github.dlckit.mock.engine.template.TemplateUpdate;
import io.github.dlckit.mock.engine.template.TemplateVersion;
import io.github.dlckit.mock.engine.template.TemplateVersions;
import io.github.dlckit.model.CreateJobTemplateResponse;
import io.github.dlckit.model.GetJobTemplateResponse;
import io.github.dlckit.model.GetJobTemplateResponseVersions;
import io.github.dlckit.model.ListJobTemplatesResponseJobTemplates;
import io.github.dlckit.model.SetJobTemplateDefaultVersionResponse;
import io.github.dlckit.model.UpdateJobTemplateResponse;

import java.util.stream.Collectors;

/**
 * Renders a {@link JobTemplate}. The summary (a ListJobTemplates item) is the base of CreateJobTemplate's and
 * GetJobTemplate's bodies, which add the version fields.
 */
public final class JobTemplateView {

    private JobTemplateView() {
    }

    /**
     * @param t the template
     * @return the template as an item of ListJobTemplates
     */
    public static ListJobTemplatesResponseJobTemplates summary(JobTemplate t) {
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

    /** CreateJobTemplate: the summary of the new template, at version 1. */
    public static CreateJobTemplateResponse created(JobTemplate t) {
        return ModelShapes.convert(summary(t), CreateJobTemplateResponse.class).toBuilder().version(1).build();
    }

    /** GetJobTemplate: the summary, the chosen versions and how many versions the template has. */
    public static GetJobTemplateResponse detail(TemplateVersions read) {
        JobTemplate t = read.template();
        return ModelShapes.convert(summary(t), GetJobTemplateResponse.class).toBuilder()
                .versions(read.shown().stream().map(JobTemplateView::version).collect(Collectors.toList()))
                .totalCount(t.versions().size())
                .build();
    }

    /** UpdateJobTemplate: the version touched, whether it is new, the default version and when it changed. */
    public static UpdateJobTemplateResponse updated(TemplateUpdate update) {
        JobTemplate t = update.template();
        return UpdateJobTemplateResponse.builder()
                .version(update.version())
                .versionCreated(update.versionCreated())
                .defaultVersion(t.defaultVersion())
                .gmtModifyTime(Times.iso(t.modified()))
                .build();
    }

    /** SetJobTemplateDefaultVersion: the new default version and when it changed. */
    public static SetJobTemplateDefaultVersionResponse defaultVersionSet(JobTemplate t) {
        return SetJobTemplateDefaultVersionResponse.builder().defaultVersion(t.defaultVersion())
                .gmtModifyTime(Times.iso(t.modified())).build();
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
            return DlcJsonCodec.readTree(content);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("template content was checked on the way in", e);
        }
    }
}
