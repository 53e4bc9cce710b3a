/** Credentials and where they come from, for signing requests. */
package io.github.dlckit.sdk.auth;
