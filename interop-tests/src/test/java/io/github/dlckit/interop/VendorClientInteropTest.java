package io.github.dlckit.interop;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The vendor's own generic client ({@code com.aliyun:tea-openapi}) talks to the mock with both signature schemes
 * and with STS credentials: create, get, list and stop a job, and read an error the way it reads the real one.
 */
class VendorClientInteropTest {

    private static final String CREATE_BODY = "{\"DisplayName\":\"interop\",\"JobType\":\"PyTorchJob\","
            + "\"JobSpecs\":[{\"Type\":\"Worker\",\"Image\":\"registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3\","
            + "\"PodCount\":1,\"EcsSpec\":\"ecs.g7.xlarge\"}],\"UserCommand\":\"echo \\\"训练\\\" && sleep 600\"}";

    private static DlcMockServer mock;

    @BeforeAll
    static void start() {
        mock = DlcMockServer.builder()
                .accessKey("testid", "testsecret")
                .accessKey(AccessKey.sts("STS.interop", "stsSecret/+=", "CAIS+token/with=chars", null,
                        AccessKey.DEFAULT_ACCOUNT_ID, "role-session"))
                .start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    /** "v3": the client's default (ACS3-HMAC-SHA256); "v2": ROA HMAC-SHA1; "sts": V3 with a security token. */
    @ParameterizedTest
    @ValueSource(strings = {"v3", "v2", "sts"})
    void createGetListStop(String flavour) throws Exception {
        Client client = client(flavour);

        Map<String, ?> created = client.callApi(params("CreateJob", "POST", "/api/v1/jobs"),
                new OpenApiRequest().setBody(DlcJson.mapper().readValue(CREATE_BODY, new TypeReference<Map<String, Object>>() {
                })), new RuntimeOptions());
        assertThat(created.get("statusCode")).isEqualTo(200);
        Map<?, ?> createdBody = (Map<?, ?>) created.get("body");
        String jobId = (String) createdBody.get("JobId");
        assertThat(jobId).startsWith("dlc");
        assertThat(createdBody.get("RequestId")).isNotNull();

        Map<?, ?> job = body(client.callApi(params("GetJob", "GET", "/api/v1/jobs/" + jobId),
                new OpenApiRequest().setQuery(Map.of("NeedDetail", "true")), new RuntimeOptions()));
        assertThat(job.get("JobId")).isEqualTo(jobId);
        assertThat(job.get("UserCommand")).isEqualTo("echo \"训练\" && sleep 600");

        Map<?, ?> list = body(client.callApi(params("ListJobs", "GET", "/api/v1/jobs"),
                new OpenApiRequest().setQuery(Map.of("PageSize", "100", "DisplayName", "interop")), new RuntimeOptions()));
        assertThat(((Number) list.get("TotalCount")).intValue()).isPositive();

        Map<?, ?> stopped = body(client.callApi(params("StopJob", "POST", "/api/v1/jobs/" + jobId + "/stop"),
                new OpenApiRequest(), new RuntimeOptions()));
        assertThat(stopped.get("JobId")).isEqualTo(jobId);
        mock.control().advance(Duration.ofMinutes(1));
        Map<?, ?> after = body(client.callApi(params("GetJob", "GET", "/api/v1/jobs/" + jobId), new OpenApiRequest(),
                new RuntimeOptions()));
        assertThat(after.get("Status")).isEqualTo("Stopped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v2"})
    void errorsArriveAsTeaExceptions_withCodeAndStatus(String flavour) throws Exception {
        Client client = client(flavour);
        TeaException notFound = catchThrowableOfType(TeaException.class, () -> client.callApi(
                params("GetJob", "GET", "/api/v1/jobs/dlc-does-not-exist"), new OpenApiRequest(), new RuntimeOptions()));
        assertThat(notFound.getCode()).isEqualTo("JobNotFound");
        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(notFound.getMessage()).contains("dlc-does-not-exist").contains("request id:");

        Client wrongSecret = new Client(config(flavour).setAccessKeySecret("wrong"));
        TeaException mismatch = catchThrowableOfType(TeaException.class, () -> wrongSecret.callApi(
                params("ListJobs", "GET", "/api/v1/jobs"), new OpenApiRequest(), new RuntimeOptions()));
        assertThat(mismatch.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(mismatch.getStatusCode()).isEqualTo(400);
    }

    private static Map<?, ?> body(Map<String, ?> response) {
        assertThat(response.get("statusCode")).isEqualTo(200);
        return (Map<?, ?>) response.get("body");
    }

    private static Client client(String flavour) throws Exception {
        return new Client(config(flavour));
    }

    private static Config config(String flavour) {
        Config config = new Config().setEndpoint("127.0.0.1:" + mock.port()).setProtocol("HTTP")
                .setRegionId(mock.region());
        if (flavour.equals("sts")) {
            config.setAccessKeyId("STS.interop").setAccessKeySecret("stsSecret/+=").setSecurityToken("CAIS+token/with=chars");
        } else {
            config.setAccessKeyId(mock.accessKeyId()).setAccessKeySecret(mock.accessKeySecret());
        }
        if (flavour.equals("v2")) {
            config.setSignatureAlgorithm("v2");
        }
        return config;
    }

    private static Params params(String action, String method, String path) {
        return new Params().setAction(action).setVersion("2020-12-03").setProtocol("HTTP").setMethod(method)
                .setPathname(path).setAuthType("AK").setStyle("ROA").setReqBodyType("json").setBodyType("json");
    }
}
