/**
 * The engine: the mock's state and rules, with exclusive access, on a virtual clock; independent of HTTP,
 * WireMock and Jackson (JSON only through {@link io.github.dlckit.mock.engine.ModelCodec}).
 */
package io.github.dlckit.mock.engine;
