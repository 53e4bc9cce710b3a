/** The API layer: one handler per operation, from a bound request to the engine's service and back to a response. */
package io.github.dlckit.mock.api;
