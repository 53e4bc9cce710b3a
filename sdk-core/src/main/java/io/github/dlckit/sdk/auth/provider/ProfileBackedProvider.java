package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsProvider;

/**
 * A provider configured by a file: the file is read and the provider it describes built at the first call that
 * succeeds, then kept (so that its cached temporary credentials live on); its credentials get {@code prefix}
 * in front of their provider name. A failed load is not remembered: the next call reads the file again.
 */
abstract class ProfileBackedProvider implements CredentialsProvider {

    private final String prefix;
    private final Object lock = new Object();
    private volatile CredentialsProvider loaded;

    ProfileBackedProvider(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @return the provider the file describes
     * @throws io.github.dlckit.sdk.exception.DlcClientException when the file is missing, unreadable or describes
     *         nothing usable
     */
    abstract CredentialsProvider load();

    @Override
    public final Credentials resolveCredentials() {
        CredentialsProvider provider = loaded;
        if (provider == null) {
            synchronized (lock) {
                provider = loaded;
                if (provider == null) {
                    provider = load();
                    loaded = provider;
                }
            }
        }
        Credentials credentials = provider.resolveCredentials();
        return credentials.withProviderName(prefix + credentials.providerName());
    }
}
