/** Benchmarks of the SDK against raw HTTP and the vendor's client, on a local GetJob server; figures, not tests. */
package io.github.dlckit.bench;
