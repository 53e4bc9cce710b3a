/** Per-account tables of resources and the seeded id streams; plain data, no rules. */
package io.github.dlckit.mock.store;
