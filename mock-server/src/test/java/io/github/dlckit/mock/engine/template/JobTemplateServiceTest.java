package io.github.dlckit.mock.engine.template;

import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.CreateJobTemplateRequest;
import io.github.dlckit.model.CreateJobTemplateResponse;
import io.github.dlckit.model.DeleteJobTemplateRequest;
import io.github.dlckit.model.GetJobTemplateRequest;
import io.github.dlckit.model.GetJobTemplateResponse;
import io.github.dlckit.model.GetJobTemplateResponseVersions;
import io.github.dlckit.model.ListJobTemplatesRequest;
import io.github.dlckit.model.ListJobTemplatesResponse;
import io.github.dlckit.model.ListJobTemplatesResponseJobTemplates;
import io.github.dlckit.model.SetJobTemplateDefaultVersionRequest;
import io.github.dlckit.model.UpdateJobTemplateRequest;
import io.github.dlckit.model.UpdateJobTemplateResponse;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.CAROL;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The job template operations through the engine: versions, the default version, list and validation. */
class JobTemplateServiceTest {

    private static final String CONTENT_V1 = "{\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo v1\"}";
    private static final String CONTENT_V2 = "{\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo v2\"}";

    private final EngineFixture f = new EngineFixture();

    private static CreateJobTemplateRequest template(String name) {
        return CreateJobTemplateRequest.builder().templateName(name).workspaceId("ws-1").content(CONTENT_V1)
                .description("nightly training").putConstraints("UserCommand", "locked")
                .putMetadata("team", "nlp").build();
    }

    private CreateJobTemplateResponse create(Caller caller, CreateJobTemplateRequest request) {
        return f.call(DlcOperations.CREATE_JOB_TEMPLATE, caller, request);
    }

    private GetJobTemplateResponse get(String id, String version) {
        return f.call(DlcOperations.GET_JOB_TEMPLATE, ALICE, GetJobTemplateRequest.builder().templateId(id)
                .version(Optional.ofNullable(version)).build());
    }

    private UpdateJobTemplateResponse update(UpdateJobTemplateRequest request) {
        return f.call(DlcOperations.UPDATE_JOB_TEMPLATE, ALICE, request);
    }

    @Test
    void createGivesVersionOneAsTheDefault() {
        CreateJobTemplateResponse created = create(ALICE, template("nightly"));

        assertThat(created.templateId()).hasValueSatisfying(id -> assertThat(id).startsWith("tpl").hasSize(17));
        assertThat(created.version()).hasValue(1);
        assertThat(created.defaultVersion()).hasValue(1);
        assertThat(created.templateName()).contains("nightly");
        assertThat(created.workspaceId()).contains("ws-1");
        assertThat(created.tenantId()).contains("acct-alice");
        assertThat(created.userId()).contains("alice");
        assertThat(created.metadata()).containsEntry("team", "nlp");
        assertThat(created.gmtCreateTime()).contains("2026-11-29T00:00:00Z");

        GetJobTemplateResponse read = get(created.templateId().orElseThrow(), null);
        assertThat(read.versions()).singleElement().satisfies(v -> {
            assertThat(v.version()).hasValue(1);
            assertThat(v.content()).contains(Map.of("JobType", "PyTorchJob", "UserCommand", "echo v1"));
            assertThat(v.constraints()).containsEntry("UserCommand", "locked");
            assertThat(v.createdBy()).contains("alice");
        });
        assertThat(read.totalCount()).hasValue(1);
        assertThat(read.description()).contains("nightly training");
    }

    @Test
    void anUpdateWithoutVersionMakesANewVersionAndSetAsDefaultMovesTheDefault() {
        String id = create(ALICE, template("nightly")).templateId().orElseThrow();
        f.advanceSeconds(60);

        UpdateJobTemplateResponse v2 = update(UpdateJobTemplateRequest.builder().templateId(id).content(CONTENT_V2)
                .build());
        assertThat(v2.versionCreated()).contains(true);
        assertThat(v2.version()).hasValue(2);
        assertThat(v2.defaultVersion()).hasValue(1);
        assertThat(v2.gmtModifyTime()).contains("2026-11-29T00:01:00Z");

        UpdateJobTemplateResponse v3 = update(UpdateJobTemplateRequest.builder().templateId(id)
                .putConstraints("JobType", "required").setAsDefault(true).build());
        assertThat(v3.version()).hasValue(3);
        assertThat(v3.defaultVersion()).hasValue(3);

        GetJobTemplateResponse all = get(id, "all");
        assertThat(all.versions()).extracting(v -> v.version().getAsInt()).containsExactly(1, 2, 3);
        GetJobTemplateResponseVersions third = all.versions().get(2);
        assertThat(third.content()).as("copied from the newest version").contains(Map.of("JobType", "PyTorchJob",
                "UserCommand", "echo v2"));
        assertThat(third.constraints()).isEqualTo(Map.of("JobType", "required"));
        assertThat(all.totalCount()).hasValue(3);
        assertThat(get(id, null).versions()).extracting(v -> v.version().getAsInt()).containsExactly(3);
        assertThat(get(id, "2").versions()).extracting(v -> v.content().orElseThrow())
                .containsExactly(Map.of("JobType", "PyTorchJob", "UserCommand", "echo v2"));
    }

    @Test
    void anUpdateWithVersionEditsThatVersionInPlace() {
        String id = create(ALICE, template("nightly")).templateId().orElseThrow();
        update(UpdateJobTemplateRequest.builder().templateId(id).content(CONTENT_V2).build());

        UpdateJobTemplateResponse edited = f.call(DlcOperations.UPDATE_JOB_TEMPLATE, CAROL, UpdateJobTemplateRequest
                .builder().templateId(id).version(1).content("{\"UserCommand\":\"echo fixed\"}")
                .templateName("nightly-fixed").description("fixed").build());

        assertThat(edited.versionCreated()).contains(false);
        assertThat(edited.version()).hasValue(1);
        GetJobTemplateResponse read = get(id, "all");
        assertThat(read.versions()).hasSize(2);
        assertThat(read.versions().get(0).content()).contains(Map.of("UserCommand", "echo fixed"));
        assertThat(read.templateName()).contains("nightly-fixed");
        assertThat(read.modifiedBy()).contains("carol");
        assertRefused(() -> update(UpdateJobTemplateRequest.builder().templateId(id).version(7).content(CONTENT_V2)
                .build()), ErrorKind.NOT_FOUND, "JobTemplateVersionNotFound", "has no version 7; its versions are 1 to 2");
    }

    @Test
    void setDefaultVersionNeedsAnExistingVersion() {
        String id = create(ALICE, template("nightly")).templateId().orElseThrow();
        update(UpdateJobTemplateRequest.builder().templateId(id).content(CONTENT_V2).build());
        f.advanceSeconds(5);

        var set = f.call(DlcOperations.SET_JOB_TEMPLATE_DEFAULT_VERSION, ALICE,
                SetJobTemplateDefaultVersionRequest.builder().templateId(id).version(2).build());

        assertThat(set.defaultVersion()).hasValue(2);
        assertThat(set.gmtModifyTime()).contains("2026-11-29T00:00:05Z");
        assertThat(get(id, null).defaultVersion()).hasValue(2);
        assertRefused(() -> f.call(DlcOperations.SET_JOB_TEMPLATE_DEFAULT_VERSION, ALICE,
                SetJobTemplateDefaultVersionRequest.of(id)), ErrorKind.INVALID, "MissingVersion",
                "Version is mandatory");
        assertRefused(() -> f.call(DlcOperations.SET_JOB_TEMPLATE_DEFAULT_VERSION, ALICE,
                SetJobTemplateDefaultVersionRequest.builder().templateId(id).version(3).build()),
                ErrorKind.NOT_FOUND, "JobTemplateVersionNotFound", "no version 3");
        assertRefused(() -> get(id, "latest"), ErrorKind.INVALID, "InvalidParameter",
                "Version: must be a whole number, got latest");
    }

    @Test
    void createAndUpdateRefuseBadFieldsAndChangeNothing() {
        assertRefused(() -> create(ALICE, template("x").toBuilder().templateName(Optional.empty()).build()),
                ErrorKind.INVALID, "MissingTemplateName", "TemplateName is mandatory for this action.");
        assertRefused(() -> create(ALICE, template("x").toBuilder().content(Optional.empty()).build()),
                ErrorKind.INVALID, "MissingContent", "Content");
        assertRefused(() -> create(ALICE, template("x").toBuilder().workspaceId(Optional.empty()).build()),
                ErrorKind.INVALID, "MissingWorkspaceId", "WorkspaceId");
        assertRefused(() -> create(ALICE, template("x").toBuilder().content("[1,2]").build()),
                ErrorKind.INVALID, "InvalidParameter", "Content: must be a JSON object");
        assertRefused(() -> create(ALICE, template("x").toBuilder().putConstraints("Image", "frozen").build()),
                ErrorKind.INVALID, "InvalidParameter", "Constraints: Image must be one of locked, overridable, required, got frozen");

        String id = create(ALICE, template("nightly")).templateId().orElseThrow();
        create(ALICE, template("other"));
        assertRefused(() -> create(ALICE, template("nightly")), ErrorKind.CONFLICT, "JobTemplateAlreadyExists",
                "TemplateName: a template named nightly already exists in workspace ws-1.");
        assertRefused(() -> update(UpdateJobTemplateRequest.builder().templateId(id).templateName("other")
                .content(CONTENT_V2).build()), ErrorKind.CONFLICT, "JobTemplateAlreadyExists", "named other");
        assertRefused(() -> update(UpdateJobTemplateRequest.builder().templateId(id).content("not json").build()),
                ErrorKind.INVALID, "InvalidParameter", "Content");

        assertThat(get(id, "all").versions()).hasSize(1);
        assertThat(get(id, null).templateName()).contains("nightly");
    }

    @Test
    void listNeedsAWorkspaceAndFiltersSortsAndPages() {
        String a = create(ALICE, template("alpha")).templateId().orElseThrow();
        f.advanceSeconds(1);
        String b = create(CAROL, template("beta")).templateId().orElseThrow();
        f.advanceSeconds(1);
        String c = create(ALICE, template("gamma-alpha")).templateId().orElseThrow();
        create(ALICE, template("elsewhere").toBuilder().workspaceId("ws-2").build());
        f.advanceSeconds(1);
        update(UpdateJobTemplateRequest.builder().templateId(a).description("touched").build());

        assertThat(names(ListJobTemplatesRequest.builder().workspaceId("ws-1").build()))
                .containsExactly("gamma-alpha", "beta", "alpha");
        assertThat(names(ListJobTemplatesRequest.builder().workspaceId("ws-1").templateName("alpha").build()))
                .containsExactly("gamma-alpha", "alpha");
        assertThat(names(ListJobTemplatesRequest.builder().workspaceId("ws-1").userId("carol").build()))
                .containsExactly("beta");
        assertThat(names(ListJobTemplatesRequest.builder().workspaceId("ws-1").templateId(c).build()))
                .containsExactly("gamma-alpha");
        assertThat(names(ListJobTemplatesRequest.builder().workspaceId("ws-1").sortBy("GmtModifyTime").build()))
                .containsExactly("alpha", "gamma-alpha", "beta");

        ListJobTemplatesResponse page = f.call(DlcOperations.LIST_JOB_TEMPLATES, ALICE, ListJobTemplatesRequest
                .builder().workspaceId("ws-1").sortBy("TemplateName").order("asc").pageSize(2).pageNumber(2).build());
        assertThat(page.totalCount()).hasValue(3);
        assertThat(page.pageNumber()).hasValue(2);
        assertThat(page.pageSize()).hasValue(2);
        assertThat(page.jobTemplates()).extracting(t -> t.templateId().orElseThrow()).containsExactly(c);
        assertThat(b).isNotEqualTo(a);

        assertRefused(() -> f.call(DlcOperations.LIST_JOB_TEMPLATES, ALICE, ListJobTemplatesRequest.builder().build()),
                ErrorKind.INVALID, "MissingWorkspaceId", "WorkspaceId is mandatory");
    }

    private List<String> names(ListJobTemplatesRequest request) {
        return f.call(DlcOperations.LIST_JOB_TEMPLATES, ALICE, request).jobTemplates().stream()
                .map(ListJobTemplatesResponseJobTemplates::templateName).map(Optional::orElseThrow).toList();
    }

    @Test
    void deleteRemovesItAndOtherAccountsNeverSeeIt() {
        String id = create(ALICE, template("nightly")).templateId().orElseThrow();

        assertRefused(() -> f.call(DlcOperations.GET_JOB_TEMPLATE, BOB, GetJobTemplateRequest.of(id)),
                ErrorKind.NOT_FOUND, "JobTemplateNotFound", "The specified job template " + id + " does not exist.");
        assertRefused(() -> f.call(DlcOperations.DELETE_JOB_TEMPLATE, BOB, DeleteJobTemplateRequest.of(id)),
                ErrorKind.NOT_FOUND, "JobTemplateNotFound", id);
        assertThat(f.call(DlcOperations.LIST_JOB_TEMPLATES, BOB, ListJobTemplatesRequest.builder().workspaceId("ws-1")
                .build()).totalCount()).hasValue(0);

        assertThat(f.call(DlcOperations.DELETE_JOB_TEMPLATE, ALICE, DeleteJobTemplateRequest.of(id)).templateId())
                .contains(id);
        assertRefused(() -> get(id, null), ErrorKind.NOT_FOUND, "JobTemplateNotFound", id);
    }

    @Test
    void theSameSeedGivesTheSameTemplateIds() {
        EngineFixture other = new EngineFixture();

        assertThat(other.call(DlcOperations.CREATE_JOB_TEMPLATE, ALICE, template("t")).templateId())
                .isEqualTo(create(ALICE, template("t")).templateId());
    }
}
