package io.github.dlckit.sdk.http;

import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.net.Proxy;

/**
 * What of an attempt reached the wire, told by the network interceptor closest to the socket (OkHttp calls it
 * once a connection is established, just before the request is written):
 * <ul>
 *   <li>whether the attempt got as far as a connection: one that fails before never reached the service (DNS,
 *       refused, connect timeout, TLS), so even a {@code CreateJob} may be sent again;</li>
 *   <li>that it is written at most once: a second pass of the same attempt is a follow-up OkHttp (or an
 *       interceptor of a caller's client) started on its own, and is refused with {@link FollowUpRefused} before
 *       a byte of it is written, to whatever host it was headed. Only the SDK's retry policy sends again.</li>
 * </ul>
 * It also hides a {@code 503}'s {@code Retry-After} from OkHttp, which otherwise re-sends on {@code Retry-After: 0}
 * with no setting to stop it (the SDK does not read that header), and adds the configured proxy's credentials
 * when a plain-http request goes through that proxy (an https request carries them on its {@code CONNECT}), and
 * gives the answer's body a content type parsed once ({@link ParsedContentType}).
 * Requests without an {@link Attempt} tag pass untouched.
 */
final class WireTracker implements Interceptor {

    private final String proxyAuthorization;
    private final ParsedContentType contentType = new ParsedContentType();

    /**
     * @param proxyAuthorization the {@code Proxy-Authorization} value for the configured proxy, or null
     */
    WireTracker(String proxyAuthorization) {
        this.proxyAuthorization = proxyAuthorization;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Attempt attempt = request.tag(Attempt.class);
        if (attempt == null) {
            return chain.proceed(request);
        }
        if (attempt.sent) {
            throw new FollowUpRefused(attempt.answer, request.url().host());
        }
        attempt.connected = true;
        attempt.sent = true;
        Response response = chain.proceed(withProxyCredentials(request, chain.connection()));
        attempt.answer = response.code();
        if (response.code() == 503 && response.header("Retry-After") != null) {
            response = response.newBuilder().removeHeader("Retry-After").build();
        }
        return contentType.apply(response);
    }

    private Request withProxyCredentials(Request request, Connection connection) {
        if (proxyAuthorization == null || request.isHttps() || connection == null
                || connection.route().proxy().type() != Proxy.Type.HTTP) {
            return request;
        }
        return request.newBuilder().header("Proxy-Authorization", proxyAuthorization).build();
    }

    /** Per-attempt state, carried as the attempt's request tag. */
    static final class Attempt {
        private volatile boolean connected;
        private volatile boolean sent;
        private volatile int answer;

        /** @return whether the attempt had a connection and its request was about to be written */
        boolean connected() {
            return connected;
        }
    }

    /** A second send of one attempt, stopped before it was written. */
    static final class FollowUpRefused extends IOException {
        private static final long serialVersionUID = 1L;

        FollowUpRefused(int answer, String host) {
            super("OkHttp tried to send the request again on its own" + (answer == 0 ? "" : " after HTTP " + answer)
                    + (host == null ? "" : ", to " + host) + "; refused: only the SDK's retry policy resends");
        }
    }
}
