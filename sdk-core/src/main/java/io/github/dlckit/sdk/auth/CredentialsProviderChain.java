package io.github.dlckit.sdk.auth;

import io.github.dlckit.sdk.exception.DlcClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Asks its providers in order and returns the credentials of the first that has some; the provider names of
 * those credentials get the chain's prefix (so the default chain sends {@code default/env}). The provider that
 * worked is remembered and asked directly afterwards (its later failures reach the caller rather than silently
 * switching to another identity). When every provider declines, one {@link DlcClientException} lists each of
 * them and its reason; the individual failures are attached as suppressed exceptions.
 */
public final class CredentialsProviderChain implements CredentialsProvider {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsProviderChain.class);

    private final String description;
    private final List<Link> links;
    private final boolean reuseLastProvider;
    private volatile Link lastUsed;

    private CredentialsProviderChain(Builder b) {
        this.description = b.description;
        this.links = Collections.unmodifiableList(new ArrayList<>(b.links));
        this.reuseLastProvider = b.reuseLastProvider;
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a credentials chain needs at least one provider");
        }
    }

    /**
     * @param description what the chain is called in its failure message, e.g. {@code default credentials chain}
     * @return a builder
     */
    public static Builder builder(String description) {
        return new Builder(description);
    }

    @Override
    public Credentials resolveCredentials() {
        Link last = lastUsed;
        if (last != null) {
            return last.resolve();
        }
        List<String> reasons = new ArrayList<>(links.size());
        List<RuntimeException> failures = new ArrayList<>(links.size());
        for (Link link : links) {
            try {
                Credentials credentials = link.resolve();
                if (reuseLastProvider) {
                    lastUsed = link;
                }
                LOG.debug("Credentials from {}", credentials.providerName());
                return credentials;
            } catch (RuntimeException e) {
                reasons.add(link.name + ": " + e.getMessage());
                failures.add(e);
            }
        }
        DlcClientException error = new DlcClientException("No credentials found by the " + description
                + "; each provider declined: " + String.join("; ", reasons), null,
                failures.stream().anyMatch(CredentialsProviderChain::isRetryable));
        failures.forEach(error::addSuppressed);
        throw error;
    }

    /** @return the names of the providers, in the order they are asked */
    public List<String> providerNames() {
        List<String> names = new ArrayList<>(links.size());
        for (Link link : links) {
            names.add(link.name);
        }
        return names;
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain{" + description + ": " + providerNames() + "}";
    }

    private static boolean isRetryable(RuntimeException e) {
        return e instanceof DlcClientException && ((DlcClientException) e).isRetryable();
    }

    /** A provider with the name it is listed under and the prefix added to the names of its credentials. */
    private static final class Link {
        final String name;
        final String prefix;
        final CredentialsProvider provider;

        Link(String name, String prefix, CredentialsProvider provider) {
            this.name = Objects.requireNonNull(name, "name");
            this.prefix = prefix;
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        Credentials resolve() {
            Credentials credentials = provider.resolveCredentials();
            if (credentials == null) {
                throw new DlcClientException("the provider returned no credentials", null, false);
            }
            return prefix.isEmpty() ? credentials : credentials.withProviderName(prefix + credentials.providerName());
        }
    }

    /** Builds a {@link CredentialsProviderChain}. */
    public static final class Builder {
        private final String description;
        private final List<Link> links = new ArrayList<>();
        private boolean reuseLastProvider = true;

        private Builder(String description) {
            this.description = Objects.requireNonNull(description, "description");
        }

        /**
         * Adds a provider whose credentials keep their provider name.
         *
         * @param name how the provider is listed in the failure message
         * @param provider the provider
         * @return this builder
         */
        public Builder add(String name, CredentialsProvider provider) {
            return add(name, "", provider);
        }

        /**
         * Adds a provider whose credentials get {@code prefix} in front of their provider name.
         *
         * @param name how the provider is listed in the failure message
         * @param prefix e.g. {@code default/}
         * @param provider the provider
         * @return this builder
         */
        public Builder add(String name, String prefix, CredentialsProvider provider) {
            links.add(new Link(name, Objects.requireNonNull(prefix, "prefix"), provider));
            return this;
        }

        /**
         * @param reuse whether the provider that worked is asked directly from then on (default true)
         * @return this builder
         */
        public Builder reuseLastProvider(boolean reuse) {
            this.reuseLastProvider = reuse;
            return this;
        }

        /** @return the chain */
        public CredentialsProviderChain build() {
            return new CredentialsProviderChain(this);
        }
    }
}
