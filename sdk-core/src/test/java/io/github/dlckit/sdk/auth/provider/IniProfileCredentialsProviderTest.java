package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.WireMockAuthTest;
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
class IniProfileCredentialsProviderTest extends WireMockAuthTest {

    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createDirectories(home.resolve(".alibabacloud"));
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private Credentials resolve() {
        return IniProfileCredentialsProvider.create(context()).resolveCredentials();
    }

    private Credentials resolve(String section) {
        return IniProfileCredentialsProvider.create(context(), section).resolveCredentials();
    }

    @Test
    void defaultSection_accessKey() throws IOException {
        write("credentials.ini", "; comment", "[default]", "enable = true", "type = access_key",
                "access_key_id = LTAIini", "access_key_secret = ini=secret;#");

        Credentials c = resolve();

        assertThat(c.accessKeyId()).isEqualTo("LTAIini");
        assertThat(c.accessKeySecret()).isEqualTo("ini=secret;#");
        assertThat(c.providerName()).isEqualTo("profile/static_ak");
    }

    @Test
    void profileVariable_choosesTheSection() throws IOException {
        write("credentials.ini", "[default]", "enable = true", "type = access_key", "access_key_id = A",
                "access_key_secret = a", "", "[client1]", "enable = true", "type = access_key",
                "access_key_id = B", "access_key_secret = b");
        env.env("ALIBABA_CLOUD_PROFILE", "client1");

        assertThat(resolve().accessKeyId()).isEqualTo("B");
    }

    @Test
    void credentialsIni_winsOverTheExtensionlessFile() throws IOException {
        write("credentials", "[default]", "enable = true", "type = access_key", "access_key_id = GO",
                "access_key_secret = go");
        assertThat(resolve().accessKeyId()).as("the Go library's file alone is read").isEqualTo("GO");

        write("credentials.ini", "[default]", "enable = true", "type = access_key", "access_key_id = JAVA",
                "access_key_secret = java");
        assertThat(resolve().accessKeyId()).isEqualTo("JAVA");
        assertThat(IniProfileCredentialsProvider.credentialsFile(env.build())).isEqualTo(dir.resolve("credentials.ini"));
    }

    @Test
    void fileVariable_namesTheFile() throws IOException {
        Path custom = Files.write(home.resolve("custom.ini"),
                "[default]\nenable=true\ntype=access_key\naccess_key_id=CUSTOM\naccess_key_secret=c\n".getBytes());
        write("credentials.ini", "[default]", "enable = true", "type = access_key", "access_key_id = JAVA",
                "access_key_secret = java");
        env.env("ALIBABA_CLOUD_CREDENTIALS_FILE", custom.toString());

        assertThat(resolve().accessKeyId()).isEqualTo("CUSTOM");

        env.env("ALIBABA_CLOUD_CREDENTIALS_FILE", home.resolve("missing.ini").toString());
        assertThatThrownBy(this::resolve).hasMessage(home.resolve("missing.ini") + " does not exist");
    }

    @Test
    void noFile_declines() {
        assertThatThrownBy(this::resolve).isInstanceOf(DlcClientException.class)
                .hasMessage(dir.resolve("credentials.ini") + " does not exist");
    }

    @Test
    void sectionMustExistAndBeEnabled() throws IOException {
        Path file = write("credentials.ini", "[default]", "enable = false", "type = access_key",
                "access_key_id = A", "access_key_secret = a", "[other]", "type = access_key");

        assertThatThrownBy(this::resolve)
                .hasMessage("section [default] of " + file + " is not enabled (it needs enable = true)");
        assertThatThrownBy(() -> resolve("other"))
                .hasMessage("section [other] of " + file + " is not enabled (it needs enable = true)");
        assertThatThrownBy(() -> resolve("nope")).hasMessage("no section [nope] in " + file);
    }

    @Test
    void rsaKeyPairUnknownAndMissingTypes_decline() throws IOException {
        Path file = write("credentials.ini", "[default]", "enable = true", "type = rsa_key_pair",
                "public_key_id = p", "private_key_file = /k.pem", "[odd]", "enable = true", "type = bearer",
                "[none]", "enable = true", "[half]", "enable = true", "type = access_key", "access_key_id = A");

        assertThatThrownBy(this::resolve).hasMessage("section [default] of " + file + " has type rsa_key_pair, which "
                + "is not supported (key-pair sessions are retired by the vendor; use access_key or ram_role_arn)");
        assertThatThrownBy(() -> resolve("odd")).hasMessage("section [odd] of " + file + " has type 'bearer', which "
                + "is not supported (supported: access_key, ecs_ram_role, ram_role_arn, oidc_role_arn)");
        assertThatThrownBy(() -> resolve("none")).hasMessage("section [none] of " + file + " has no type");
        assertThatThrownBy(() -> resolve("half")).hasMessage("section [half] of " + file + " has no access_key_secret");
    }

    @Test
    void malformedLine_declinesWithItsNumberButNotItsText() throws IOException {
        Path file = write("credentials.ini", "[default]", "enable = true", "secret-without-equals-sign");

        assertThatThrownBy(this::resolve).hasMessage(file + " line 3: expected [section] or key = value")
                .message().doesNotContain("secret-without");
        write("credentials.ini", "orphan = value");
        assertThatThrownBy(this::resolve).hasMessage(file + " line 1: key = value before any [section]");
        write("credentials.ini", "[default");
        assertThatThrownBy(this::resolve).hasMessage(file + " line 1: a section header must end with ]");
    }

    @Test
    void ramRoleArn_assumesTheRoleSignedWithTheSectionsKey() throws IOException {
        stubFor(post(urlPathEqualTo("/")).willReturn(okJson(AuthFixtures.stsBody("STS.ini-role", "s", "t",
                T0.plus(Duration.ofHours(1))))));
        write("credentials.ini", "[default]", "enable = true", "type = ram_role_arn", "access_key_id = LTAIsrc",
                "access_key_secret = src-secret", "role_arn = acs:ram::1:role/ini", "role_session_name = ini-s",
                "policy = {\"Version\":\"1\"}", "region_id = cn-hangzhou");

        Credentials c = resolve();

        assertThat(c.accessKeyId()).isEqualTo("STS.ini-role");
        assertThat(c.providerName()).isEqualTo("profile/ram_role_arn/static_ak");
        LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/"))).get(0);
        assertThat(StsRequests.resign(request, "src-secret", null)).isEqualTo(request.getHeader("Authorization"));
        assertThat(StsRequests.query(request)).containsEntry("RoleArn", "acs:ram::1:role/ini")
                .containsEntry("RoleSessionName", "ini-s").containsEntry("Policy", "{\"Version\":\"1\"}");
    }

    @Test
    void ecsRamRole_andOidcRoleArn() throws IOException {
        stubFor(put(urlEqualTo("/latest/api/token")).willReturn(ok("t")));
        stubFor(get(urlEqualTo("/latest/meta-data/ram/security-credentials/IniRole")).willReturn(okJson(
                AuthFixtures.codeSuccessBody("STS.ecs", "s", "t", T0.plus(Duration.ofHours(1))))));
        stubFor(post(urlPathEqualTo("/")).withQueryParam("Action", equalTo("AssumeRoleWithOIDC")).willReturn(okJson(
                AuthFixtures.stsBody("STS.oidc", "s", "t", T0.plus(Duration.ofHours(1))))));
        Path token = Files.write(home.resolve("jwt"), "ini-jwt".getBytes());
        write("credentials.ini", "[default]", "enable = true", "type = ecs_ram_role", "role_name = IniRole",
                "[oidc]", "enable = true", "type = oidc_role_arn", "role_arn = acs:ram::1:role/o",
                "oidc_provider_arn = acs:ram::1:oidc-provider/p", "oidc_token_file_path = " + token);

        assertThat(resolve().providerName()).isEqualTo("profile/ecs_ram_role");
        Credentials oidc = resolve("oidc");
        assertThat(oidc.providerName()).isEqualTo("profile/oidc_role_arn");
        assertThat(StsRequests.pairs(findAll(postRequestedFor(urlPathEqualTo("/"))).get(0).getBodyAsString()))
                .containsEntry("OIDCToken", "ini-jwt");
    }
}
