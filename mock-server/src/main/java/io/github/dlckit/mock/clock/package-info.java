/** How the engine's virtual clock is driven from outside: virtual or following the wall clock. */
package io.github.dlckit.mock.clock;
