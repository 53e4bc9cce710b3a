package io.github.dlckit.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Runs one client from {@code threads} threads for a fixed time: every thread calls in a loop and records each
 * latency, and its own allocated bytes and CPU time before and after (all client work of a synchronous OkHttp
 * call runs on the calling thread). Bounded in time; stops on the first error.
 */
final class Measurement {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int MAX_SAMPLES = 1 << 20;

    private Measurement() {
    }

    static Sample run(Callable<Object> client, int threads, long millis) throws Exception {
        long[][] latencies = new long[threads][MAX_SAMPLES];
        int[] counts = new int[threads];
        long[] allocated = new long[threads];
        long[] cpu = new long[threads];
        Exception[] errors = new Exception[threads];
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        long[] window = new long[2];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                try {
                    start.await();
                    long self = Thread.currentThread().getId();
                    long bytes0 = THREADS.getThreadAllocatedBytes(self);
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
                    int n = 0;
                    long now = System.nanoTime();
                    while (now < end && n < MAX_SAMPLES) {
                        client.call();
                        long after = System.nanoTime();
                        latencies[id][n++] = after - now;
                        now = after;
                    }
                    allocated[id] = THREADS.getThreadAllocatedBytes(self) - bytes0;
                    cpu[id] = THREADS.getCurrentThreadCpuTime() - cpu0;
                    counts[id] = n;
                } catch (Exception e) {
                    errors[id] = e;
                }
            }, "bench-" + t);
            workers[t].start();
        }
        start.await();
        window[0] = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        window[1] = System.nanoTime();
        for (Exception e : errors) {
            if (e != null) {
                throw e;
            }
        }
        long calls = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) calls];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double seconds = (window[1] - window[0]) / 1e9;
        return new Sample(calls, calls / seconds, all[(int) (calls * 0.50)] / 1e3, all[(int) (calls * 0.99)] / 1e3,
                (double) Arrays.stream(allocated).sum() / calls, Arrays.stream(cpu).sum() / 1e3 / calls);
    }
}
