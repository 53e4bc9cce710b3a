package io.github.dlckit.bench.coldstart;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Raw OkHttp 5, unsigned, body read as bytes: what any OkHttp-based client pays at least. */
final class RawProbe implements ColdStartProbe.Client {

    private OkHttpClient client;
    private Request request;

    @Override
    public void build(String host, int port) {
        client = new OkHttpClient();
        request = new Request.Builder().url("http://" + host + ":" + port + "/api/v1/jobs/dlc-bench").build();
    }

    @Override
    public void firstCall() throws Exception {
        try (Response response = client.newCall(request).execute()) {
            response.body().bytes();
        }
    }
}
