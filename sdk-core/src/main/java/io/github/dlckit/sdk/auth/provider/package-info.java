/**
 * One class per credential source of the vendor's default chain (system properties, environment, OIDC role,
 * CLI profile, shared ini file, ECS RAM role, credentials URI) and the RAM-role provider they build on. The
 * small STS client, the HTTP/JSON helpers and the file parsers are package-private.
 */
package io.github.dlckit.sdk.auth.provider;
