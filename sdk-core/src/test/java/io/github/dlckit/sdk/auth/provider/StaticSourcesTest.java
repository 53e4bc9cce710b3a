package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** System properties and environment variables. */
class StaticSourcesTest {

    private final FakeEnvironment env = new FakeEnvironment(Paths.get("/nonexistent-home"));

    @Test
    void environment_keyPair_isALongLivedKeyNamedEnv() {
        env.env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv").env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");

        Credentials c = new EnvironmentVariableCredentialsProvider(env.build()).resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("LTAIenv");
        assertThat(c.accessKeySecret()).isEqualTo("env-secret");
        assertThat(c.securityToken()).isEmpty();
        assertThat(c.providerName()).isEqualTo("env");
    }

    @Test
    void environment_withSecurityToken_isSts() {
        env.env("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.env").env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
                .env("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token");

        Credentials c = new EnvironmentVariableCredentialsProvider(env.build()).resolveCredentials();

        assertThat(c.securityToken()).contains("env-token");
        assertThat(c.toString()).doesNotContain("env-secret", "env-token");
    }

    @Test
    void environment_withoutId_declines() {
        assertThatThrownBy(() -> new EnvironmentVariableCredentialsProvider(env.build()).resolveCredentials())
                .isInstanceOf(DlcClientException.class)
                .hasMessage("environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set");
    }

    @Test
    void environment_idWithoutSecret_declines() {
        env.env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv").env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "");

        assertThatThrownBy(() -> new EnvironmentVariableCredentialsProvider(env.build()).resolveCredentials())
                .hasMessage("environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is set but "
                        + "ALIBABA_CLOUD_ACCESS_KEY_SECRET is not");
    }

    @Test
    void systemProperties_keyPair_isNamedSystem() {
        env.property("alibabacloud.accessKeyId", "LTAIsys").property("alibabacloud.accessKeySecret", "sys-secret");

        Credentials c = new SystemPropertiesCredentialsProvider(env.build()).resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("LTAIsys");
        assertThat(c.accessKeySecret()).isEqualTo("sys-secret");
        assertThat(c.providerName()).isEqualTo("system");
    }

    @Test
    void systemProperties_olderSecretSpellingAndSessionToken_areRead() {
        env.property("alibabacloud.accessKeyId", "STS.sys").property("alibabacloud.accessKeyIdSecret", "old-secret")
                .property("alibabacloud.sessionToken", "sys-token");

        Credentials c = new SystemPropertiesCredentialsProvider(env.build()).resolveCredentials();

        assertThat(c.accessKeySecret()).isEqualTo("old-secret");
        assertThat(c.securityToken()).contains("sys-token");
    }

    @Test
    void systemProperties_missing_decline() {
        assertThatThrownBy(() -> new SystemPropertiesCredentialsProvider(env.build()).resolveCredentials())
                .hasMessage("system property alibabacloud.accessKeyId is not set");
        env.property("alibabacloud.accessKeyId", "LTAIsys");
        assertThatThrownBy(() -> new SystemPropertiesCredentialsProvider(env.build()).resolveCredentials())
                .hasMessage("system property alibabacloud.accessKeyId is set but alibabacloud.accessKeySecret "
                        + "(or alibabacloud.accessKeyIdSecret) is not");
    }
}
