package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.WireMockAuthTest;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WireMockTest
class UriCredentialsProviderTest extends WireMockAuthTest {

    @BeforeEach
    void setUp() {
        env.env("ALIBABA_CLOUD_CREDENTIALS_URI", baseUrl + "/credentials?token=uri-query-secret");
        stubFor(get(urlPathEqualTo("/credentials")).willReturn(okJson(AuthFixtures.codeSuccessBody("STS.uri",
                "uri-secret", "uri-token", T0.plus(Duration.ofHours(1))))));
    }

    private CredentialsProvider fromEnvironment() {
        return UriCredentialsProvider.fromEnvironment(context());
    }

    @Test
    void fromEnvironment_getsTheCredentials() {
        Credentials c = fromEnvironment().resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.uri");
        assertThat(c.securityToken()).contains("uri-token");
        assertThat(c.providerName()).isEqualTo("credentials_uri");
    }

    @Test
    void notConfigured_declines() {
        assertThatThrownBy(UriCredentialsProvider.fromEnvironment(new FakeEnvironment(home)
                .context(clock, "http://unused.invalid"))::resolveCredentials)
                .hasMessage("not configured (ALIBABA_CLOUD_CREDENTIALS_URI not set)");
        env.env("ALIBABA_CLOUD_CREDENTIALS_URI", "file:///etc/passwd");
        assertThatThrownBy(fromEnvironment()::resolveCredentials)
                .hasMessage("ALIBABA_CLOUD_CREDENTIALS_URI is not an http(s) URL");
    }

    @Test
    void failures_nameTheUriWithoutItsQuery() {
        stubFor(get(urlPathEqualTo("/credentials")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(fromEnvironment()::resolveCredentials)
                .hasMessageMatching("credentials URI http://localhost:\\d+/credentials: HTTP 500")
                .message().doesNotContain("uri-query-secret");

        stubFor(get(urlPathEqualTo("/credentials")).willReturn(okJson("{\"Code\":\"Expired\"}")));
        assertThatThrownBy(fromEnvironment()::resolveCredentials).hasMessageEndingWith(
                "Code is 'Expired', expected 'Success'");

        stubFor(get(urlPathEqualTo("/credentials")).willReturn(ok("{")));
        assertThatThrownBy(fromEnvironment()::resolveCredentials).hasMessageEndingWith(
                ": the response is not a JSON object");

        stubFor(get(urlPathEqualTo("/credentials")).willReturn(okJson("{\"Code\":\"Success\",\"AccessKeyId\":\"a\"}")));
        assertThatThrownBy(fromEnvironment()::resolveCredentials).hasMessageEndingWith(
                ": the response has no AccessKeySecret");
    }

    @Test
    void credentials_areCachedAndRefreshed() {
        CredentialsProvider provider = fromEnvironment();

        provider.resolveCredentials();
        clock.advance(Duration.ofMinutes(30));
        provider.resolveCredentials();
        verify(exactly(1), getRequestedFor(urlPathEqualTo("/credentials")));

        clock.advance(Duration.ofMinutes(16));
        provider.resolveCredentials();
        verify(exactly(2), getRequestedFor(urlPathEqualTo("/credentials")));
        assertThat(provider.toString()).doesNotContain("uri-query-secret");
    }
}
