package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.access.MockUrls;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.mock.engine.tensorboard.TensorboardInstance;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.GetTensorboardResponse;
import io.github.dlckit.model.Tensorboard;

import java.time.Instant;
import java.util.OptionalLong;

/** Renders a {@link TensorboardInstance} as the vendor's {@code Tensorboard} (GetTensorboard's body is its twin). */
public final class TensorboardView {

    private TensorboardView() {
    }

    /**
     * @param tb the TensorBoard
     * @param now the engine's time, for the running time
     * @return GetTensorboard's body
     */
    public static GetTensorboardResponse get(TensorboardInstance tb, Instant now) {
        return ModelShapes.convert(item(tb, now), GetTensorboardResponse.class);
    }

    /**
     * @param tb the TensorBoard
     * @param now the engine's time, for the running time
     * @return the TensorBoard as an item of ListTensorboards
     */
    public static Tensorboard item(TensorboardInstance tb, Instant now) {
        CreateTensorboardRequest s = tb.submitted();
        InstanceRun run = tb.run();
        return InstanceRunView.render(run, Tensorboard.class).toBuilder()
                .tensorboardId(tb.id())
                .displayName(tb.displayName())
                .jobId(tb.jobId())
                .workspaceId(tb.workspaceId())
                .accessibility(tb.accessibility())
                .priority(tb.priority())
                .duration(String.valueOf(run.runningTime(now).getSeconds()))
                .maxRunningTimeMinutes(run.maxRunTime().map(d -> OptionalLong.of(d.toMinutes()))
                        .orElse(OptionalLong.empty()))
                .tensorboardUrl(MockUrls.tensorboard(tb.owner().region(), tb.id()))
                .token(tb.token())
                .userId(tb.owner().userId())
                .username(tb.owner().userId())
                .cpu(s.cpu())
                .memory(s.memory())
                .quotaId(s.quotaId())
                .dataSourceId(s.dataSourceId())
                .dataSourceType(s.dataSourceType())
                .options(s.options())
                .summaryPath(s.summaryPath())
                .summaryRelativePath(s.summaryRelativePath())
                .tensorboardDataSources(s.tensorboardDataSources())
                .tensorboardSpec(s.tensorboardSpec())
                .build();
    }
}
