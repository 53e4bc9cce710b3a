package io.github.dlckit.bench.coldstart;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.auth.Credentials;

import java.net.URI;

/** {@link DlcClient} with fixed credentials against a plain-http endpoint, as a short-lived program would use it. */
final class DlcProbe implements ColdStartProbe.Client {

    private DlcClient client;

    @Override
    public void build(String host, int port) {
        client = DlcClient.builder().endpointOverride(URI.create("http://" + host + ":" + port))
                .credentials(Credentials.of(ColdStartProbe.KEY_ID, ColdStartProbe.SECRET)).build();
    }

    @Override
    public void firstCall() {
        client.getJob(GetJobRequest.of("dlc-bench")).jobId();
    }
}
