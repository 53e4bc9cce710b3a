package io.github.dlckit.mock.persist;

/** Runs logged DLC API calls again, without signatures, pacing or answers: the HTTP layer's side of a replay. */
public interface ApiReplayer {

    /**
     * Runs a call in the engine at the engine's current time (the replay has moved the clock to the call's time).
     *
     * @param command the call
     */
    void replay(ApiCommand command);

    /**
     * Draws request ids that calls without an engine turn of their own used (refused signatures, unknown routes).
     *
     * @param count how many
     */
    void drawRequestIds(int count);
}
