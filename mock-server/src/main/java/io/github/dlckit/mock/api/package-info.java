/**
 * The API layer: one handler per operation, from a bound request to the engine's service and back, the domain
 * objects it returns rendered by {@code api.view} into the vendor's answer shape.
 */
package io.github.dlckit.mock.api;
