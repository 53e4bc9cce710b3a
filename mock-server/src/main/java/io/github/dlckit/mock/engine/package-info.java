/**
 * The engine: the mock's state and rules, with exclusive access, on a virtual clock; independent of HTTP and
 * WireMock.
 */
package io.github.dlckit.mock.engine;
