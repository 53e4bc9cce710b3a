package io.github.dlckit.sdk.spot;

/**
 * Hears every decision and observation of a spot run, on the thread that runs it. A listener that throws is
 * ignored (the run must not end because a progress line failed).
 */
@FunctionalInterface
public interface SpotRunListener {

    /** @param event what happened */
    void onEvent(SpotRunEvent event);

    /** @return a listener that does nothing */
    static SpotRunListener none() {
        return event -> { };
    }
}
