package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.signal.Signal;
import io.github.dlckit.model.CreateSignalResponse;
import io.github.dlckit.model.GetSignalResponse;
import io.github.dlckit.model.ListSignalsResponseSignals;

import java.util.Optional;

/** Renders a {@link Signal}: ListSignals' items, and GetSignal's body (their twin with the job's id). */
public final class SignalView {

    private SignalView() {
    }

    /** CreateSignal: the job, the signal's id and name, and its status. */
    public static CreateSignalResponse created(Signal s) {
        return CreateSignalResponse.builder().jobId(s.jobId()).signalId(s.id()).signal(s.name()).status(s.status())
                .build();
    }

    /** GetSignal: the item with the job's id. */
    public static GetSignalResponse get(Signal s) {
        return ModelShapes.convert(item(s), GetSignalResponse.class).toBuilder().jobId(s.jobId()).build();
    }

    /**
     * @param s the signal
     * @return the signal as an item of ListSignals
     */
    public static ListSignalsResponseSignals item(Signal s) {
        return ListSignalsResponseSignals.builder()
                .signalId(s.id())
                .signal(s.name())
                .scope(s.scope())
                .roles(s.roles())
                .podNames(s.podNames())
                .status(s.status())
                .reason(Optional.ofNullable(s.reason()))
                .message(s.message())
                .gmtCreated(Times.iso(s.created()))
                .gmtModified(Times.iso(s.modified()))
                .build();
    }
}
