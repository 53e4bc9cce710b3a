/** The virtual event clock: events scheduled at instants, run in time order; never the wall clock. */
package io.github.dlckit.mock.engine.time;
