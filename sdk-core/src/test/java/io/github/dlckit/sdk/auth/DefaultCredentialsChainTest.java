package io.github.dlckit.sdk.auth;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WireMockTest
class DefaultCredentialsChainTest extends WireMockAuthTest {

    private Path cliConfig;
    private Path iniFile;

    @BeforeEach
    void setUp() throws IOException {
        cliConfig = home.resolve(".aliyun/config.json");
        iniFile = home.resolve(".alibabacloud/credentials.ini");
        Files.createDirectories(cliConfig.getParent());
        Files.createDirectories(iniFile.getParent());
    }

    private DefaultCredentialsChain chain(FakeEnvironment env) {
        return DefaultCredentialsChain.builder().context(env.context(clock, baseUrl)).build();
    }

    /** An environment in which the named sources are configured (and the others are not). */
    private FakeEnvironment configured(String... sources) throws IOException {
        Set<String> on = new LinkedHashSet<>(Arrays.asList(sources));
        FakeEnvironment env = new FakeEnvironment(home);  // a fresh one: each call describes a whole process
        if (on.contains("system")) {
            env.property("alibabacloud.accessKeyId", "LTAIsystem").property("alibabacloud.accessKeySecret", "sys-s");
        }
        if (on.contains("env")) {
            env.env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv").env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-s");
        }
        if (on.contains("oidc_role_arn")) {
            Path token = Files.write(home.resolve("jwt"), "jwt".getBytes(StandardCharsets.UTF_8));
            env.env("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/o").env("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "p")
                    .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString());
            stubFor(post(urlPathEqualTo("/")).willReturn(okJson(AuthFixtures.stsBody("STS.oidc", "s", "t",
                    T0.plus(Duration.ofHours(1))))));
        }
        Files.deleteIfExists(cliConfig);
        if (on.contains("cli_profile")) {
            Files.write(cliConfig, ("{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"AK\","
                    + "\"access_key_id\":\"LTAIcli\",\"access_key_secret\":\"cli-s\"}]}").getBytes());
        }
        Files.deleteIfExists(iniFile);
        if (on.contains("profile")) {
            Files.write(iniFile, "[default]\nenable = true\ntype = access_key\naccess_key_id = LTAIini\naccess_key_secret = ini-s\n"
                    .getBytes());
        }
        if (on.contains("ecs_ram_role")) {
            stubFor(put(urlEqualTo("/latest/api/token")).willReturn(ok("t")));
            stubFor(get(urlEqualTo("/latest/meta-data/ram/security-credentials/")).willReturn(ok("Role")));
            stubFor(get(urlEqualTo("/latest/meta-data/ram/security-credentials/Role")).willReturn(okJson(
                    AuthFixtures.codeSuccessBody("STS.ecs", "s", "t", T0.plus(Duration.ofHours(1))))));
        } else {
            env.env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        }
        if (on.contains("credentials_uri")) {
            stubFor(get(urlEqualTo("/uri")).willReturn(okJson(AuthFixtures.codeSuccessBody("STS.uri", "s", "t",
                    T0.plus(Duration.ofHours(1))))));
            env.env("ALIBABA_CLOUD_CREDENTIALS_URI", baseUrl + "/uri");
        }
        return env;
    }

    @Test
    void order_theEarlierSourceWins_andTheNameGetsTheDefaultPrefix() throws IOException {
        List<String> sources = new ArrayList<>(Arrays.asList("system", "env", "oidc_role_arn", "cli_profile",
                "profile", "ecs_ram_role", "credentials_uri"));
        List<String> expected = Arrays.asList("default/system", "default/env", "default/oidc_role_arn",
                "default/cli_profile/static_ak", "default/profile/static_ak", "default/ecs_ram_role",
                "default/credentials_uri");
        for (String name : expected) {
            Credentials c = chain(configured(sources.toArray(new String[0]))).resolveCredentials();
            assertThat(c.providerName()).as("with %s configured", sources).isEqualTo(name);
            sources.remove(0);
        }
    }

    @Test
    void allDecline_oneExceptionListsEveryProviderAndWhy() {
        stubFor(any(anyUrl()).willReturn(notFound()));  // not an ECS instance: no token, no role
        DefaultCredentialsChain chain = chain(new FakeEnvironment(home));

        assertThatThrownBy(chain::resolveCredentials).isInstanceOf(DlcClientException.class)
                .hasMessage("No credentials found by the default credentials chain; each provider declined: "
                        + "system: system property alibabacloud.accessKeyId is not set; "
                        + "env: environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set; "
                        + "oidc_role_arn: not configured (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, "
                        + "ALIBABA_CLOUD_OIDC_TOKEN_FILE not set); "
                        + "cli_profile: " + cliConfig + " does not exist; "
                        + "profile: " + iniFile + " does not exist; "
                        + "ecs_ram_role: ECS metadata RAM role name: HTTP 404, no RAM role is attached to this instance; "
                        + "credentials_uri: not configured (ALIBABA_CLOUD_CREDENTIALS_URI not set)")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(7));
    }

    @Test
    void failureMessage_carriesNoSecrets() throws IOException {
        Files.write(cliConfig, "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"AK\",\"access_key_secret\":\"cli-secret-value\"}"
                .getBytes());
        Files.write(iniFile, "[default]\nenable = true\ntype = access_key\naccess_key_secret = ini-secret-value\n".getBytes());
        FakeEnvironment env = new FakeEnvironment(home).env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
                .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret-value")
                .property("alibabacloud.accessKeySecret", "sys-secret-value")
                .env("ALIBABA_CLOUD_CREDENTIALS_URI", "ftp://user:uri-secret-value@host/");

        assertThatThrownBy(chain(env)::resolveCredentials)
                .hasMessageContaining("profile: section [default] of " + iniFile + " has no access_key_id")
                .hasMessageContaining("ecs_ram_role: the ECS metadata service is disabled")
                .message().doesNotContain("cli-secret-value", "ini-secret-value", "env-secret-value",
                        "sys-secret-value", "uri-secret-value");
    }

    @Test
    void theProviderThatWorked_isReused() throws IOException {
        FakeEnvironment env = configured("profile");
        DefaultCredentialsChain chain = chain(env);
        DefaultCredentialsChain noReuse = DefaultCredentialsChain.builder().context(env.context(clock, baseUrl))
                .reuseLastProvider(false).build();
        assertThat(chain.resolveCredentials().providerName()).isEqualTo("default/profile/static_ak");
        assertThat(noReuse.resolveCredentials().providerName()).isEqualTo("default/profile/static_ak");

        configured("cli_profile", "profile");  // an earlier source appears

        assertThat(chain.resolveCredentials().providerName()).isEqualTo("default/profile/static_ak");
        assertThat(noReuse.resolveCredentials().providerName()).isEqualTo("default/cli_profile/static_ak");
        assertThat(chain(env).resolveCredentials().providerName()).isEqualTo("default/cli_profile/static_ak");
    }

    @Test
    void explicitProviderFirst_winsAndKeepsItsName() throws IOException {
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .context(configured("env").context(clock, baseUrl))
                .first(CredentialsProvider.of(Credentials.of("LTAIexplicit", "x"))).build();

        Credentials c = chain.resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("LTAIexplicit");
        assertThat(c.providerName()).isEqualTo("static_ak");
    }

    @Test
    void explicitProviderFirst_whenItDeclines_isListedAndTheChainGoesOn() throws IOException {
        CredentialsProvider declining = () -> {
            throw new DlcClientException("vault is sealed", null, false);
        };
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .context(configured("env").context(clock, baseUrl)).first(declining).build();
        assertThat(chain.resolveCredentials().providerName()).isEqualTo("default/env");

        DefaultCredentialsChain none = DefaultCredentialsChain.builder()
                .context(configured().context(clock, baseUrl)).first(declining).build();
        assertThatThrownBy(none::resolveCredentials)
                .hasMessageStartingWith("No credentials found by the default credentials chain; each provider "
                        + "declined: explicit: vault is sealed; system: ");
    }

    @Test
    void create_readsNothingYet_andListsTheProvidersInOrder() {
        CredentialsProvider chain = DefaultCredentialsChain.create();

        assertThat(chain.toString()).isEqualTo("DefaultCredentialsChain[system, env, oidc_role_arn, cli_profile, "
                + "profile, ecs_ram_role, credentials_uri]");
    }
}
