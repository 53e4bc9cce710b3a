/**
 * The mock PAI-DLC server: {@link io.github.dlckit.mock.DlcMockServer} wires transport, API, engine and control
 * together.
 */
package io.github.dlckit.mock;
