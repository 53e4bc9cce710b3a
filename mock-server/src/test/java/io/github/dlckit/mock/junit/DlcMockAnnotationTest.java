package io.github.dlckit.mock.junit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.control.MockControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

@DlcMock(seed = 3, startTime = "2026-01-01T00:00:00Z", accessKeys = {"alice:alicesecret:1111:alice", "bob:bobsecret"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DlcMockAnnotationTest {

    private static DlcMockServer seenBeforeAll;

    @BeforeAll
    static void lifecycleMethodsGetTheServerToo(DlcMockServer mock) {
        seenBeforeAll = mock;
    }

    @Test
    @Order(1)
    void injectsServerControlAndWireMock_withTheAnnotationsOptions(DlcMockServer mock, MockControl control,
                                                                   WireMockServer wireMock) {
        assertThat(mock).isSameAs(seenBeforeAll);
        assertThat(control).isSameAs(mock.control());
        assertThat(wireMock).isSameAs(mock.wireMock());
        assertThat(control.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(mock.accessKeyId()).isEqualTo("alice");
        assertThat(mock.accessKeys()).extracting(k -> k.accountId()).containsExactly("1111", "1234567890123456");

        Jobs.create(SignedCall.to(mock));
        control.advance(Duration.ofMinutes(10));
        wireMock.stubFor(get(urlPathMatching("/api/v1/jobs/.*")).willReturn(aResponse().withStatus(503)));
    }

    @Test
    @Order(2)
    void eachTestStartsEmpty_clockKept_stubsGone(DlcMockServer mock) {
        assertThat(mock).isSameAs(seenBeforeAll);
        assertThat(mock.control().now()).isEqualTo(Instant.parse("2026-01-01T00:10:00Z"));
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt())
                .isZero();
        assertThat(SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/dlcx").send().status()).isEqualTo(404);
        assertThat(mock.wireMock().getAllServeEvents()).hasSize(2);
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheOuterServer(DlcMockServer mock) {
            assertThat(mock).isSameAs(seenBeforeAll);
        }
    }
}
