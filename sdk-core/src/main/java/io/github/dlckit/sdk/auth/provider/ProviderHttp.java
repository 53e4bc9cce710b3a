package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.exception.DlcClientException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Sends the providers' small HTTP requests and reads the whole (small) body. */
final class ProviderHttp {

    private ProviderHttp() {
    }

    /** A status and a body. */
    static final class Reply {
        final int status;
        final String body;

        Reply(int status, String body) {
            this.status = status;
            this.body = body;
        }

        boolean isSuccessful() {
            return status >= 200 && status < 300;
        }

        /**
         * @param what the source, starting the message
         * @return this reply when its status is 2xx
         * @throws DlcClientException naming the status otherwise (retryable for 5xx)
         */
        Reply requireSuccess(String what) {
            if (!isSuccessful()) {
                throw new DlcClientException(what + ": HTTP " + status, null, status >= 500);
            }
            return this;
        }
    }

    /**
     * @param base the client to derive from (shares its connection pool)
     * @param connectMillis the connect timeout
     * @param readMillis the read timeout
     * @return a client with those timeouts, no silent resending and no redirects (a signed STS request or a
     *         metadata token goes to the host it was made for, never further)
     */
    static OkHttpClient withTimeouts(OkHttpClient base, long connectMillis, long readMillis) {
        return base.newBuilder()
                .connectTimeout(connectMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readMillis, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    /**
     * @param client the client
     * @param request the request
     * @param what what is being asked, starting the message of a transport failure
     * @return the reply, whatever its status
     * @throws DlcClientException (retryable) when the request could not be sent or the answer read
     */
    static Reply send(OkHttpClient client, Request request, String what) {
        try (Response response = client.newCall(request).execute()) {
            return new Reply(response.code(), response.body().string());
        } catch (IOException e) {
            throw new DlcClientException(what + ": cannot reach " + request.url().host() + ":"
                    + request.url().port() + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")", e, true);
        }
    }
}
