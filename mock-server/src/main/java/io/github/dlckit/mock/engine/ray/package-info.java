/** Ray history servers and their lifecycle. */
package io.github.dlckit.mock.engine.ray;
