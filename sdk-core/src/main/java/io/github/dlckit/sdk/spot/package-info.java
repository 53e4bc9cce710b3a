/** Spot (preemptible) jobs as the service shows them: recognising a preemption from a job as read. */
package io.github.dlckit.sdk.spot;
