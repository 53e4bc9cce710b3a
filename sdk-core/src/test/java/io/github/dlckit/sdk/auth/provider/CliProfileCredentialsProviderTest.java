package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.WireMockAuthTest;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WireMockTest
class CliProfileCredentialsProviderTest extends WireMockAuthTest {

    static final String PROFILES = "{\"current\": \"dev\", \"profiles\": ["
            + "{\"name\": \"dev\", \"mode\": \"AK\", \"access_key_id\": \"LTAIdev\", \"access_key_secret\": \"dev-secret\","
            + " \"region_id\": \"cn-wulanchabu\", \"enable_vpc\": false, \"expired_seconds\": 0},"
            + "{\"name\": \"tmp\", \"mode\": \"StsToken\", \"access_key_id\": \"STS.tmp\", \"access_key_secret\": \"tmp-secret\","
            + " \"sts_token\": \"tmp-token\"},"
            + "{\"name\": \"role\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"LTAIrole\","
            + " \"access_key_secret\": \"role-source-secret\", \"ram_role_arn\": \"acs:ram::1:role/r\","
            + " \"ram_session_name\": \"cli-session\", \"expired_seconds\": 1200, \"policy\": \"{}\", \"external_id\": \"ext\"},"
            + "{\"name\": \"ecs\", \"mode\": \"EcsRamRole\", \"ram_role_name\": \"EcsRole\"},"
            + "{\"name\": \"oidc\", \"mode\": \"OIDC\", \"oidc_provider_arn\": \"acs:ram::1:oidc-provider/p\","
            + " \"oidc_token_file\": \"TOKEN_FILE\", \"ram_role_arn\": \"acs:ram::1:role/o\", \"ram_session_name\": \"o\"},"
            + "{\"name\": \"chained\", \"mode\": \"ChainableRamRoleArn\", \"source_profile\": \"dev\","
            + " \"ram_role_arn\": \"acs:ram::1:role/c\"},"
            + "{\"name\": \"loop-a\", \"mode\": \"ChainableRamRoleArn\", \"source_profile\": \"loop-b\", \"ram_role_arn\": \"x\"},"
            + "{\"name\": \"loop-b\", \"mode\": \"ChainableRamRoleArn\", \"source_profile\": \"loop-a\", \"ram_role_arn\": \"x\"},"
            + "{\"name\": \"sso\", \"mode\": \"CloudSSO\"},"
            + "{\"name\": \"nomode\", \"access_key_id\": \"LTAInomode\"},"
            + "{\"name\": \"short\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"a\", \"access_key_secret\": \"b\","
            + " \"ram_role_arn\": \"acs:ram::1:role/r\", \"expired_seconds\": 60},"
            + "{\"name\": \"half\", \"mode\": \"StsToken\", \"access_key_id\": \"STS.half\", \"access_key_secret\": \"half-secret\"}"
            + "]}";

    private Path configFile;

    @BeforeEach
    void setUp() throws IOException {
        Path tokenFile = home.resolve("oidc-token");
        Files.write(tokenFile, "oidc-jwt".getBytes(StandardCharsets.UTF_8));
        configFile = home.resolve(".aliyun").resolve("config.json");
        Files.createDirectories(configFile.getParent());
        Files.write(configFile, PROFILES.replace("TOKEN_FILE", tokenFile.toString().replace("\\", "\\\\"))
                .getBytes(StandardCharsets.UTF_8));
        stubFor(post(urlPathEqualTo("/")).willReturn(okJson(AuthFixtures.stsBody("STS.assumed", "assumed-secret",
                "assumed-token", T0.plus(Duration.ofHours(1))))));
    }

    private Credentials resolve(String profile) {
        return CliProfileCredentialsProvider.create(context(), profile).resolveCredentials();
    }

    @Test
    void currentProfile_AK() {
        Credentials c = CliProfileCredentialsProvider.create(context()).resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("LTAIdev");
        assertThat(c.accessKeySecret()).isEqualTo("dev-secret");
        assertThat(c.providerName()).isEqualTo("cli_profile/static_ak");
    }

    @Test
    void profileVariable_choosesTheProfile() {
        env.env("ALIBABA_CLOUD_PROFILE", "tmp");

        Credentials c = CliProfileCredentialsProvider.create(context()).resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.tmp");
        assertThat(c.securityToken()).contains("tmp-token");
        assertThat(c.providerName()).isEqualTo("cli_profile/static_sts");
    }

    @Test
    void ramRoleArn_assumesTheRoleSignedWithTheProfilesKey() {
        Credentials c = resolve("role");

        assertThat(c.accessKeyId()).isEqualTo("STS.assumed");
        assertThat(c.providerName()).isEqualTo("cli_profile/ram_role_arn/static_ak");
        LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/"))).get(0);
        assertThat(request.getHeader("x-acs-action")).isEqualTo("AssumeRole");
        assertThat(request.getHeader("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAIrole,");
        assertThat(StsRequests.resign(request, "role-source-secret", null)).isEqualTo(request.getHeader("Authorization"));
        assertThat(StsRequests.query(request)).containsEntry("RoleArn", "acs:ram::1:role/r")
                .containsEntry("RoleSessionName", "cli-session").containsEntry("DurationSeconds", "1200")
                .containsEntry("Policy", "{}").containsEntry("ExternalId", "ext");
    }

    @Test
    void chainableRamRoleArn_signsWithTheSourceProfile() {
        Credentials c = resolve("chained");

        assertThat(c.providerName()).isEqualTo("cli_profile/ram_role_arn/static_ak");
        LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/"))).get(0);
        assertThat(request.getHeader("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAIdev,");
        assertThat(StsRequests.resign(request, "dev-secret", null)).isEqualTo(request.getHeader("Authorization"));
        assertThat(StsRequests.query(request)).containsEntry("RoleArn", "acs:ram::1:role/c");
    }

    @Test
    void chainableRamRoleArn_loop_declines() {
        assertThatThrownBy(() -> resolve("loop-a"))
                .hasMessage("CLI profiles in " + configFile + " form a loop: loop-a -> loop-b -> loop-a");
    }

    @Test
    void ecsRamRole_usesTheNamedRole() {
        stubFor(put(urlEqualTo("/latest/api/token")).willReturn(ok("t")));
        stubFor(get(urlEqualTo("/latest/meta-data/ram/security-credentials/EcsRole")).willReturn(okJson(
                AuthFixtures.codeSuccessBody("STS.ecs", "s", "t", T0.plus(Duration.ofHours(1))))));

        Credentials c = resolve("ecs");

        assertThat(c.accessKeyId()).isEqualTo("STS.ecs");
        assertThat(c.providerName()).isEqualTo("cli_profile/ecs_ram_role");
    }

    @Test
    void oidc_assumesTheRoleWithTheTokenFile() {
        stubFor(post(urlPathEqualTo("/")).withQueryParam("Action", equalTo("AssumeRoleWithOIDC")).willReturn(okJson(
                AuthFixtures.stsBody("STS.oidc", "s", "t", T0.plus(Duration.ofHours(1))))));

        Credentials c = resolve("oidc");

        assertThat(c.providerName()).isEqualTo("cli_profile/oidc_role_arn");
        assertThat(StsRequests.pairs(findAll(postRequestedFor(urlPathEqualTo("/"))).get(0).getBodyAsString()))
                .containsEntry("OIDCToken", "oidc-jwt").containsEntry("RoleArn", "acs:ram::1:role/o")
                .containsEntry("OIDCProviderArn", "acs:ram::1:oidc-provider/p");
    }

    @Test
    void unknownOrMissingMode_declinesNamingProfileAndMode() {
        assertThatThrownBy(() -> resolve("sso")).isInstanceOf(DlcClientException.class)
                .hasMessage("CLI profile 'sso' in " + configFile + " has mode 'CloudSSO', which is not supported "
                        + "(supported: AK, StsToken, RamRoleArn, EcsRamRole, OIDC, ChainableRamRoleArn)");
        assertThatThrownBy(() -> resolve("nomode"))
                .hasMessage("CLI profile 'nomode' in " + configFile + " has no mode");
    }

    @Test
    void missingFieldsAndBadValues_decline() {
        assertThatThrownBy(() -> resolve("half"))
                .hasMessage("CLI profile 'half' in " + configFile + " has no sts_token");
        assertThatThrownBy(() -> resolve("short"))
                .hasMessage("CLI profile 'short' in " + configFile + ": durationSeconds must be at least 900, not 60");
        assertThatThrownBy(() -> resolve("nobody"))
                .hasMessage("no profile 'nobody' in " + configFile);
    }

    @Test
    void missingOrMalformedFile_declines() throws IOException {
        Files.write(configFile, "{\"current\": \"dev\", \"profiles\": [ {\"access_key_secret\": \"s3cr3t\"".getBytes());
        assertThatThrownBy(() -> resolve(null)).hasMessage(configFile + " is not a JSON object")
                .message().doesNotContain("s3cr3t");

        Files.write(configFile, "{\"profiles\": []}".getBytes());
        assertThatThrownBy(() -> resolve(null))
                .hasMessage(configFile + " names no current profile and ALIBABA_CLOUD_PROFILE is not set");

        Files.delete(configFile);
        assertThatThrownBy(() -> resolve(null)).hasMessage(configFile + " does not exist");
    }

    @Test
    void disabled_declines() {
        env.env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");

        assertThatThrownBy(() -> resolve(null))
                .hasMessage("the CLI profile is disabled (ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true)");
    }

    @Test
    void fileIsReadOnce_andTheRoleCredentialsAreCached() throws IOException {
        CredentialsProvider provider = CliProfileCredentialsProvider.create(context(), "role");
        provider.resolveCredentials();
        Files.delete(configFile);

        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("STS.assumed");
        assertThat(findAll(postRequestedFor(urlPathEqualTo("/")))).hasSize(1);
        assertThat(provider.toString()).contains("role");
        assertThat(CliProfileCredentialsProvider.configFile(context()))
                .isEqualTo(home.resolve(".aliyun/config.json"));
    }
}
