package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.clock.ClockMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceFieldExtensionTest {

    private static final List<DlcMockServer> SERVERS = new ArrayList<>();

    @RegisterExtension
    DlcMockExtension mock = DlcMockExtension.builder().clockMode(ClockMode.VIRTUAL).accessKey("k1", "s1").build();

    @Test
    void aServerPerTest_one(DlcMockServer server) {
        record(server);
    }

    @Test
    void aServerPerTest_two(DlcMockServer server) {
        record(server);
    }

    private void record(DlcMockServer server) {
        assertThat(server).isSameAs(mock.server());
        assertThat(server.accessKeyId()).isEqualTo("k1");
        SERVERS.forEach(earlier -> assertThat(earlier).isNotSameAs(server));
        SERVERS.add(server);
    }

    @AfterAll
    static void everyServerWasStopped() {
        assertThat(SERVERS).hasSize(2);
        for (DlcMockServer server : SERVERS) {
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/mock/v1/clock")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
        }
    }
}
