package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.WireMockAuthTest;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WireMockTest
class RamRoleArnCredentialsProviderTest extends WireMockAuthTest {

    static final String ROLE = "acs:ram::123456789012:role/dlc-runner";
    static final String SOURCE_SECRET = "source-secret/+=";

    static void stubAssumeRole(String id) {
        stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("AssumeRole"))
                .willReturn(okJson(AuthFixtures.stsBody(id, "role-secret", "role-token", T0.plus(Duration.ofHours(1))))));
    }

    private RamRoleArnCredentialsProvider provider(AssumeRoleSettings role) {
        return RamRoleArnCredentialsProvider.create(context(),
                CredentialsProvider.of(Credentials.of("LTAIsource", SOURCE_SECRET)), role);
    }

    private RamRoleArnCredentialsProvider provider() {
        return provider(AssumeRoleSettings.builder(ROLE).roleSessionName("dlc-session").build());
    }

    @Test
    void assumeRole_returnsTheRolesTemporaryCredentials() {
        stubAssumeRole("STS.role");

        Credentials c = provider().resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.role");
        assertThat(c.accessKeySecret()).isEqualTo("role-secret");
        assertThat(c.securityToken()).contains("role-token");
        assertThat(c.expiration()).contains(T0.plus(Duration.ofHours(1)));
        assertThat(c.providerName()).isEqualTo("ram_role_arn/static_ak");
    }

    @Test
    void assumeRole_isAV3SignedRpcPostWithTheParametersInTheQuery() {
        stubAssumeRole("STS.role");

        provider(AssumeRoleSettings.builder(ROLE).roleSessionName("dlc-session").durationSeconds(1800)
                .policy("{\"Version\":\"1\"}").externalId("ext-1").build()).resolveCredentials();

        LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/"))).get(0);
        assertThat(request.getHeader("x-acs-action")).isEqualTo("AssumeRole");
        assertThat(request.getHeader("x-acs-version")).isEqualTo("2015-04-01");
        assertThat(request.getHeader("x-acs-credentials-provider")).isEqualTo("static_ak");
        assertThat(request.getHeader("Authorization"))
                .startsWith("ACS3-HMAC-SHA256 Credential=LTAIsource,SignedHeaders=host;x-acs-action;");
        assertThat(StsRequests.query(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "RoleArn", ROLE, "RoleSessionName", "dlc-session", "DurationSeconds", "1800",
                "Policy", "{\"Version\":\"1\"}", "ExternalId", "ext-1"));
        assertThat(request.getBodyAsString()).isEmpty();
        assertThat(StsRequests.resign(request, SOURCE_SECRET, null)).isEqualTo(request.getHeader("Authorization"));
        assertThat(StsRequests.resign(request, "wrong-secret", null)).isNotEqualTo(request.getHeader("Authorization"));
    }

    @Test
    void assumeRole_withStsSourceCredentials_signsTheSecurityToken() {
        stubAssumeRole("STS.role");
        RamRoleArnCredentialsProvider provider = RamRoleArnCredentialsProvider.create(context(),
                CredentialsProvider.of(Credentials.sts("STS.source", SOURCE_SECRET, "source-token")),
                AssumeRoleSettings.builder(ROLE).build());

        assertThat(provider.resolveCredentials().providerName()).isEqualTo("ram_role_arn/static_sts");

        LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/"))).get(0);
        assertThat(request.getHeader("x-acs-security-token")).isEqualTo("source-token");
        assertThat(request.getHeader("Authorization")).contains("x-acs-security-token");
        assertThat(StsRequests.resign(request, SOURCE_SECRET, "source-token"))
                .isEqualTo(request.getHeader("Authorization"));
    }

    @Test
    void sessionName_defaultsToTheEnvironmentThenAGeneratedOne() {
        stubAssumeRole("STS.role");
        provider(AssumeRoleSettings.builder(ROLE).build()).resolveCredentials();
        env.env("ALIBABA_CLOUD_ROLE_SESSION_NAME", "from-env");
        RamRoleArnCredentialsProvider.create(context(), CredentialsProvider.of(Credentials.of("LTAIsource", "s")),
                AssumeRoleSettings.builder(ROLE).build()).resolveCredentials();

        List<LoggedRequest> requests = findAll(postRequestedFor(urlPathEqualTo("/")));
        assertThat(StsRequests.query(requests.get(0))).containsEntry("RoleSessionName", "dlckit-" + T0.toEpochMilli())
                .containsEntry("DurationSeconds", "3600").doesNotContainKeys("Policy", "ExternalId");
        assertThat(StsRequests.query(requests.get(1))).containsEntry("RoleSessionName", "from-env");
    }

    @Test
    void stsErrorBody_becomesAClearExceptionWithTheServiceDetails() {
        stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(AuthFixtures.stsErrorBody("NoPermission", "You are not authorized to do this action."))));

        assertThatThrownBy(provider()::resolveCredentials)
                .isInstanceOf(DlcClientException.class)
                .hasMessage("STS AssumeRole at localhost failed: HTTP 403 NoPermission: You are not authorized to "
                        + "do this action. (RequestId: REQ-1)")
                .satisfies(e -> {
                    assertThat(((DlcClientException) e).isRetryable()).isFalse();
                    DlcServiceException cause = (DlcServiceException) e.getCause();
                    assertThat(cause.statusCode()).isEqualTo(403);
                    assertThat(cause.errorCode()).isEqualTo("NoPermission");
                    assertThat(cause.requestId()).isEqualTo("REQ-1");
                    assertThat(cause.hostId()).isEqualTo("sts.aliyuncs.com");
                    assertThat(e.getMessage()).doesNotContain(SOURCE_SECRET);
                });
    }

    @Test
    void serverErrorWithoutJson_isRetryable() {
        stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")));

        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("STS AssumeRole at localhost failed: HTTP 503 (the body is not JSON)")
                .satisfies(e -> assertThat(((DlcClientException) e).isRetryable()).isTrue());
    }

    @Test
    void malformedSuccessBodies_areRefusedWithoutQuotingThem() {
        stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Credentials\": {\"AccessKeyId\": \"STS.x\"")));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("STS AssumeRole at localhost: the response is not a JSON object");

        stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"RequestId\": \"r\"}")));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("STS AssumeRole at localhost: the response has no Credentials");

        stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Credentials\": {\"AccessKeyId\": \"STS.x\","
                + "\"AccessKeySecret\": \"leaked-secret\", \"Expiration\": \"2026-11-28T11:00:00Z\"}}")));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("STS AssumeRole at localhost: the response has no SecurityToken");

        stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Credentials\": {\"AccessKeyId\": \"STS.x\","
                + "\"AccessKeySecret\": \"leaked-secret\", \"SecurityToken\": \"t\", \"Expiration\": \"soon\"}}")));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("STS AssumeRole at localhost: Expiration 'soon' is not an ISO 8601 time");
    }

    @Test
    void credentials_areRefreshedFifteenMinutesBeforeExpiry() {
        stubAssumeRole("STS.role");
        RamRoleArnCredentialsProvider provider = provider();

        provider.resolveCredentials();
        clock.advance(Duration.ofMinutes(44));
        provider.resolveCredentials();
        verify(exactly(1), postRequestedFor(urlPathEqualTo("/")));

        clock.advance(Duration.ofMinutes(2));
        provider.resolveCredentials();
        provider.resolveCredentials();
        verify(exactly(2), postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void failedRefresh_keepsTheStillValidCredentials_thenFailsOnceTheyExpire() {
        stubAssumeRole("STS.role");
        RamRoleArnCredentialsProvider provider = provider();
        Credentials first = provider.resolveCredentials();
        stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(500)
                .withBody(AuthFixtures.stsErrorBody("InternalError", "oops"))));

        clock.advance(Duration.ofMinutes(50));
        assertThat(provider.resolveCredentials()).isEqualTo(first);
        verify(exactly(2), postRequestedFor(urlPathEqualTo("/")));

        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(provider::resolveCredentials).hasMessageContaining("HTTP 500 InternalError: oops");
    }

    @Test
    void concurrentCallers_triggerOneRefresh() throws Exception {
        stubAssumeRole("STS.role");
        RamRoleArnCredentialsProvider provider = provider();
        provider.resolveCredentials();
        clock.advance(Duration.ofMinutes(50));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Credentials>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(provider::resolveCredentials);
            }
            for (Future<Credentials> result : pool.invokeAll(calls)) {
                assertThat(result.get().accessKeyId()).isEqualTo("STS.role");
            }
        } finally {
            pool.shutdownNow();
        }
        verify(exactly(2), postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void stsHost_followsTheVendorsRule() {
        assertThat(StsClient.host(null, false)).isEqualTo("sts.aliyuncs.com");
        assertThat(StsClient.host(null, true)).isEqualTo("sts.aliyuncs.com");
        assertThat(StsClient.host("cn-hangzhou", false)).isEqualTo("sts.cn-hangzhou.aliyuncs.com");
        assertThat(StsClient.host("cn-hangzhou", true)).isEqualTo("sts-vpc.cn-hangzhou.aliyuncs.com");

        CredentialsContext real = CredentialsContext.builder().environment(new FakeEnvironment(home)
                .env("ALIBABA_CLOUD_STS_REGION", "cn-shanghai").env("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true")
                .build()).build();
        assertThat(new StsClient(real, AssumeRoleSettings.builder(ROLE).build()).endpoint().toString())
                .isEqualTo("https://sts-vpc.cn-shanghai.aliyuncs.com/");
        assertThat(new StsClient(real, AssumeRoleSettings.builder(ROLE).stsRegion("cn-beijing").enableVpc(false)
                .build()).endpoint().toString()).isEqualTo("https://sts.cn-beijing.aliyuncs.com/");
        assertThat(new StsClient(CredentialsContext.builder().environment(new FakeEnvironment(home).build()).build(),
                AssumeRoleSettings.builder(ROLE).build()).endpoint().toString()).isEqualTo("https://sts.aliyuncs.com/");
    }

    @Test
    void settings_refuseAShortDurationOrNoRole() {
        assertThatThrownBy(() -> AssumeRoleSettings.builder(ROLE).durationSeconds(899).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("durationSeconds must be at least 900, not 899");
        assertThatThrownBy(() -> AssumeRoleSettings.builder("").build()).hasMessage("roleArn must not be empty");
    }

    @Test
    void toString_showsNoSecrets() {
        RamRoleArnCredentialsProvider provider = provider(AssumeRoleSettings.builder(ROLE).policy("{\"p\":1}")
                .externalId("ext-secretish").build());

        assertThat(provider.toString()).contains(ROLE).doesNotContain(SOURCE_SECRET, "ext-secretish");
    }
}
