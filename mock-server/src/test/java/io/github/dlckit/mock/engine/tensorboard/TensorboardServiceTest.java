package io.github.dlckit.mock.engine.tensorboard;

import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.instance.InstanceLifecycle;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.DeleteTensorboardRequest;
import io.github.dlckit.model.GetTensorboardRequest;
import io.github.dlckit.model.GetTensorboardResponse;
import io.github.dlckit.model.GetTensorboardSharedUrlRequest;
import io.github.dlckit.model.ListTensorboardsRequest;
import io.github.dlckit.model.ListTensorboardsResponse;
import io.github.dlckit.model.StartTensorboardRequest;
import io.github.dlckit.model.StopTensorboardRequest;
import io.github.dlckit.model.Tensorboard;
import io.github.dlckit.model.TensorboardSpec;
import io.github.dlckit.model.UpdateTensorboardRequest;
import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.CAROL;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The TensorBoard operations through the engine, on the virtual clock. */
class TensorboardServiceTest {

    private final EngineFixture f = new EngineFixture();

    private static CreateTensorboardRequest forPath(String name) {
        return CreateTensorboardRequest.builder().displayName(name).summaryPath("/ml/summaries/").workspaceId("ws-1")
                .build();
    }

    private String create(Caller caller, CreateTensorboardRequest request) {
        return f.call(DlcOperations.CREATE_TENSORBOARD, caller, request).tensorboardId().orElseThrow();
    }

    private GetTensorboardResponse get(Caller caller, String id) {
        return f.call(DlcOperations.GET_TENSORBOARD, caller, GetTensorboardRequest.of(id));
    }

    private ListTensorboardsResponse list(ListTensorboardsRequest request) {
        return f.call(DlcOperations.LIST_TENSORBOARDS, ALICE, request);
    }

    @Test
    void aTensorboardForAJobTakesItsNameAndWorkspaceAndRunsAfterStartUp() {
        String job = f.runningJob(ALICE, "sleep 3600");
        var created = f.call(DlcOperations.CREATE_TENSORBOARD, ALICE,
                CreateTensorboardRequest.builder().jobId(job).maxRunningTimeMinutes(240).build());
        String id = created.tensorboardId().orElseThrow();

        assertThat(id).startsWith("tb").hasSize(16);
        assertThat(created.jobId()).contains(job);
        GetTensorboardResponse creating = get(ALICE, id);
        assertThat(creating.status()).contains("Creating");
        assertThat(creating.displayName()).contains("train");
        assertThat(creating.workspaceId()).contains("ws-1");
        assertThat(creating.accessibility()).contains("PRIVATE");
        assertThat(creating.maxRunningTimeMinutes()).hasValue(240);
        assertThat(creating.tensorboardUrl()).contains("https://pai-dlc-proxy-cn-wulanchabu.dlckit.invalid/tensorboard/"
                + id + "/");
        assertThat(creating.token()).hasValueSatisfying(t -> assertThat(t).startsWith("eyJ").contains("."));
        assertThat(creating.userId()).contains("alice");

        f.advance(TensorboardService.START_UP.minusSeconds(1));
        assertThat(get(ALICE, id).status()).contains("Creating");
        f.advanceSeconds(1 + 90);
        GetTensorboardResponse running = get(ALICE, id);
        assertThat(running.status()).contains("Running");
        assertThat(running.duration()).contains("90");
        assertThat(running.gmtCreateTime()).contains("2026-11-29T00:00:30Z");
        assertThat(running.gmtFinishTime()).isEmpty();
    }

    @Test
    void aJobTheCallerCannotSeeIsNotFound() {
        String bobsJob = f.runningJob(BOB, "sleep 60");

        assertRefused(() -> create(ALICE, CreateTensorboardRequest.builder().jobId(bobsJob).build()),
                ErrorKind.NOT_FOUND, "JobNotFound", "The specified job " + bobsJob + " does not exist.");
        assertRefused(() -> create(ALICE, CreateTensorboardRequest.builder().sourceType("job").sourceId("dlcnope")
                .build()), ErrorKind.NOT_FOUND, "JobNotFound", "dlcnope");
        assertThat(list(ListTensorboardsRequest.builder().build()).totalCount()).hasValue(0);
    }

    @Test
    void createRefusesBadFieldsAndChangesNothing() {
        assertRefused(() -> create(ALICE, CreateTensorboardRequest.builder().displayName("x").build()),
                ErrorKind.INVALID, "InvalidParameter", "JobId: give JobId, SourceId");
        assertRefused(() -> create(ALICE, forPath("x").toBuilder().accessibility("public").build()),
                ErrorKind.INVALID, "InvalidParameter", "Accessibility: must be one of PUBLIC, PRIVATE, got public");
        assertRefused(() -> create(ALICE, forPath("x").toBuilder().dataSourceType("HDFS").build()),
                ErrorKind.INVALID, "InvalidParameter", "DataSourceType: must be one of OSS, NAS, got HDFS");
        assertRefused(() -> create(ALICE, forPath("x").toBuilder().priority("10").build()),
                ErrorKind.INVALID, "InvalidParameter", "Priority: must be 1 to 9, got 10");
        assertRefused(() -> create(ALICE, forPath("x").toBuilder().priority("high").build()),
                ErrorKind.INVALID, "InvalidParameter", "Priority: must be a whole number, got high");
        assertRefused(() -> create(ALICE, forPath("x").toBuilder().maxRunningTimeMinutes(-1).build()),
                ErrorKind.INVALID, "InvalidParameter", "MaxRunningTimeMinutes");

        assertThat(list(ListTensorboardsRequest.builder().build()).totalCount()).hasValue(0);
    }

    @Test
    void stopAndStartMoveThroughTheLifecycleAndRefuseTheWrongStatus() {
        String id = create(ALICE, forPath("tb"));
        f.advanceSeconds(20 + 60);

        f.act(c -> c.tensorboards().stopTensorboard(ALICE, StopTensorboardRequest.of(id)));
        GetTensorboardResponse stopped = get(ALICE, id);
        assertThat(stopped.status()).contains("Stopped");
        assertThat(stopped.reasonCode()).contains(InstanceLifecycle.STOPPED_BY_USER);
        assertThat(stopped.gmtFinishTime()).contains("2026-11-29T00:01:20Z");
        assertRefused(() -> f.act(c -> c.tensorboards().stopTensorboard(ALICE, StopTensorboardRequest.of(id))),
                ErrorKind.CONFLICT, "TensorboardStatusNotSupported", "Tensorboard " + id + " is Stopped and cannot be stopped.");

        f.advanceSeconds(600);
        f.act(c -> c.tensorboards().startTensorboard(ALICE, StartTensorboardRequest.of(id)));
        assertThat(get(ALICE, id).status()).contains("Creating");
        assertThat(get(ALICE, id).gmtFinishTime()).isEmpty();
        assertRefused(() -> f.act(c -> c.tensorboards().startTensorboard(ALICE, StartTensorboardRequest.of(id))),
                ErrorKind.CONFLICT, "TensorboardStatusNotSupported", "is Creating and cannot be started.");
        f.advanceSeconds(20 + 30);
        GetTensorboardResponse again = get(ALICE, id);
        assertThat(again.status()).contains("Running");
        assertThat(again.duration()).as("60 s in the first run, 30 s in this one").contains("90");
    }

    @Test
    void maxRunningTimeStopsItAndAnUpdateMovesTheDeadline() {
        String id = create(ALICE, forPath("tb").toBuilder().maxRunningTimeMinutes(30).build());
        f.advance(TensorboardService.START_UP.plusMinutes(30).minusSeconds(1));
        assertThat(get(ALICE, id).status()).contains("Running");
        f.advanceSeconds(1);
        GetTensorboardResponse stopped = get(ALICE, id);
        assertThat(stopped.status()).contains("Stopped");
        assertThat(stopped.reasonCode()).contains(InstanceLifecycle.MAX_RUNNING_TIME);
        assertThat(stopped.reasonMessage()).hasValueSatisfying(m -> assertThat(m).contains("its maximum of 30 minute(s)"));

        f.act(c -> c.tensorboards().startTensorboard(ALICE, StartTensorboardRequest.of(id)));
        f.advance(TensorboardService.START_UP.plusMinutes(20));
        f.act(c -> c.tensorboards().updateTensorboard(ALICE, UpdateTensorboardRequest.builder().tensorboardId(id)
                .maxRunningTimeMinutes(60).accessibility("PUBLIC").priority("5").build()));
        f.advanceSeconds(39 * 60);
        GetTensorboardResponse extended = get(ALICE, id);
        assertThat(extended.status()).contains("Running");
        assertThat(extended.accessibility()).contains("PUBLIC");
        assertThat(extended.priority()).contains("5");
        assertThat(extended.maxRunningTimeMinutes()).hasValue(60);

        f.act(c -> c.tensorboards().updateTensorboard(ALICE, UpdateTensorboardRequest.builder().tensorboardId(id)
                .maxRunningTimeMinutes(10).build()));
        assertThat(get(ALICE, id).status()).as("a limit already passed stops it at once").contains("Stopped");
    }

    @Test
    void zeroMaxRunningTimeMeansNoLimit() {
        String id = create(ALICE, forPath("tb").toBuilder().maxRunningTimeMinutes(0).build());
        f.advance(Duration.ofDays(3));
        GetTensorboardResponse running = get(ALICE, id);
        assertThat(running.status()).contains("Running");
        assertThat(running.maxRunningTimeMinutes()).isEmpty();
    }

    @Test
    void listFiltersSortsAndPages() {
        // PUBLIC: carol, of alice's account, makes a tensorboard of it (a PRIVATE job would be alice's alone)
        String job = f.submit(ALICE, EngineFixture.job("sleep 3600").toBuilder().accessibility("PUBLIC").build());
        f.advanceSeconds(30);
        String a = create(ALICE, forPath("alpha"));
        f.advanceSeconds(10);
        String b = create(ALICE, forPath("beta").toBuilder().accessibility("PUBLIC")
                .tensorboardSpec(TensorboardSpec.builder().ecsType("ecs.g6.large").build()).build());
        f.advanceSeconds(10);
        String c = create(CAROL, CreateTensorboardRequest.builder().jobId(job).displayName("gamma").build());
        f.advanceSeconds(10);
        String d = create(ALICE, forPath("delta").toBuilder().workspaceId("ws-2").build());
        f.act(x -> x.tensorboards().stopTensorboard(ALICE, StopTensorboardRequest.of(d)));
        create(BOB, forPath("bobs"));
        f.advanceSeconds(30);

        ListTensorboardsResponse all = list(ListTensorboardsRequest.builder().build());
        assertThat(all.totalCount()).hasValue(4);
        assertThat(all.tensorboards()).extracting(t -> t.tensorboardId().orElseThrow()).containsExactly(d, c, b, a);

        assertThat(ids(ListTensorboardsRequest.builder().status("Running").build())).containsExactly(c, b, a);
        assertThat(ids(ListTensorboardsRequest.builder().status("stopped,creating").build())).containsExactly(d);
        assertThat(ids(ListTensorboardsRequest.builder().jobId(job).build())).containsExactly(c);
        assertThat(ids(ListTensorboardsRequest.builder().sourceType("job").sourceId(job).build())).containsExactly(c);
        assertThat(ids(ListTensorboardsRequest.builder().displayName("ta").build())).containsExactly(d, b);
        assertThat(ids(ListTensorboardsRequest.builder().workspaceId("ws-1").build())).containsExactly(c, b, a);
        assertThat(ids(ListTensorboardsRequest.builder().accessibility("PUBLIC").build())).containsExactly(b);
        assertThat(ids(ListTensorboardsRequest.builder().paymentType("Postpaid").build())).containsExactly(b);
        assertThat(ids(ListTensorboardsRequest.builder().paymentType("Free").build())).containsExactly(d, c, a);
        assertThat(ids(ListTensorboardsRequest.builder().showOwn(true).build())).containsExactly(d, b, a);
        assertThat(ids(ListTensorboardsRequest.builder().userId("carol").build())).containsExactly(c);
        assertThat(ids(ListTensorboardsRequest.builder().tensorboardId(a).build())).containsExactly(a);
        assertThat(ids(ListTensorboardsRequest.builder().startTime("2026-11-29T00:00:40Z")
                .endTime("2026-11-29T00:00:50Z").build())).containsExactly(c, b);

        ListTensorboardsResponse page = list(ListTensorboardsRequest.builder().sortBy("DisplayName").order("asc")
                .pageNumber(2).pageSize(3).build());
        assertThat(page.totalCount()).hasValue(4);
        assertThat(page.tensorboards()).extracting(t -> t.displayName().orElseThrow()).containsExactly("gamma");

        assertRefused(() -> list(ListTensorboardsRequest.builder().sortBy("Status").build()), ErrorKind.INVALID,
                "InvalidParameter", "SortBy: must be one of GmtCreateTime, DisplayName, got Status");
        assertRefused(() -> list(ListTensorboardsRequest.builder().order("up").build()), ErrorKind.INVALID,
                "InvalidParameter", "Order: must be asc or desc, got up");
        assertRefused(() -> list(ListTensorboardsRequest.builder().status("Sleeping").build()), ErrorKind.INVALID,
                "InvalidParameter", "Status: must be one of Creating, Running, Stopped, Succeeded, Failed, got Sleeping");
        assertRefused(() -> list(ListTensorboardsRequest.builder().pageSize(0).build()), ErrorKind.INVALID,
                "InvalidParameter", "PageSize");
    }

    private java.util.List<String> ids(ListTensorboardsRequest request) {
        return list(request).tensorboards().stream().map(Tensorboard::tensorboardId).map(java.util.Optional::orElseThrow)
                .toList();
    }

    @Test
    void deleteWorksInAnyStatusAndCancelsTheAutomaticStop() {
        String id = create(ALICE, forPath("tb").toBuilder().maxRunningTimeMinutes(5).build());
        f.advanceSeconds(30);

        var deleted = f.call(DlcOperations.DELETE_TENSORBOARD, ALICE, DeleteTensorboardRequest.of(id));

        assertThat(deleted.tensorboardId()).contains(id);
        assertRefused(() -> get(ALICE, id), ErrorKind.NOT_FOUND, "TensorboardNotFound",
                "The specified tensorboard " + id + " does not exist.");
        f.advance(Duration.ofHours(1));
        assertThat(list(ListTensorboardsRequest.builder().build()).totalCount()).hasValue(0);
    }

    @Test
    void anotherAccountCannotSeeOrTouchIt() {
        String id = create(ALICE, forPath("tb"));

        assertRefused(() -> get(BOB, id), ErrorKind.NOT_FOUND, "TensorboardNotFound", id);
        assertRefused(() -> f.act(c -> c.tensorboards().stopTensorboard(BOB, StopTensorboardRequest.of(id))),
                ErrorKind.NOT_FOUND, "TensorboardNotFound", id);
        assertRefused(() -> f.act(c -> c.tensorboards().deleteTensorboard(BOB, DeleteTensorboardRequest.of(id))),
                ErrorKind.NOT_FOUND, "TensorboardNotFound", id);
        assertThat(f.call(DlcOperations.LIST_TENSORBOARDS, BOB, ListTensorboardsRequest.builder().build())
                .totalCount()).hasValue(0);
        assertThat(get(ALICE, id).tensorboardId()).contains(id);
    }

    @Test
    void aSharedUrlCarriesATokenForTheAskedLifetime() {
        String id = create(ALICE, forPath("tb"));

        String url = f.call(DlcOperations.GET_TENSORBOARD_SHARED_URL, ALICE,
                GetTensorboardSharedUrlRequest.builder().tensorboardId(id).expireTimeSeconds("3600").build())
                .tensorboardSharedUrl().orElseThrow();

        assertThat(url).startsWith("https://pai-dlc-proxy-cn-wulanchabu.dlckit.invalid/tensorboard/" + id + "/token/eyJ");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(url.split("/token/")[1].split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        long iat = EngineFixture.T0.getEpochSecond();
        assertThat(payload).contains("\"iat\":" + iat, "\"exp\":" + (iat + 3600), "\"user_id\":\"alice\"");
        assertRefused(() -> f.call(DlcOperations.GET_TENSORBOARD_SHARED_URL, ALICE,
                GetTensorboardSharedUrlRequest.builder().tensorboardId(id).expireTimeSeconds("0").build()),
                ErrorKind.INVALID, "InvalidParameter", "ExpireTimeSeconds: must be 1 to 2592000, got 0");
    }

    @Test
    void theSameSeedGivesTheSameIdsUrlsAndTokens() {
        EngineFixture other = new EngineFixture();
        EngineFixture reseeded = new EngineFixture(2L);

        GetTensorboardResponse one = get(ALICE, create(ALICE, forPath("tb")));
        GetTensorboardResponse two = other.call(DlcOperations.GET_TENSORBOARD, ALICE, GetTensorboardRequest.of(
                other.call(DlcOperations.CREATE_TENSORBOARD, ALICE, forPath("tb")).tensorboardId().orElseThrow()));
        GetTensorboardResponse three = reseeded.call(DlcOperations.GET_TENSORBOARD, ALICE, GetTensorboardRequest.of(
                reseeded.call(DlcOperations.CREATE_TENSORBOARD, ALICE, forPath("tb")).tensorboardId().orElseThrow()));

        assertThat(two).isEqualTo(one);
        assertThat(three.tensorboardId()).isNotEqualTo(one.tensorboardId());
        assertThat(three.token()).isNotEqualTo(one.token());
    }
}
