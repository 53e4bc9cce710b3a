package io.github.dlckit.sdk.auth.provider;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dlckit.sdk.auth.AuthFixtures;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.WireMockAuthTest;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.dlckit.sdk.auth.AuthFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WireMockTest
class EcsRamRoleCredentialsProviderTest extends WireMockAuthTest {

    static final String TOKEN_PATH = "/latest/api/token";
    static final String ROLES_PATH = "/latest/meta-data/ram/security-credentials/";
    static final String ROLE_PATH = ROLES_PATH + "EcsRamRoleDlc";

    static void stubMetadata(String token) {
        stubFor(put(urlEqualTo(TOKEN_PATH)).withHeader("X-aliyun-ecs-metadata-token-ttl-seconds", equalTo("21600"))
                .willReturn(ok(token)));
        stubFor(get(urlEqualTo(ROLES_PATH)).willReturn(ok("EcsRamRoleDlc")));
        stubFor(get(urlEqualTo(ROLE_PATH)).willReturn(okJson(AuthFixtures.codeSuccessBody("STS.ecs", "ecs-secret",
                "ecs-token", T0.plus(Duration.ofHours(6))))));
    }

    private CredentialsProvider provider() {
        return EcsRamRoleCredentialsProvider.create(context());
    }

    @Test
    void imdsV2_tokenIsSentWithEveryGet() {
        stubMetadata("imds-token-1");

        Credentials c = provider().resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.ecs");
        assertThat(c.accessKeySecret()).isEqualTo("ecs-secret");
        assertThat(c.securityToken()).contains("ecs-token");
        assertThat(c.expiration()).contains(T0.plus(Duration.ofHours(6)));
        assertThat(c.providerName()).isEqualTo("ecs_ram_role");
        verify(exactly(1), putRequestedFor(urlEqualTo(TOKEN_PATH)));
        verify(exactly(1), getRequestedFor(urlEqualTo(ROLES_PATH))
                .withHeader("X-aliyun-ecs-metadata-token", equalTo("imds-token-1")));
        verify(exactly(1), getRequestedFor(urlEqualTo(ROLE_PATH))
                .withHeader("X-aliyun-ecs-metadata-token", equalTo("imds-token-1")));
    }

    @Test
    void tokenFailure_fallsBackToPlainGets() {
        stubMetadata("unused");
        stubFor(put(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(403)));

        assertThat(provider().resolveCredentials().accessKeyId()).isEqualTo("STS.ecs");

        verify(exactly(1), getRequestedFor(urlEqualTo(ROLE_PATH)).withHeader("X-aliyun-ecs-metadata-token", absent()));
    }

    @Test
    void tokenConnectionFailure_fallsBackToPlainGetsToo() {
        stubMetadata("unused");
        stubFor(put(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(provider().resolveCredentials().accessKeyId()).isEqualTo("STS.ecs");
    }

    @Test
    void tokenFailure_withImdsV1Disabled_fails() {
        stubMetadata("unused");
        stubFor(put(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(500)));
        env.env("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");

        assertThatThrownBy(provider()::resolveCredentials).isInstanceOf(DlcClientException.class)
                .hasMessage("could not get an ECS metadata token (HTTP 500) and IMDSv1 is disabled "
                        + "(ALIBABA_CLOUD_IMDSV1_DISABLED=true)");
        verify(exactly(0), getRequestedFor(anyUrl()));
    }

    @Test
    void roleNameFromTheEnvironment_skipsTheLookup() {
        stubMetadata("t");
        stubFor(get(urlEqualTo(ROLES_PATH + "FromEnv")).willReturn(okJson(AuthFixtures.codeSuccessBody("STS.env-role",
                "s", "t", T0.plus(Duration.ofHours(1))))));
        env.env("ALIBABA_CLOUD_ECS_METADATA", "FromEnv");

        assertThat(provider().resolveCredentials().accessKeyId()).isEqualTo("STS.env-role");
        verify(exactly(0), getRequestedFor(urlEqualTo(ROLES_PATH)));
    }

    @Test
    void noRoleAttached_declines() {
        stubMetadata("t");
        stubFor(get(urlEqualTo(ROLES_PATH)).willReturn(notFound()));

        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("ECS metadata RAM role name: HTTP 404, no RAM role is attached to this instance");
    }

    @Test
    void namedRoleNotAttached_declines() {
        stubMetadata("t");
        stubFor(get(urlEqualTo(ROLES_PATH + "Other")).willReturn(notFound()));

        assertThatThrownBy(EcsRamRoleCredentialsProvider.create(context(), "Other")::resolveCredentials)
                .hasMessage("ECS metadata credentials of RAM role 'Other': HTTP 404, the role is not attached to "
                        + "this instance");
    }

    @Test
    void codeOtherThanSuccess_orMalformedJson_orServerError_fails() {
        stubMetadata("t");
        stubFor(get(urlEqualTo(ROLE_PATH)).willReturn(okJson("{\"Code\":\"Failed\",\"AccessKeySecret\":\"x-secret\"}")));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("ECS metadata credentials of RAM role 'EcsRamRoleDlc': Code is 'Failed', expected 'Success'");

        stubFor(get(urlEqualTo(ROLE_PATH)).willReturn(ok("not json, AccessKeySecret=x-secret")));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("ECS metadata credentials of RAM role 'EcsRamRoleDlc': the response is not a JSON object");

        stubFor(get(urlEqualTo(ROLE_PATH)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("ECS metadata credentials of RAM role 'EcsRamRoleDlc': HTTP 502")
                .satisfies(e -> assertThat(((DlcClientException) e).isRetryable()).isTrue());
    }

    @Test
    void disabled_declinesWithoutAnyRequest() {
        stubMetadata("t");
        env.env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "TRUE");

        assertThatThrownBy(provider()::resolveCredentials)
                .hasMessage("the ECS metadata service is disabled (ALIBABA_CLOUD_ECS_METADATA_DISABLED=true)");
        verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void refresh_asksForANewTokenAndCredentials_butTheRoleNameOnce() {
        stubMetadata("t");
        CredentialsProvider provider = provider();

        provider.resolveCredentials();
        clock.advance(Duration.ofHours(5).plusMinutes(44));
        provider.resolveCredentials();
        verify(exactly(1), getRequestedFor(urlEqualTo(ROLE_PATH)));

        clock.advance(Duration.ofMinutes(1));
        provider.resolveCredentials();
        verify(exactly(2), putRequestedFor(urlEqualTo(TOKEN_PATH)));
        verify(exactly(2), getRequestedFor(urlEqualTo(ROLE_PATH)));
        verify(exactly(1), getRequestedFor(urlEqualTo(ROLES_PATH)));
    }

    @Test
    void unreachableMetadataService_failsRetryably() {
        CredentialsProvider provider = EcsRamRoleCredentialsProvider.create(new FakeEnvironment(home)
                .context(clock, "http://127.0.0.1:1"), "Role");

        assertThatThrownBy(provider::resolveCredentials)
                .hasMessageStartingWith("ECS metadata credentials of RAM role 'Role': cannot reach 127.0.0.1:1")
                .satisfies(e -> assertThat(((DlcClientException) e).isRetryable()).isTrue());
    }
}
