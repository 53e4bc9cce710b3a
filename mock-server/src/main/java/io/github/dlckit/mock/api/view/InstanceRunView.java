package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.instance.InstanceRun;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire fields every service instance's body has under the same names (Status, ReasonCode, ReasonMessage,
 * GmtCreateTime, GmtModifyTime, GmtFinishTime), filled from its run, so that each family's view adds only its own.
 */
final class InstanceRunView {

    private InstanceRunView() {
    }

    /**
     * @param run the instance's run
     * @param shape the model type of the body, e.g. {@code Tensorboard}
     * @param <T> that type
     * @return a body with only the run's fields set; continue with its {@code toBuilder()}
     */
    static <T> T render(InstanceRun run, Class<T> shape) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Status", run.status().wireValue());
        run.reasonCode().ifPresent(code -> fields.put("ReasonCode", code));
        run.reasonMessage().ifPresent(message -> fields.put("ReasonMessage", message));
        fields.put("GmtCreateTime", Times.iso(run.created()));
        fields.put("GmtModifyTime", Times.iso(run.modified()));
        run.finished().ifPresent(at -> fields.put("GmtFinishTime", Times.iso(at)));
        return ModelShapes.convert(fields, shape);
    }
}
