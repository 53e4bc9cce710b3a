package io.github.dlckit.bench.coldstart;

import java.lang.management.ManagementFactory;

/**
 * The program a fresh JVM runs for one cold-start sample: builds one client, makes one GetJob call to the local
 * server, and prints {@code answered} the moment the answer is in (the parent times JVM start → that line), then
 * the client build time and the classes loaded so far. Each client lives in its own class so that a JVM only ever
 * links the one it runs: the vendor's JVM has no OkHttp 5 or dlckit on its class path, ours no tea-openapi.
 *
 * <p>Usage: {@code ColdStartProbe dlc|vendor|raw port}
 */
public final class ColdStartProbe {

    static final String KEY_ID = "LTAI5tBenchKey0001";
    static final String SECRET = "bench/Secret+Value=";

    private ColdStartProbe() {
    }

    /** One client: build, then one call; both timed by the caller. */
    interface Client {
        void build(String host, int port) throws Exception;

        void firstCall() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Client client = clientFor(args[0]);
        int port = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        client.build("127.0.0.1", port);
        long built = System.nanoTime();
        client.firstCall();
        System.out.println("answered");
        System.out.flush();
        // Read after the answer: the management classes loaded here count the same for every client.
        long loaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.println("build-micros " + (built - start) / 1000 + " classes " + loaded);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static Client clientFor(String name) {
        switch (name) {
            case "dlc":
                return new DlcProbe();
            case "vendor":
                return new VendorProbe();
            case "raw":
                return new RawProbe();
            default:
                throw new IllegalArgumentException("client must be dlc, vendor or raw, not " + name);
        }
    }
}
