package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;

import java.util.Objects;

/**
 * A provider configured by a profile of a file: the profile given, else {@code ALIBABA_CLOUD_PROFILE}, else the
 * file's default. The file is read and the provider it describes built at the first call that succeeds, then
 * kept (so that its cached temporary credentials live on); its credentials get {@code prefix} in front of their
 * provider name. A failed load is not remembered: the next call reads the file again.
 */
abstract class ProfileBackedProvider implements CredentialsProvider {

    static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";

    final CredentialsContext context;
    private final String prefix;
    private final String requestedProfile;
    private final Object lock = new Object();
    private volatile CredentialsProvider loaded;

    ProfileBackedProvider(String prefix, CredentialsContext context, String requestedProfile) {
        this.prefix = prefix;
        this.context = Objects.requireNonNull(context, "context");
        this.requestedProfile = ProviderSupport.text(requestedProfile);
    }

    /**
     * @param fallback the file's default profile, or null
     * @return the profile given, else {@code ALIBABA_CLOUD_PROFILE}, else {@code fallback}
     */
    final String profileName(String fallback) {
        if (requestedProfile != null) {
            return requestedProfile;
        }
        String fromEnvironment = ProviderSupport.env(context.environment(), ENV_PROFILE);
        return fromEnvironment != null ? fromEnvironment : fallback;
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

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{" + (requestedProfile != null ? "profile=" + requestedProfile
                : "profile from " + ENV_PROFILE + " or the file") + "}";
    }
}
