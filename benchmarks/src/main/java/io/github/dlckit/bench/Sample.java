package io.github.dlckit.bench;

/**
 * One measurement of one client: calls completed, throughput, latency percentiles, and per call the bytes
 * allocated and the CPU time used by the calling threads.
 *
 * @param calls calls completed
 * @param perSecond throughput
 * @param p50Micros median latency
 * @param p99Micros 99th percentile latency
 * @param bytesPerCall bytes allocated by the calling threads per call
 * @param cpuMicrosPerCall CPU time of the calling threads per call
 */
record Sample(long calls, double perSecond, double p50Micros, double p99Micros, double bytesPerCall,
              double cpuMicrosPerCall) {
}
