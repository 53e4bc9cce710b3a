/** Jobs: submission, the status lifecycle, pods, events and logs, and the simulated user command. */
package io.github.dlckit.mock.engine.job;
