package io.github.dlckit.sdk;

import io.github.dlckit.sdk.internal.DefaultDlcAsyncClient;

/** Builds a {@link DlcAsyncClient}; see {@link AbstractDlcClientBuilder} for the settings and their defaults. */
public final class DlcAsyncClientBuilder extends AbstractDlcClientBuilder<DlcAsyncClientBuilder> {

    DlcAsyncClientBuilder() {
    }

    /**
     * @return a new client
     * @throws IllegalStateException listing every problem with the settings
     */
    public DlcAsyncClient build() {
        return new DefaultDlcAsyncClient(resolve("DlcAsyncClient"));
    }
}
