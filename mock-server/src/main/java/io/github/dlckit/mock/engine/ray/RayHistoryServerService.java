package io.github.dlckit.mock.engine.ray;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.instance.InstanceLifecycle;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.mock.engine.instance.InstanceStatus;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.ResourceTable;
import io.github.dlckit.mock.store.Store;
import io.github.dlckit.model.CreateRayHistoryServerRequest;
import io.github.dlckit.model.DeleteRayHistoryServerRequest;
import io.github.dlckit.model.GetRayHistoryServerRequest;
import io.github.dlckit.model.ListRayHistoryServersRequest;
import io.github.dlckit.model.StartRayHistoryServerRequest;
import io.github.dlckit.model.StopRayHistoryServerRequest;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The Ray history server operations on the caller's own servers (ids {@code rhs} + 14 characters). A server is
 * Creating for {@link #START_UP} (it reads the event logs under StoragePath), then Running; Stop makes it Stopped,
 * Start starts it again through Creating, and a MaxRuntimeMinutes above zero stops it that long after it began
 * running. Only a Stopped server can be deleted. The operations return the servers themselves; the API layer renders
 * the answers.
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
    /** @return the new server */
    public RayHistoryServer createRayHistoryServer(Caller caller, CreateRayHistoryServerRequest r) {
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
        RayHistoryServer server = new RayHistoryServer(id, caller, r, run);
        table(caller).put(id, server);
        return server;
    }

    /** @return the server asked for */
    public RayHistoryServer getRayHistoryServer(Caller caller, GetRayHistoryServerRequest request) {
        return find(caller, request.rayHistoryServerId().orElse(""));
    }

    /**
     * DisplayName matches by substring, IdPrefix and StoragePath by prefix, ModifiedAfter strictly after.
     *
     * @return the page of the caller's servers that match
     */
    public ListQuery.Page<RayHistoryServer> listRayHistoryServers(Caller caller, ListRayHistoryServersRequest r) {
        return new ListQuery<RayHistoryServer>()
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
    }

    /**
     * Deletes a Stopped server; one that is Creating or Running must be stopped first.
     *
     * @return the server, deleted
     */
    public RayHistoryServer deleteRayHistoryServer(Caller caller, DeleteRayHistoryServerRequest request) {
        RayHistoryServer server = find(caller, request.rayHistoryServerId().orElse(""));
        if (server.run().status() != InstanceStatus.STOPPED) {
            throw InstanceLifecycle.conflict(server.run(), "deleted; stop it first");
        }
        lifecycle.forget(server.run());
        table(caller).remove(server.id());
        return server;
    }

    /** @return the server, starting */
    public RayHistoryServer startRayHistoryServer(Caller caller, StartRayHistoryServerRequest request) {
        RayHistoryServer server = find(caller, request.rayHistoryServerId().orElse(""));
        lifecycle.start(server.run());
        return server;
    }

    /** @return the server, stopped */
    public RayHistoryServer stopRayHistoryServer(Caller caller, StopRayHistoryServerRequest request) {
        RayHistoryServer server = find(caller, request.rayHistoryServerId().orElse(""));
        lifecycle.stop(server.run());
        return server;
    }

    /**
     * A server of the caller's; other accounts' do not exist for it.
     *
     * @throws EngineException 404 {@code RayHistoryServerNotFound}
     */
    public RayHistoryServer find(Caller caller, String serverId) {
        return table(caller).find(serverId).orElseThrow(() -> EngineException.notFound("RayHistoryServer", serverId));
    }

    private ResourceTable<RayHistoryServer> table(Caller caller) {
        return store.of(caller.accountId(), caller.region()).table(RayHistoryServer.class);
    }
}
