package io.github.dlckit.sdk.auth;

import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsProviderChainTest {

    private static CredentialsProvider declining(String reason, boolean retryable) {
        return () -> {
            throw new DlcClientException(reason, null, retryable);
        };
    }

    @Test
    void laterFailuresOfTheReusedProvider_reachTheCaller() {
        AtomicBoolean broken = new AtomicBoolean();
        AtomicInteger backupCalls = new AtomicInteger();
        CredentialsProviderChain chain = CredentialsProviderChain.builder("test chain")
                .add("first", "p/", () -> {
                    if (broken.get()) {
                        throw new DlcClientException("STS is down", null, true);
                    }
                    return Credentials.of("LTAI1", "s");
                })
                .add("backup", () -> {
                    backupCalls.incrementAndGet();
                    return Credentials.of("LTAI2", "s");
                })
                .build();
        assertThat(chain.resolveCredentials().providerName()).isEqualTo("p/static_ak");

        broken.set(true);

        assertThatThrownBy(chain::resolveCredentials).hasMessage("STS is down");
        assertThat(backupCalls).hasValue(0);
    }

    @Test
    void failure_isRetryableWhenAnyProviderFailedRetryably() {
        CredentialsProviderChain chain = CredentialsProviderChain.builder("test chain")
                .add("a", declining("not configured", false))
                .add("b", declining("timed out", true))
                .build();

        assertThatThrownBy(chain::resolveCredentials)
                .hasMessage("No credentials found by the test chain; each provider declined: a: not configured; "
                        + "b: timed out")
                .satisfies(e -> assertThat(((DlcClientException) e).isRetryable()).isTrue());
    }

    @Test
    void aProviderReturningNull_declines_andAnEmptyChainIsRefused() {
        CredentialsProviderChain chain = CredentialsProviderChain.builder("test chain").add("null", () -> null).build();

        assertThatThrownBy(chain::resolveCredentials).hasMessageEndingWith("null: the provider returned no credentials");
        assertThatThrownBy(() -> CredentialsProviderChain.builder("empty").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(chain.toString()).isEqualTo("CredentialsProviderChain{test chain: [null]}");
    }
}
