package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticFieldExtensionTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @RegisterExtension
    static DlcMockExtension mock = DlcMockExtension.builder().seed(5).resetBetweenTests(false)
            .configure(b -> b.startTime(START).region("cn-hangzhou")).build();

    private static DlcMockServer first;

    @Test
    @Order(1)
    void oneServerForTheClass_withTheBuildersOptions(DlcMockServer server) {
        first = server;
        assertThat(server).isSameAs(mock.server());
        assertThat(mock.baseUrl()).isEqualTo(server.baseUrl());
        assertThat(server.region()).isEqualTo("cn-hangzhou");
        assertThat(mock.control().now()).isEqualTo(START);
        Jobs.create(SignedCall.to(server));
    }

    @Test
    @Order(2)
    void withoutReset_stateCarriesOver(DlcMockServer server) {
        assertThat(server).isSameAs(first);
        assertThat(SignedCall.to(server).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt())
                .isEqualTo(1);
    }

    @AfterAll
    static void stillRunningInAfterAll() {
        assertThat(mock.server()).isSameAs(first);
    }
}
