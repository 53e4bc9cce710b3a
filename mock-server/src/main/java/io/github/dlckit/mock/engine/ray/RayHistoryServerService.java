package io.github.dlckit.mock.engine.ray;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.ModelShapes;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.access.MockUrls;
import io.github.dlckit.mock.engine.instance.InstanceLifecycle;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.mock.engine.instance.InstanceRunView;
import io.github.dlckit.mock.engine.instance.InstanceStatus;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.ResourceTable;
import io.github.dlckit.mock.store.Store;
import io.github.dlckit.model.CreateRayHistoryServerRequest;
import io.github.dlckit.model.CreateRayHistoryServerResponse;
import io.github.dlckit.model.DeleteRayHistoryServerRequest;
import io.github.dlckit.model.DeleteRayHistoryServerResponse;
import io.github.dlckit.model.GetRayHistoryServerRequest;
import io.github.dlckit.model.GetRayHistoryServerResponse;
import io.github.dlckit.model.ListRayHistoryServersRequest;
import io.github.dlckit.model.ListRayHistoryServersResponse;
import io.github.dlckit.model.ListRayHistoryServersResponseRayHistoryServers;
import io.github.dlckit.model.StartRayHistoryServerRequest;
import io.github.dlckit.model.StartRayHistoryServerResponse;
import io.github.dlckit.model.StopRayHistoryServerRequest;
import io.github.dlckit.model.StopRayHistoryServerResponse;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The Ray history server operations on the caller's own servers (ids {@code rhs} + 14 characters). A server is
 * Creating for {@link #START_UP} (it reads the event logs under StoragePath), then Running; Stop makes it Stopped,
 * Start starts it again through Creating, and a MaxRuntimeMinutes above zero stops it that long after it began
 * running. Only a Stopped server can be deleted.
 */
public final class RayHistoryServerService {

    /** How long a server is Creating before it runs. */
    public static final Duration START_UP = Duration.ofSeconds(60);

    static final List<String> STATUSES = List.of("Creating", "Queuing", "Running", "Stopped", "Failed");
    static final List<String> PAYMENT_TYPES = List.of(RayHistoryServer.PREPAID, RayHistoryServer.POSTPAID);

    private static final ListQuery.SortKeys<RayHistoryServer> SORT_KEYS = ListQuery.SortKeys
            .tieBrokenBy(Comparator.comparing((RayHistoryServer s) -> s.run().created())
                    .thenComparing(RayHistoryServer::id))
            .key("GmtCreateTime", s -> s.run().created())
            .key("DisplayName", RayHistoryServer::displayName)
            .key("UserId", s -> s.owner().userId())
            .key("ResourceId", s -> s.resourceId().orElse(""))
            .key("Status", s -> s.run().status().wireValue())
            .key("GmtModifyTime", s -> s.run().modified());

    private final EventClock clock;
    private final Store store;
    private final Ids ids;
    private final InstanceLifecycle lifecycle;

    public RayHistoryServerService(EventClock clock, Store store, Ids ids) {
        this.clock = clock;
        this.store = store;
        this.ids = ids;
        this.lifecycle = new InstanceLifecycle(clock, START_UP);
    }

    /** DisplayName, StoragePath (an {@code oss://} path) and WorkspaceId are required. */
    public CreateRayHistoryServerResponse createRayHistoryServer(Caller caller, CreateRayHistoryServerRequest r) {
        Checks.required("DisplayName", r.displayName());
        String storagePath = Checks.required("StoragePath", r.storagePath());
        Checks.required("WorkspaceId", r.workspaceId());
        if (!storagePath.startsWith("oss://")) {
            throw EngineException.invalid("StoragePath", "must be an OSS path such as oss://bucket/ray/events/, got "
                    + storagePath);
        }
        Checks.oneOf("Accessibility", r.accessibility(), Checks.ACCESSIBILITY);
        OptionalInt minutes = Checks.range("MaxRuntimeMinutes", r.maxRuntimeMinutes(), 0, Integer.MAX_VALUE);

        String id = ids.next("rhs");
        InstanceRun run = lifecycle.create("RayHistoryServer", id,
                minutes.isPresent() ? Duration.ofMinutes(minutes.getAsInt()) : null);
        table(caller).put(id, new RayHistoryServer(id, caller, r, run));
        return CreateRayHistoryServerResponse.builder().rayHistoryServerId(id).build();
    }

    public GetRayHistoryServerResponse getRayHistoryServer(Caller caller, GetRayHistoryServerRequest request) {
        return render(find(caller, request.rayHistoryServerId().orElse("")));
    }

    /** DisplayName matches by substring, IdPrefix and StoragePath by prefix, ModifiedAfter strictly after. */
    public ListRayHistoryServersResponse listRayHistoryServers(Caller caller, ListRayHistoryServersRequest r) {
        ListQuery.Page<RayHistoryServer> page = new ListQuery<RayHistoryServer>()
                .where(r.workspaceId(), (s, w) -> s.workspaceId().equals(w))
                .where(r.displayName(), (s, name) -> s.displayName().contains(name))
                .where(r.idPrefix(), (s, prefix) -> s.id().startsWith(prefix))
                .where(r.storagePath(), (s, path) -> s.storagePath().startsWith(path))
                .where(r.resourceId(), (s, id) -> s.resourceId().filter(id::equals).isPresent())
                .where(r.userIdForFilter(), (s, u) -> s.owner().userId().equals(u))
                .where(r.username(), (s, u) -> s.owner().userId().equals(u))
                .where(r.modifiedAfter().map(t -> Times.parse("ModifiedAfter", t)),
                        (s, after) -> s.run().modified().isAfter(after))
                .whereIf(r.showOwn().orElse(false), s -> s.owner().userId().equals(caller.userId()))
                .whereAnyOf("Status", r.status(), STATUSES, s -> s.run().status().wireValue())
                .whereAnyOf("PaymentType", r.paymentType(), PAYMENT_TYPES, RayHistoryServer::paymentType)
                .createdBetween(r.startTime(), r.endTime(), s -> s.run().created())
                .run(table(caller).all(), r.sortBy(), r.order(), SORT_KEYS, r.pageNumber(), r.pageSize());
        return ListRayHistoryServersResponse.builder()
                .rayHistoryServers(page.map(s -> ModelShapes.convert(render(s),
                        ListRayHistoryServersResponseRayHistoryServers.class)))
                .totalCount(page.totalCount()).build();
    }

    /** Deletes a Stopped server; one that is Creating or Running must be stopped first. */
    public DeleteRayHistoryServerResponse deleteRayHistoryServer(Caller caller, DeleteRayHistoryServerRequest request) {
        RayHistoryServer server = find(caller, request.rayHistoryServerId().orElse(""));
        if (server.run().status() != InstanceStatus.STOPPED) {
            throw InstanceLifecycle.conflict(server.run(), "deleted; stop it first");
        }
        lifecycle.forget(server.run());
        table(caller).remove(server.id());
        return DeleteRayHistoryServerResponse.builder().build();
    }

    public StartRayHistoryServerResponse startRayHistoryServer(Caller caller, StartRayHistoryServerRequest request) {
        lifecycle.start(find(caller, request.rayHistoryServerId().orElse("")).run());
        return StartRayHistoryServerResponse.builder().build();
    }

    public StopRayHistoryServerResponse stopRayHistoryServer(Caller caller, StopRayHistoryServerRequest request) {
        lifecycle.stop(find(caller, request.rayHistoryServerId().orElse("")).run());
        return StopRayHistoryServerResponse.builder().build();
    }

    /**
     * A server of the caller's; other accounts' do not exist for it.
     *
     * @throws EngineException 404 {@code RayHistoryServerNotFound}
     */
    public RayHistoryServer find(Caller caller, String serverId) {
        return table(caller).find(serverId).orElseThrow(() -> EngineException.notFound("RayHistoryServer", serverId));
    }

    private static GetRayHistoryServerResponse render(RayHistoryServer s) {
        CreateRayHistoryServerRequest r = s.submitted();
        InstanceRun run = s.run();
        return InstanceRunView.render(run, GetRayHistoryServerResponse.class).toBuilder()
                .rayHistoryServerId(s.id())
                .displayName(s.displayName())
                .storagePath(s.storagePath())
                .workspaceId(s.workspaceId())
                .accessibility(s.accessibility())
                .ecsSpec(r.ecsSpec())
                .resourceId(r.resourceId())
                .maxRuntimeMinutes(run.maxRunTime().map(d -> OptionalInt.of((int) d.toMinutes()))
                        .orElse(OptionalInt.empty()))
                .rayHistoryServerUrl(MockUrls.rayHistoryServer(s.owner().region(), s.id()))
                .tenantId(s.owner().accountId())
                .userId(s.owner().userId())
                .username(s.owner().userId())
                .build();
    }

    private ResourceTable<RayHistoryServer> table(Caller caller) {
        return store.of(caller.accountId(), caller.region()).table(RayHistoryServer.class);
    }
}
