package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.access.MockUrls;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.mock.engine.ray.RayHistoryServer;
import io.github.dlckit.model.CreateRayHistoryServerRequest;
import io.github.dlckit.model.GetRayHistoryServerResponse;
import io.github.dlckit.model.ListRayHistoryServersResponseRayHistoryServers;

import java.util.OptionalInt;

/** Renders a {@link RayHistoryServer}: GetRayHistoryServer's body, and ListRayHistoryServers' items (its twin). */
public final class RayHistoryServerView {

    private RayHistoryServerView() {
    }

    /**
     * @param s the server
     * @return the server as an item of ListRayHistoryServers
     */
    public static ListRayHistoryServersResponseRayHistoryServers item(RayHistoryServer s) {
        return ModelShapes.convert(get(s), ListRayHistoryServersResponseRayHistoryServers.class);
    }

    /**
     * @param s the server
     * @return GetRayHistoryServer's body
     */
    public static GetRayHistoryServerResponse get(RayHistoryServer s) {
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
}
