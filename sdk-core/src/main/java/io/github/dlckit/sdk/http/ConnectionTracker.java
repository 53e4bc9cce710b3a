package io.github.dlckit.sdk.http;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;

/**
 * Tells whether an attempt got as far as a connection. OkHttp calls network interceptors only once a
 * connection is established, just before the request is written: an attempt whose flag is still down when it
 * fails never reached the service (DNS, refused, connect timeout, TLS), so even a {@code CreateJob} may be
 * sent again. Installed on the client's own derived OkHttpClient; requests without a flag pass untouched.
 */
public final class ConnectionTracker implements Interceptor {

    /** The one instance (stateless: the state travels in each request's {@link Flag} tag). */
    public static final ConnectionTracker INSTANCE = new ConnectionTracker();

    private ConnectionTracker() {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Flag flag = chain.request().tag(Flag.class);
        if (flag != null) {
            flag.connected = true;
        }
        return chain.proceed(chain.request());
    }

    /** Per-attempt state: raised when the attempt had a connection and its request was about to be written. */
    static final class Flag {
        private volatile boolean connected;

        boolean connected() {
            return connected;
        }
    }
}
