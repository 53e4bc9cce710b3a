package io.github.dlckit.mock.engine.template;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.JsonText;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.ResourceTable;
import io.github.dlckit.mock.store.Store;
import io.github.dlckit.model.CreateJobTemplateRequest;
import io.github.dlckit.model.DeleteJobTemplateRequest;
import io.github.dlckit.model.GetJobTemplateRequest;
import io.github.dlckit.model.ListJobTemplatesRequest;
import io.github.dlckit.model.SetJobTemplateDefaultVersionRequest;
import io.github.dlckit.model.UpdateJobTemplateRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The job template operations on the caller's own templates (ids {@code tpl} + 14 characters, as the vendor's
 * examples). A template starts at version 1, its default. UpdateJobTemplate with {@code version} edits that
 * version's Content/Constraints in place; without it, Content or Constraints make a new version (the fields not
 * given are copied from the newest version); SetAsDefault makes the version it touched the default. Names are
 * unique within a workspace. Content must be a JSON object; Constraints values are {@code locked},
 * {@code overridable} or {@code required}. The operations return the templates themselves; the API layer renders the
 * answers.
 */
public final class JobTemplateService {

    static final List<String> CONSTRAINTS = List.of("locked", "overridable", "required");

    private static final ListQuery.SortKeys<JobTemplate> SORT_KEYS = ListQuery.SortKeys
            .tieBrokenBy(Comparator.comparing(JobTemplate::created).thenComparing(JobTemplate::id))
            .key("GmtCreateTime", JobTemplate::created)
            .key("GmtModifyTime", JobTemplate::modified)
            .key("TemplateName", JobTemplate::name);

    private final EventClock clock;
    private final Store store;
    private final Ids ids;

    public JobTemplateService(EventClock clock, Store store, Ids ids) {
        this.clock = clock;
        this.store = store;
        this.ids = ids;
    }

    /** @return the new template, at version 1 */
    public JobTemplate createJobTemplate(Caller caller, CreateJobTemplateRequest request) {
        String name = Checks.required("TemplateName", request.templateName());
        String content = Checks.required("Content", request.content());
        String workspaceId = Checks.required("WorkspaceId", request.workspaceId());
        checkContent(content);
        checkConstraints(request.constraints());
        checkNameFree(caller, workspaceId, name, null);

        JobTemplate template = new JobTemplate(ids.next("tpl"), caller, workspaceId, name,
                request.description().orElse(null), request.metadata(), clock.now());
        template.versions().add(new TemplateVersion(1, content, request.constraints(), caller.userId(), clock.now()));
        table(caller).put(template.id(), template);
        return template;
    }

    /**
     * Version: absent for the default version, {@code all} for every version, or a version number.
     *
     * @return the template with the versions asked for
     */
    public TemplateVersions getJobTemplate(Caller caller, GetJobTemplateRequest request) {
        JobTemplate template = find(caller, request.templateId().orElse(""));
        String wanted = request.version().filter(v -> !v.isBlank()).orElse(null);
        List<TemplateVersion> shown;
        if (wanted == null) {
            shown = List.of(template.version(template.defaultVersion()).orElseThrow());
        } else if (wanted.equalsIgnoreCase("all")) {
            shown = template.versions();
        } else {
            int number = Checks.intNumber("Version", Optional.of(wanted)).getAsInt();
            shown = List.of(version(template, number));
        }
        return new TemplateVersions(template, shown);
    }

    /**
     * WorkspaceId is required; TemplateName matches by substring.
     *
     * @return the page of the caller's templates that match
     */
    public ListQuery.Page<JobTemplate> listJobTemplates(Caller caller, ListJobTemplatesRequest r) {
        String workspaceId = Checks.required("WorkspaceId", r.workspaceId());
        return new ListQuery<JobTemplate>()
                .where(Optional.of(workspaceId), (t, w) -> t.workspaceId().equals(w))
                .where(r.templateId(), (t, id) -> t.id().equals(id))
                .where(r.templateName(), (t, name) -> t.name().contains(name))
                .where(r.userId(), (t, u) -> t.owner().userId().equals(u))
                .run(table(caller).all(), r.sortBy(), r.order(), SORT_KEYS, r.pageNumber(), r.pageSize());
    }

    /** @return the version the update touched (the default version when it touched none) */
    public TemplateUpdate updateJobTemplate(Caller caller, UpdateJobTemplateRequest request) {
        JobTemplate template = find(caller, request.templateId().orElse(""));
        request.content().ifPresent(JobTemplateService::checkContent);
        checkConstraints(request.constraints());
        Optional<String> newName = request.templateName().map(n -> n.isBlank() ? null : n);
        if (request.templateName().isPresent() && newName.isEmpty()) {
            throw EngineException.invalid("TemplateName", "must not be blank");
        }
        newName.ifPresent(n -> checkNameFree(caller, template.workspaceId(), n, template.id()));
        OptionalInt edited = request.version();
        TemplateVersion target = edited.isPresent() ? version(template, edited.getAsInt()) : null;

        boolean changesVersion = request.content().isPresent() || !request.constraints().isEmpty();
        boolean created = target == null && changesVersion;
        if (created) {
            TemplateVersion latest = template.latest();
            target = new TemplateVersion(latest.number() + 1, request.content().orElse(latest.content()),
                    request.constraints().isEmpty() ? latest.constraints() : request.constraints(),
                    caller.userId(), clock.now());
            template.versions().add(target);
        } else if (target != null) {
            request.content().ifPresent(target::content);
            if (!request.constraints().isEmpty()) {
                target.constraints(request.constraints());
            }
        }
        newName.ifPresent(template::name);
        request.description().ifPresent(template::description);
        if (!request.metadata().isEmpty()) {
            template.metadata(request.metadata());
        }
        if (target != null && request.setAsDefault().orElse(false)) {
            template.defaultVersion(target.number());
        }
        template.modified(clock.now(), caller.userId());
        return new TemplateUpdate(template, target != null ? target.number() : template.defaultVersion(), created);
    }

    /** @return the template, deleted */
    public JobTemplate deleteJobTemplate(Caller caller, DeleteJobTemplateRequest request) {
        JobTemplate template = find(caller, request.templateId().orElse(""));
        table(caller).remove(template.id());
        return template;
    }

    /** @return the template with its new default version */
    public JobTemplate setJobTemplateDefaultVersion(Caller caller, SetJobTemplateDefaultVersionRequest request) {
        JobTemplate template = find(caller, request.templateId().orElse(""));
        if (request.version().isEmpty()) {
            throw EngineException.missing("Version");
        }
        TemplateVersion chosen = version(template, request.version().getAsInt());
        template.defaultVersion(chosen.number());
        template.modified(clock.now(), caller.userId());
        return template;
    }

    /**
     * A template of the caller's; other accounts' do not exist for it.
     *
     * @throws EngineException 404 {@code JobTemplateNotFound}
     */
    public JobTemplate find(Caller caller, String templateId) {
        return table(caller).find(templateId).orElseThrow(() -> EngineException.notFound("JobTemplate", templateId));
    }

    private static TemplateVersion version(JobTemplate template, int number) {
        return template.version(number).orElseThrow(() -> new EngineException(ErrorKind.NOT_FOUND,
                "JobTemplateVersionNotFound", "Job template " + template.id() + " has no version " + number
                + "; its versions are 1 to " + template.latest().number() + "."));
    }

    private void checkNameFree(Caller caller, String workspaceId, String name, String exceptId) {
        boolean taken = table(caller).all().stream().anyMatch(t -> t.workspaceId().equals(workspaceId)
                && t.name().equals(name) && !t.id().equals(exceptId));
        if (taken) {
            throw new EngineException(ErrorKind.CONFLICT, "JobTemplateAlreadyExists", "TemplateName: a template "
                    + "named " + name + " already exists in workspace " + workspaceId + ".");
        }
    }

    private static void checkContent(String content) {
        boolean object;
        try {
            object = JsonText.read(content) instanceof Map;
        } catch (IllegalArgumentException e) {
            object = false;
        }
        if (!object) {
            throw EngineException.invalid("Content", "must be a JSON object describing the job, e.g. "
                    + "{\"JobType\":\"PyTorchJob\",\"UserCommand\":\"python train.py\"}");
        }
    }

    private static void checkConstraints(Map<String, Object> constraints) {
        constraints.forEach((field, value) -> {
            if (!CONSTRAINTS.contains(String.valueOf(value))) {
                throw EngineException.invalid("Constraints", field + " must be one of "
                        + String.join(", ", CONSTRAINTS) + ", got " + value);
            }
        });
    }

    private ResourceTable<JobTemplate> table(Caller caller) {
        return store.of(caller.accountId(), caller.region()).table(JobTemplate.class);
    }
}
