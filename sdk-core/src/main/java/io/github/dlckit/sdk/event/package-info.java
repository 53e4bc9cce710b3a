/**
 * What a client tells its {@link io.github.dlckit.sdk.event.CallListener}s: an
 * {@link io.github.dlckit.sdk.event.AttemptEvent} per HTTP attempt and a {@link io.github.dlckit.sdk.event.CallEvent}
 * per call — the hook for metrics and tracing. Events carry names, counts, times, statuses and request ids; never
 * credentials, headers or bodies.
 */
package io.github.dlckit.sdk.event;
