package io.github.dlckit.sdk.event;

/**
 * Hears every attempt and every call of a client (register with the builder's {@code addListener}). Both methods
 * do nothing unless overridden. They run on the thread that finished the attempt or the call — the caller's for
 * the blocking client, an OkHttp thread for the asynchronous one — so keep them short and never block. An
 * exception a listener throws is logged and ignored: it never changes the call's outcome.
 */
public interface CallListener {

    /**
     * An attempt ended: the service answered (any status), or the transport failed.
     *
     * @param event the attempt
     */
    default void attemptFinished(AttemptEvent event) {
    }

    /**
     * A call ended, after its last attempt, or before any when the request was refused on this side.
     *
     * @param event the call
     */
    default void callFinished(CallEvent event) {
    }
}
