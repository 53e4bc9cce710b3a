/**
 * Spot (preemptible) jobs as the service shows them: recognising a preemption from a job as read, and
 * {@code SpotJobRunner}, which carries one logical job through preemptions by a policy.
 */
package io.github.dlckit.sdk.spot;
