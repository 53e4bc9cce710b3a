package io.github.dlckit.bench.coldstart;

import io.github.dlckit.bench.VendorGetJob;

/** The vendor's generic client ({@code tea-openapi}, V3), on a class path of its own dependency tree only. */
final class VendorProbe implements ColdStartProbe.Client {

    private VendorGetJob client;

    @Override
    public void build(String host, int port) throws Exception {
        client = new VendorGetJob(host + ":" + port, ColdStartProbe.KEY_ID, ColdStartProbe.SECRET);
    }

    @Override
    public void firstCall() throws Exception {
        client.call();
    }
}
