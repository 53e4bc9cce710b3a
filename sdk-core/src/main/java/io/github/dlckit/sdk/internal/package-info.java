/** Resolved settings, endpoints, the user agent and client classes; not API, used only inside sdk-core. */
package io.github.dlckit.sdk.internal;
