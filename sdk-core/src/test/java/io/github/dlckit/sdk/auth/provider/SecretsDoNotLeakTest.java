package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.MutableClock;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.DefaultCredentialsChain;
import io.github.dlckit.sdk.auth.RefreshingCredentialsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Secrets and tokens never appear in toString(), in messages, or in the WARN line of a failed refresh. */
@WireMockTest
class SecretsDoNotLeakTest {

    static final String[] SECRETS = {"source-secret-1", "role-secret-2", "role-token-3", "sys-secret-4", "env-tok-5"};

    @Test
    void toStrings_showNoSecret(@TempDir Path home) {
        FakeEnvironment fake = new FakeEnvironment(home).property("alibabacloud.accessKeySecret", "sys-secret-4")
                .env("ALIBABA_CLOUD_SECURITY_TOKEN", "env-tok-5");
        CredentialsContext context = fake.context(new MutableClock(AuthFixtures.T0), "http://127.0.0.1:1");
        List<Object> objects = List.of(
                Credentials.from("STS.a", "role-secret-2", "role-token-3", T0, "x"),
                CredentialsProvider.of(Credentials.of("LTAI", "source-secret-1")).resolveCredentials(),
                RamRoleArnCredentialsProvider.create(context, CredentialsProvider.of(
                        Credentials.of("LTAI", "source-secret-1")), AssumeRoleSettings.builder("r").build()),
                new SystemPropertiesCredentialsProvider(context.environment()),
                new EnvironmentVariableCredentialsProvider(context.environment()),
                context, context.environment(),
                DefaultCredentialsChain.builder().context(context).build());

        for (Object o : objects) {
            assertThat(o.toString()).doesNotContain(SECRETS);
        }
    }

    @Test
    void failedRefreshWarning_namesTheProviderAndReasonOnly(WireMockRuntimeInfo wm, @TempDir Path home) {
        MutableClock clock = new MutableClock(AuthFixtures.T0);
        stubFor(post(urlPathEqualTo("/")).willReturn(okJson(AuthFixtures.stsBody("STS.role", "role-secret-2",
                "role-token-3", T0.plus(Duration.ofHours(1))))));
        RamRoleArnCredentialsProvider provider = RamRoleArnCredentialsProvider.create(
                new FakeEnvironment(home).context(clock, wm.getHttpBaseUrl()),
                CredentialsProvider.of(Credentials.of("LTAIsrc", "source-secret-1")),
                AssumeRoleSettings.builder("acs:ram::1:role/r").build());
        provider.resolveCredentials();
        stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofMinutes(50));

        String log = captureStderr(provider::resolveCredentials);

        assertThat(log).contains("WARN", RefreshingCredentialsProvider.class.getName(),
                "Could not refresh credentials from ram_role_arn/static_ak", "HTTP 503", "2026-11-28T11:00:00Z");
        assertThat(log).doesNotContain(SECRETS);
    }

    private static String captureStderr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
