/**
 * The engine: the mock's state and rules, with exclusive access, on a virtual clock; its services return domain
 * objects, independent of HTTP, WireMock, Jackson and the answer shapes (JSON text only through
 * {@link io.github.dlckit.mock.engine.ModelCodec}).
 */
package io.github.dlckit.mock.engine;
