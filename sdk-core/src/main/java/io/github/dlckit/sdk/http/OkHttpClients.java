package io.github.dlckit.sdk.http;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import java.time.Duration;

/**
 * The OkHttp adapter's client: derived from the caller's OkHttpClient with {@code newBuilder()} (so its
 * connection pool and dispatcher are shared, and never shut down by us), or created and owned. Either way
 * OkHttp's own silent retry is off (the SDK is the only retry owner) and the {@link ConnectionTracker} is
 * installed.
 */
public final class OkHttpClients {

    private OkHttpClients() {
    }

    /**
     * @param userClient the caller's client, or null to create one
     * @param connectTimeout the connect timeout, or null to keep the caller's (or OkHttp's default)
     * @param readTimeout the read (and write) timeout, or null to keep the caller's
     * @param callTimeout the per-attempt call timeout (zero: none), or null to keep the caller's
     * @return the client calls use
     */
    public static OkHttpClient derive(OkHttpClient userClient, Duration connectTimeout, Duration readTimeout,
                                      Duration callTimeout) {
        OkHttpClient.Builder b = userClient != null ? userClient.newBuilder() : new OkHttpClient.Builder()
                .dispatcher(ownDispatcher());
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            b.readTimeout(readTimeout).writeTimeout(readTimeout);
        }
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
        }
        return b.retryOnConnectionFailure(false).addNetworkInterceptor(ConnectionTracker.INSTANCE).build();
    }

    /**
     * Releases what a client created itself: its dispatcher's threads and its pooled connections.
     *
     * @param owned a client made by {@link #derive} without a caller's client
     */
    public static void release(OkHttpClient owned) {
        owned.dispatcher().executorService().shutdown();
        owned.connectionPool().evictAll();
    }

    /** OkHttp's default allows 5 concurrent calls per host, too few for an asynchronous client talking to one. */
    private static Dispatcher ownDispatcher() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(64);
        return dispatcher;
    }
}
