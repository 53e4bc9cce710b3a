package io.github.dlckit.mock.engine.ray;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.mock.engine.instance.InstanceLifecycle;
import io.github.dlckit.model.CreateRayHistoryServerRequest;
import io.github.dlckit.model.DeleteRayHistoryServerRequest;
import io.github.dlckit.model.GetRayHistoryServerRequest;
import io.github.dlckit.model.GetRayHistoryServerResponse;
import io.github.dlckit.model.ListRayHistoryServersRequest;
import io.github.dlckit.model.ListRayHistoryServersResponse;
import io.github.dlckit.model.ListRayHistoryServersResponseRayHistoryServers;
import io.github.dlckit.model.StartRayHistoryServerRequest;
import io.github.dlckit.model.StopRayHistoryServerRequest;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.CAROL;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The Ray history server operations through the engine, on the virtual clock. */
class RayHistoryServerServiceTest {

    private final EngineFixture f = new EngineFixture();

    private static CreateRayHistoryServerRequest server(String name) {
        return CreateRayHistoryServerRequest.builder().displayName(name).workspaceId("ws-1")
                .storagePath("oss://bucket/ray/events/").ecsSpec("ecs.g6.large").build();
    }

    private String create(Caller caller, CreateRayHistoryServerRequest request) {
        return f.call(DlcOperations.CREATE_RAY_HISTORY_SERVER, caller, request).rayHistoryServerId()
                .orElseThrow();
    }

    private GetRayHistoryServerResponse get(Caller caller, String id) {
        return f.call(DlcOperations.GET_RAY_HISTORY_SERVER, caller, GetRayHistoryServerRequest.of(id));
    }

    private void stop(String id) {
        f.act(c -> c.rayHistoryServers().stopRayHistoryServer(ALICE, StopRayHistoryServerRequest.of(id)));
    }

    @Test
    void createdServersRunAfterStartUpAndEchoTheirRequest() {
        String id = create(ALICE, server("history").toBuilder().maxRuntimeMinutes(120).accessibility("PUBLIC").build());

        GetRayHistoryServerResponse creating = get(ALICE, id);
        assertThat(id).startsWith("rhs").hasSize(17);
        assertThat(creating.status()).contains("Creating");
        assertThat(creating.displayName()).contains("history");
        assertThat(creating.storagePath()).contains("oss://bucket/ray/events/");
        assertThat(creating.ecsSpec()).contains("ecs.g6.large");
        assertThat(creating.accessibility()).contains("PUBLIC");
        assertThat(creating.maxRuntimeMinutes()).hasValue(120);
        assertThat(creating.rayHistoryServerUrl())
                .contains("https://" + id + "-dashboard.dsw-gateway-cn-wulanchabu.dlckit.invalid/");
        assertThat(creating.tenantId()).contains("acct-alice");

        f.advance(RayHistoryServerService.START_UP.minusSeconds(1));
        assertThat(get(ALICE, id).status()).contains("Creating");
        f.advanceSeconds(1);
        assertThat(get(ALICE, id).status()).contains("Running");
        assertThat(get(ALICE, id).gmtModifyTime()).contains("2026-11-29T00:01:00Z");

        f.advanceSeconds(120 * 60);
        GetRayHistoryServerResponse stopped = get(ALICE, id);
        assertThat(stopped.status()).contains("Stopped");
        assertThat(stopped.reasonCode()).contains(InstanceLifecycle.MAX_RUNNING_TIME);
        assertThat(stopped.gmtFinishTime()).contains("2026-11-29T02:01:00Z");
    }

    @Test
    void stopStartAndDeleteFollowTheStatus() {
        String id = create(ALICE, server("history"));
        f.advanceSeconds(90);

        assertRefused(() -> f.act(c -> c.rayHistoryServers().deleteRayHistoryServer(ALICE,
                DeleteRayHistoryServerRequest.of(id))), ErrorKind.CONFLICT, "RayHistoryServerStatusNotSupported",
                "RayHistoryServer " + id + " is Running and cannot be deleted; stop it first.");
        assertRefused(() -> f.act(c -> c.rayHistoryServers().startRayHistoryServer(ALICE,
                StartRayHistoryServerRequest.of(id))), ErrorKind.CONFLICT, "RayHistoryServerStatusNotSupported",
                "is Running and cannot be started.");

        stop(id);
        assertThat(get(ALICE, id).status()).contains("Stopped");
        assertThat(get(ALICE, id).reasonCode()).contains(InstanceLifecycle.STOPPED_BY_USER);
        assertRefused(() -> stop(id), ErrorKind.CONFLICT, "RayHistoryServerStatusNotSupported", "cannot be stopped");

        f.act(c -> c.rayHistoryServers().startRayHistoryServer(ALICE, StartRayHistoryServerRequest.of(id)));
        assertThat(get(ALICE, id).status()).contains("Creating");
        stop(id);
        f.act(c -> c.rayHistoryServers().deleteRayHistoryServer(ALICE, DeleteRayHistoryServerRequest.of(id)));
        assertRefused(() -> get(ALICE, id), ErrorKind.NOT_FOUND, "RayHistoryServerNotFound",
                "The specified ray history server " + id + " does not exist.");
    }

    @Test
    void createRefusesMissingAndBadFieldsAndChangesNothing() {
        assertRefused(() -> create(ALICE, server("x").toBuilder().displayName(Optional.empty()).build()),
                ErrorKind.INVALID, "MissingDisplayName", "DisplayName is mandatory for this action.");
        assertRefused(() -> create(ALICE, server("x").toBuilder().storagePath(Optional.empty()).build()),
                ErrorKind.INVALID, "MissingStoragePath", "StoragePath");
        assertRefused(() -> create(ALICE, server("x").toBuilder().workspaceId(Optional.empty()).build()),
                ErrorKind.INVALID, "MissingWorkspaceId", "WorkspaceId");
        assertRefused(() -> create(ALICE, server("x").toBuilder().storagePath("/mnt/ray").build()),
                ErrorKind.INVALID, "InvalidParameter", "StoragePath: must be an OSS path");
        assertRefused(() -> create(ALICE, server("x").toBuilder().accessibility("Everyone").build()),
                ErrorKind.INVALID, "InvalidParameter", "Accessibility: must be one of PUBLIC, PRIVATE, got Everyone");
        assertRefused(() -> create(ALICE, server("x").toBuilder().maxRuntimeMinutes(-5).build()),
                ErrorKind.INVALID, "InvalidParameter", "MaxRuntimeMinutes");

        assertThat(f.call(DlcOperations.LIST_RAY_HISTORY_SERVERS, ALICE,
                ListRayHistoryServersRequest.builder().build()).totalCount()).hasValue(0);
    }

    @Test
    void listFiltersSortsAndPages() {
        String a = create(ALICE, server("alpha"));
        f.advanceSeconds(10);
        String b = create(CAROL, server("beta").toBuilder().resourceId("quota-1").build());
        f.advanceSeconds(10);
        String c = create(ALICE, server("gamma").toBuilder().workspaceId("ws-2")
                .storagePath("oss://other/ray/").build());
        f.advanceSeconds(60);
        stop(a);
        create(BOB, server("bobs"));

        assertThat(ids(ListRayHistoryServersRequest.builder().build())).containsExactly(c, b, a);
        assertThat(ids(ListRayHistoryServersRequest.builder().status("running").build())).containsExactly(c, b);
        assertThat(ids(ListRayHistoryServersRequest.builder().status("Stopped").build())).containsExactly(a);
        assertThat(ids(ListRayHistoryServersRequest.builder().workspaceId("ws-2").build())).containsExactly(c);
        assertThat(ids(ListRayHistoryServersRequest.builder().displayName("et").build())).containsExactly(b);
        assertThat(ids(ListRayHistoryServersRequest.builder().paymentType("PrePaid").build())).containsExactly(b);
        assertThat(ids(ListRayHistoryServersRequest.builder().paymentType("Postpaid").build())).containsExactly(c, a);
        assertThat(ids(ListRayHistoryServersRequest.builder().resourceId("quota-1").build())).containsExactly(b);
        assertThat(ids(ListRayHistoryServersRequest.builder().showOwn(true).build())).containsExactly(c, a);
        assertThat(ids(ListRayHistoryServersRequest.builder().userIdForFilter("carol").build())).containsExactly(b);
        assertThat(ids(ListRayHistoryServersRequest.builder().storagePath("oss://bucket/").build())).containsExactly(b, a);
        assertThat(ids(ListRayHistoryServersRequest.builder().idPrefix(a.substring(0, 8)).build())).contains(a);
        assertThat(ids(ListRayHistoryServersRequest.builder().modifiedAfter("2026-11-29T00:01:15Z").build()))
                .containsExactly(c, a);
        assertThat(ids(ListRayHistoryServersRequest.builder().startTime("2026-11-29T00:00:05Z")
                .endTime("2026-11-29T00:00:15Z").build())).containsExactly(b);
        assertThat(ids(ListRayHistoryServersRequest.builder().sortBy("Status").order("asc").build()))
                .containsExactly(b, c, a);

        ListRayHistoryServersResponse page = f.call(DlcOperations.LIST_RAY_HISTORY_SERVERS, ALICE,
                ListRayHistoryServersRequest.builder().sortBy("DisplayName").order("asc").pageSize(2).pageNumber(2)
                        .build());
        assertThat(page.totalCount()).hasValue(3);
        assertThat(page.rayHistoryServers()).extracting(s -> s.displayName().orElseThrow()).containsExactly("gamma");
        assertThat(page.rayHistoryServers().get(0).status()).contains("Running");

        assertRefused(() -> ids(ListRayHistoryServersRequest.builder().paymentType("Spot").build()),
                ErrorKind.INVALID, "InvalidParameter", "PaymentType: must be one of PrePaid, PostPaid, got Spot");
        assertRefused(() -> ids(ListRayHistoryServersRequest.builder().modifiedAfter("yesterday").build()),
                ErrorKind.INVALID, "InvalidParameter", "ModifiedAfter");
    }

    private List<String> ids(ListRayHistoryServersRequest request) {
        return f.call(DlcOperations.LIST_RAY_HISTORY_SERVERS, ALICE, request).rayHistoryServers().stream()
                .map(ListRayHistoryServersResponseRayHistoryServers::rayHistoryServerId).map(Optional::orElseThrow)
                .toList();
    }

    @Test
    void anotherAccountCannotSeeOrTouchIt() {
        String id = create(ALICE, server("history"));

        assertRefused(() -> get(BOB, id), ErrorKind.NOT_FOUND, "RayHistoryServerNotFound", id);
        assertRefused(() -> f.act(c -> c.rayHistoryServers().stopRayHistoryServer(BOB,
                StopRayHistoryServerRequest.of(id))), ErrorKind.NOT_FOUND, "RayHistoryServerNotFound", id);
        assertThat(get(CAROL, id).rayHistoryServerId()).as("the same account sees it").contains(id);
    }

    @Test
    void theSameSeedGivesTheSameIdsAndUrls() {
        EngineFixture other = new EngineFixture();
        String mine = create(ALICE, server("h"));
        String theirs = other.call(DlcOperations.CREATE_RAY_HISTORY_SERVER, ALICE, server("h"))
                .rayHistoryServerId().orElseThrow();

        assertThat(theirs).isEqualTo(mine);
        GetRayHistoryServerResponse read = other.call(DlcOperations.GET_RAY_HISTORY_SERVER, ALICE,
                GetRayHistoryServerRequest.of(theirs));
        assertThat(read).isEqualTo(get(ALICE, mine));
    }
}
