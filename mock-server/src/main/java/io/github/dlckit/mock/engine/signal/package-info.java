/** Signals sent to the pods of a job, and their delivery. */
package io.github.dlckit.mock.engine.signal;
