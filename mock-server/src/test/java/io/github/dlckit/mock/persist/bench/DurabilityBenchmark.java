package io.github.dlckit.mock.persist.bench;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.Medians;
import io.github.dlckit.mock.SignedCall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What durability costs: CreateJob calls per second over HTTP against a mock in memory and against one with a
 * state directory (every CreateJob synced before it answers; concurrent calls share one sync), with 1 and 8
 * clients. Rounds alternate the two mocks, because the machine drifts; prints each round and the medians.
 *
 * <p>Usage: see the README's Performance section; arguments {@code [seconds-per-run] [rounds]} (defaults 3, 5).
 */
public final class DurabilityBenchmark {

    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int clients : new int[] {1, 8}) {
            List<Double> memory = new ArrayList<>();
            List<Double> durable = new ArrayList<>();
            run(null, clients, 1); // warm-up
            for (int round = 0; round < rounds; round++) {
                memory.add(run(null, clients, seconds));
                durable.add(run(Files.createTempDirectory("dlc-state"), clients, seconds));
                System.out.printf("%d clients, round %d: in memory %.0f/s, --state-dir %.0f/s%n", clients, round + 1,
                        memory.get(round), durable.get(round));
            }
            double m = Medians.of(memory);
            double d = Medians.of(durable);
            System.out.printf("%d clients: CreateJob/s in memory %.0f, with --state-dir %.0f, ratio %.2f%n", clients,
                    m, d, d / m);
        }
    }

    /** CreateJob calls per second from {@code clients} threads for {@code seconds}. */
    private static double run(Path stateDir, int clients, double seconds) throws Exception {
        DlcMockServer.Builder builder = DlcMockServer.builder();
        if (stateDir != null) {
            builder.stateDir(stateDir);
        }
        try (DlcMockServer mock = builder.start()) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong calls = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (!stop.get()) {
                        Jobs.create(SignedCall.to(mock));
                        calls.incrementAndGet();
                    }
                }));
            }
            long start = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long counted = calls.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            return counted / elapsed;
        }
    }
}
