package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.WireMockAuthTest;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WireMockTest
class OidcRoleArnCredentialsProviderTest extends WireMockAuthTest {

    static final String ROLE = "acs:ram::123456789012:role/rrsa";
    static final String OIDC_PROVIDER = "acs:ram::123456789012:oidc-provider/ack-rrsa";

    private Path tokenFile;

    @BeforeEach
    void setUp() throws IOException {
        tokenFile = home.resolve("token");
        Files.write(tokenFile, "eyJ.first-token.sig\n".getBytes());
        env.env("ALIBABA_CLOUD_ROLE_ARN", ROLE)
                .env("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", OIDC_PROVIDER)
                .env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", tokenFile.toString());
        stubFor(post(urlPathEqualTo("/")).withQueryParam("Action", equalTo("AssumeRoleWithOIDC"))
                .willReturn(okJson(AuthFixtures.stsBody("STS.oidc", "oidc-secret", "oidc-token",
                        T0.plus(Duration.ofHours(1))))));
    }

    private CredentialsProvider fromEnvironment() {
        return OidcRoleArnCredentialsProvider.fromEnvironment(context());
    }

    @Test
    void fromEnvironment_assumesTheRoleWithAnUnsignedFormPost() {
        Credentials c = fromEnvironment().resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.oidc");
        assertThat(c.securityToken()).contains("oidc-token");
        assertThat(c.providerName()).isEqualTo("oidc_role_arn");
        LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/"))).get(0);
        assertThat(StsRequests.query(request)).containsEntry("Action", "AssumeRoleWithOIDC")
                .containsEntry("Version", "2015-04-01").containsEntry("Format", "JSON");
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.containsHeader("Authorization")).isFalse();
        assertThat(StsRequests.pairs(request.getBodyAsString()))
                .containsEntry("RoleArn", ROLE).containsEntry("OIDCProviderArn", OIDC_PROVIDER)
                .containsEntry("OIDCToken", "eyJ.first-token.sig")
                .containsEntry("RoleSessionName", "dlckit-" + T0.toEpochMilli())
                .containsEntry("DurationSeconds", "3600").doesNotContainKey("Policy");
    }

    @Test
    void fromEnvironment_usesTheSessionNameVariable() {
        env.env("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-7");

        fromEnvironment().resolveCredentials();

        assertThat(StsRequests.pairs(findAll(postRequestedFor(urlPathEqualTo("/"))).get(0).getBodyAsString()))
                .containsEntry("RoleSessionName", "pod-7");
    }

    @Test
    void fromEnvironment_declinesNamingTheMissingVariables() {
        CredentialsProvider provider = OidcRoleArnCredentialsProvider.fromEnvironment(new FakeEnvironment(home)
                .env("ALIBABA_CLOUD_ROLE_ARN", ROLE).context(clock, baseUrl));

        assertThatThrownBy(provider::resolveCredentials).isInstanceOf(DlcClientException.class)
                .hasMessage("not configured (ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set)");
    }

    @Test
    void fromEnvironment_withAnInvalidTokenPath_declines() {
        env.env("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "bad\u0000path");

        assertThatThrownBy(fromEnvironment()::resolveCredentials)
                .hasMessage("ALIBABA_CLOUD_OIDC_TOKEN_FILE is not a valid path");
    }

    @Test
    void tokenFile_isReadAgainAtEachRefresh() throws IOException {
        CredentialsProvider provider = fromEnvironment();
        provider.resolveCredentials();
        Files.write(tokenFile, "eyJ.rotated-token.sig".getBytes());

        clock.advance(Duration.ofMinutes(46));
        provider.resolveCredentials();

        List<LoggedRequest> requests = findAll(postRequestedFor(urlPathEqualTo("/")));
        assertThat(requests).hasSize(2);
        assertThat(StsRequests.pairs(requests.get(1).getBodyAsString()))
                .containsEntry("OIDCToken", "eyJ.rotated-token.sig");
    }

    @Test
    void missingOrEmptyTokenFile_declines() throws IOException {
        Files.delete(tokenFile);
        assertThatThrownBy(fromEnvironment()::resolveCredentials)
                .hasMessage("cannot read the OIDC token file " + tokenFile + " (NoSuchFileException)");

        Files.write(tokenFile, new byte[0]);
        assertThatThrownBy(fromEnvironment()::resolveCredentials)
                .hasMessage("the OIDC token file " + tokenFile + " is empty");
    }

    @Test
    void stsErrorBody_isReportedWithoutTheToken() {
        stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(400).withBody(
                AuthFixtures.stsErrorBody("AuthenticationFail.OIDCToken.Expired", "The OIDC token has expired."))));

        assertThatThrownBy(fromEnvironment()::resolveCredentials)
                .hasMessage("STS AssumeRoleWithOIDC at localhost failed: HTTP 400 AuthenticationFail.OIDCToken.Expired:"
                        + " The OIDC token has expired. (RequestId: REQ-1)")
                .message().doesNotContain("first-token");
    }

    @Test
    void explicitSettings_sendPolicyAndDuration() {
        OidcRoleArnCredentialsProvider provider = OidcRoleArnCredentialsProvider.create(context(),
                OIDC_PROVIDER, tokenFile, AssumeRoleSettings.builder(ROLE).roleSessionName("s").durationSeconds(900)
                        .policy("{\"Statement\":[]}").build());

        provider.resolveCredentials();

        assertThat(StsRequests.pairs(findAll(postRequestedFor(urlPathEqualTo("/"))).get(0).getBodyAsString()))
                .containsEntry("DurationSeconds", "900").containsEntry("Policy", "{\"Statement\":[]}")
                .containsEntry("RoleSessionName", "s");
        assertThat(provider.toString()).contains(ROLE, OIDC_PROVIDER).doesNotContain("first-token");
    }
}
