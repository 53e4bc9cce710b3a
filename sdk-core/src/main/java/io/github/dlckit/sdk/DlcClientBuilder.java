package io.github.dlckit.sdk;

import io.github.dlckit.sdk.internal.DefaultDlcClient;

/** Builds a {@link DlcClient}; see {@link AbstractDlcClientBuilder} for the settings and their defaults. */
public final class DlcClientBuilder extends AbstractDlcClientBuilder<DlcClientBuilder> {

    DlcClientBuilder() {
    }

    /**
     * @return a new client
     * @throws IllegalStateException listing every problem with the settings
     */
    public DlcClient build() {
        return new DefaultDlcClient(resolve("DlcClient"));
    }
}
