/** The exceptions a call may throw: service errors, client errors, and their common root. */
package io.github.dlckit.sdk.exception;
