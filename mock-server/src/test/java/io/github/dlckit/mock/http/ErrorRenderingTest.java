package io.github.dlckit.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.api.OperationHandlers;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer has the vendor's shape: errors with RequestId, HostId, Code, Message, Recommend and the header. */
class ErrorRenderingTest {

    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        // GetJob answers a refusal named by the job id, or fails unexpectedly for "boom"; ListJobs is the engine's.
        OperationHandlers handlers = new OperationHandlers()
                .register(DlcOperations.LIST_JOBS, OperationHandlers.standard().find(DlcOperations.LIST_JOBS).orElseThrow())
                .register(DlcOperations.GET_JOB, (engine, caller, request) -> refuseAs(request.jobId().orElseThrow()));
        mock = DlcMockServer.builder().operationHandlers(handlers).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private static GetJobResponse refuseAs(String jobId) {
        if (jobId.equals("boom")) {
            throw new IllegalStateException("a bug, with secret details");
        }
        String[] kindAndCode = jobId.split("~");
        throw new EngineException(ErrorKind.valueOf(kindAndCode[0]), kindAndCode[1], "refused as " + kindAndCode[1]);
    }

    @Test
    void errorBody_hasTheVendorsFields_andTheRequestIdHeader() {
        SignedCall.Reply reply = SignedCall.to(mock).key("nobody", "x").op("ListJobs", "GET", "/api/v1/jobs").send();
        assertThat(reply.status()).isEqualTo(404);
        JsonNode body = reply.json();
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("RequestId", "HostId", "Code", "Message", "Recommend");
        String requestId = body.path("RequestId").asText();
        assertThat(requestId).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(reply.header("x-acs-request-id")).isEqualTo(requestId);
        assertThat(body.path("HostId").asText()).isEqualTo("127.0.0.1:" + mock.port());
        assertThat(body.path("Code").asText()).isEqualTo("InvalidAccessKeyId.NotFound");
        assertThat(body.path("Message").asText()).isEqualTo("Specified access key is not found: nobody.");
        assertThat(body.path("Recommend").asText()).isEqualTo("https://api.aliyun.com/troubleshoot?q="
                + "InvalidAccessKeyId.NotFound&product=pai-dlc&requestId=" + requestId);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
    }

    @Test
    void success_addsRequestIdToTheHandlersResponse() {
        SignedCall.Reply reply = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).startsWith("{\"RequestId\":\"" + reply.header("x-acs-request-id") + "\",");
        assertThat(reply.json().path("TotalCount").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"INVALID~InvalidParameter,400", "CONFLICT~JobStatusNotSupported,400", "NOT_FOUND~JobNotFound,404",
            "FORBIDDEN~Forbidden.RAM,403", "INVALID~Throttling.User,429", "INVALID~Throttling,429",
            "INVALID~ServiceUnavailable,503"})
    void engineRefusals_mapToTheVendorsStatuses(String jobId, int status) {
        SignedCall.Reply reply = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(jobId.split("~")[1]);
        assertThat(reply.json().path("Message").asText()).isEqualTo("refused as " + jobId.split("~")[1]);
    }

    @Test
    void anUnexpectedFailure_isAJson500InternalError_withoutItsDetails() {
        SignedCall.Reply reply = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/boom").send();
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.code()).isEqualTo("InternalError");
        assertThat(reply.json().path("Message").asText()).contains("IllegalStateException").doesNotContain("secret");
    }

    @Test
    void anOperationWithoutHandler_is501NotImplemented() {
        SignedCall.Reply reply = SignedCall.to(mock).op("StopJob", "POST", "/api/v1/jobs/dlc1/stop").send();
        assertThat(reply.status()).isEqualTo(501);
        assertThat(reply.code()).isEqualTo("NotImplemented");
        assertThat(reply.json().path("Message").asText()).isEqualTo("The mock does not implement StopJob yet.");
    }

    @Test
    void overHttp_staleDatesAndWrongSignaturesAreRefused() {
        SignedCall.Reply stale = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs")
                .signedAt(Instant.now().minus(Duration.ofMinutes(20))).send();
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.code()).isEqualTo("InvalidTimeStamp.Expired");

        SignedCall.Reply wrong = SignedCall.to(mock).key(mock.accessKeyId(), "not-the-secret").roa()
                .op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "5").send();
        assertThat(wrong.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(wrong.json().path("Message").asText()).contains("server string to sign is:GET\napplication/json\n")
                .endsWith("/api/v1/jobs?PageSize=5").doesNotContain("not-the-secret", "testsecret");
    }
}
