package io.github.dlckit.sdk.spot;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.MutableClock;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.retry.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The adapter onto a real {@link DlcClient}, over HTTP: a lost CreateJob answer is reconciled through ListJobs. */
class DlcRegionJobsTest {

    static final String JOBS = "/api/v1/jobs";

    WireMockServer server;
    DlcClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        client = DlcClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .credentials(Credentials.of("LTAI5tTestKey0001", "test-secret")).retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    static String item(String jobId, String name, String envs) {
        return "{\"JobId\":\"" + jobId + "\",\"DisplayName\":\"" + name + "\"" + (envs == null ? "" : ",\"Envs\":" + envs)
                + "}";
    }

    void listJobs(String... items) {
        server.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson("{\"RequestId\":\"r\",\"TotalCount\":"
                + items.length + ",\"Jobs\":[" + String.join(",", items) + "]}")));
    }

    void job(String jobId, String status, String envs) {
        server.stubFor(get(urlPathEqualTo(JOBS + "/" + jobId)).willReturn(okJson("{\"RequestId\":\"r\",\"JobId\":\""
                + jobId + "\",\"Status\":\"" + status + "\",\"DisplayName\":\"train-resnet\",\"Envs\":" + envs + "}")));
    }

    @Test
    void findSubmitted_matchesTheExactNameAndEveryMarkerVariable() {
        listJobs(item("dlc-3", "train-resnet-v2", "{\"DLCKIT_RUN_ID\":\"run-1\",\"DLCKIT_ATTEMPT\":\"1\"}"),
                item("dlc-2", "train-resnet", "{\"DLCKIT_RUN_ID\":\"run-1\",\"DLCKIT_ATTEMPT\":\"2\"}"),
                item("dlc-1", "train-resnet", "{\"DLCKIT_RUN_ID\":\"run-1\",\"DLCKIT_ATTEMPT\":\"1\"}"));
        DlcRegionJobs jobs = new DlcRegionJobs(client);

        assertThat(jobs.findSubmitted("train-resnet", marker("1"))).contains("dlc-1");
        assertThat(jobs.findSubmitted("train-resnet", marker("3"))).isEmpty();
        server.verify(getRequestedFor(urlPathEqualTo(JOBS)).withQueryParam("DisplayName", equalTo("train-resnet")));
    }

    @Test
    void findSubmitted_readsTheJobWhenTheListLeavesEnvsOut() {
        listJobs(item("dlc-1", "train-resnet", null));
        job("dlc-1", "Running", "{\"DLCKIT_RUN_ID\":\"run-1\",\"DLCKIT_ATTEMPT\":\"1\"}");

        assertThat(new DlcRegionJobs(client).findSubmitted("train-resnet", marker("1"))).contains("dlc-1");
    }

    @Test
    void aLostCreateJobAnswer_isReconciledOverHttp_andTheJobAdopted() {
        server.stubFor(post(urlPathEqualTo(JOBS)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        listJobs(item("dlc-7", "train-resnet", "{\"DLCKIT_RUN_ID\":\"run-1\",\"DLCKIT_ATTEMPT\":\"1\"}"));
        job("dlc-7", "Succeeded", "{}");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

        SpotRunResult result = SpotJobRunner.builder().region("cn-hangzhou", client).runIds(() -> "run-1")
                .clock(clock).sleeper(clock::advance).policy(SpotPolicy.builder().pollInterval(Duration.ofMinutes(1))
                        .build()).build().run(SpotJobRunnerTest.job(0.01));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.lastJobId()).contains("dlc-7");
        server.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    static Map<String, String> marker(String attempt) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("DLCKIT_RUN_ID", "run-1");
        m.put("DLCKIT_ATTEMPT", attempt);
        return m;
    }
}
