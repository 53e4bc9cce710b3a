/** Placeholder until this module's issue lands. */
package io.github.dlckit.mock;
