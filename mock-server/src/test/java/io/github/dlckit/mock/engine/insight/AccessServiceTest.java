package io.github.dlckit.mock.engine.insight;

import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.GetDashboardRequest;
import io.github.dlckit.model.GetRayDashboardRequest;
import io.github.dlckit.model.GetRayDashboardResponse;
import io.github.dlckit.model.GetTokenRequest;
import io.github.dlckit.model.GetWebTerminalRequest;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards, web terminals and tokens. */
class AccessServiceTest {

    private static final String GATEWAY = "https://pai-dlc-proxy-cn-wulanchabu.dlckit.invalid";

    private final EngineFixture f = new EngineFixture();

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aDashboardUrlIsSharedWithATokenOnlyWhenAsked() {
        String job = f.runningJob(ALICE, "sleep 600");

        String plain = f.call(DlcOperations.GET_DASHBOARD, ALICE, GetDashboardRequest.of(job)).url().orElseThrow();
        String shared = f.call(DlcOperations.GET_DASHBOARD, ALICE, GetDashboardRequest.builder().jobId(job)
                .isShared(true).build()).url().orElseThrow();
        String given = f.call(DlcOperations.GET_DASHBOARD, ALICE, GetDashboardRequest.builder().jobId(job)
                .token("abc").build()).url().orElseThrow();

        assertThat(plain).isEqualTo(GATEWAY + "/jobs/" + job + "/dashboard/");
        assertThat(shared).startsWith(plain + "?token=eyJ");
        assertThat(claims(shared.split("token=")[1])).contains("\"sub\":\"job/" + job + "/dashboard\"");
        assertThat(given).isEqualTo(plain + "?token=abc");
        assertRefused(() -> f.call(DlcOperations.GET_DASHBOARD, BOB, GetDashboardRequest.of(job)),
                ErrorKind.NOT_FOUND, "JobNotFound", job);
    }

    @Test
    void onlyRayJobsHaveARayDashboard() {
        CreateJobRequest ray = EngineFixture.job("sleep 600").toBuilder().jobType("RayJob").build();
        String rayJob = f.submit(ALICE, ray);
        String torchJob = f.submit(ALICE, EngineFixture.job("sleep 600"));

        GetRayDashboardResponse dashboard = f.call(DlcOperations.GET_RAY_DASHBOARD, ALICE,
                GetRayDashboardRequest.of(rayJob));
        assertThat(dashboard.url()).contains(GATEWAY + "/ray/dashboard/" + rayJob + "/");
        assertThat(dashboard.metricsEnabled()).contains("true");
        assertRefused(() -> f.call(DlcOperations.GET_RAY_DASHBOARD, ALICE, GetRayDashboardRequest.of(torchJob)),
                ErrorKind.INVALID, "JobTypeNotSupported", "job " + torchJob + " is a PyTorchJob; only RayJob jobs");
    }

    @Test
    void aWebTerminalNeedsARunningPod() {
        String job = f.submit(ALICE, EngineFixture.job("sleep 60"));
        String pod = job + "-worker-0";

        assertRefused(() -> f.call(DlcOperations.GET_WEB_TERMINAL, ALICE, GetWebTerminalRequest.of(job, pod)),
                ErrorKind.CONFLICT, "PodStatusNotSupported", "Pod " + pod + " of job " + job
                        + " is Pending; a web terminal needs a running pod.");
        f.advanceSeconds(30);
        String url = f.call(DlcOperations.GET_WEB_TERMINAL, ALICE, GetWebTerminalRequest.of(job, pod))
                .webTerminalUrl().orElseThrow();
        assertThat(url).startsWith("wss://pai-dlc-proxy-cn-wulanchabu.dlckit.invalid/webterminal/" + job + "/" + pod
                + "?token=eyJ");
        assertRefused(() -> f.call(DlcOperations.GET_WEB_TERMINAL, ALICE, GetWebTerminalRequest.of(job, "nope")),
                ErrorKind.NOT_FOUND, "PodNotFound", "nope");

        f.advanceSeconds(60);
        assertRefused(() -> f.call(DlcOperations.GET_WEB_TERMINAL, ALICE, GetWebTerminalRequest.of(job, pod)),
                ErrorKind.CONFLICT, "PodStatusNotSupported", "is Succeeded");
    }

    @Test
    void tokensAreForExistingTargetsAndLastTheAskedTime() {
        String job = f.submit(ALICE, EngineFixture.job("sleep 60"));
        String tb = f.call(DlcOperations.CREATE_TENSORBOARD, ALICE, CreateTensorboardRequest.builder().jobId(job)
                .build()).tensorboardId().orElseThrow();
        long now = EngineFixture.T0.getEpochSecond();

        String jobToken = f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("job")
                .targetId(job).expireTime(60).build()).token().orElseThrow();
        String tbToken = f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("tensorboard")
                .targetId(tb).build()).token().orElseThrow();

        assertThat(claims(jobToken)).contains("\"sub\":\"job/" + job + "\"", "\"exp\":" + (now + 60));
        assertThat(claims(tbToken)).contains("\"sub\":\"tensorboard/" + tb + "\"", "\"exp\":" + (now + 604800));
        assertThat(f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("job")
                .targetId(job).expireTime(60).build()).token()).as("same time, same token").contains(jobToken);

        assertRefused(() -> f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("pod")
                .targetId(job).build()), ErrorKind.INVALID, "InvalidParameter",
                "TargetType: must be one of job, tensorboard, got pod");
        assertRefused(() -> f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("job")
                .build()), ErrorKind.INVALID, "MissingTargetId", "TargetId");
        assertRefused(() -> f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("tensorboard")
                .targetId(job).build()), ErrorKind.NOT_FOUND, "TensorboardNotFound", job);
        assertRefused(() -> f.call(DlcOperations.GET_TOKEN, BOB, GetTokenRequest.builder().targetType("job")
                .targetId(job).build()), ErrorKind.NOT_FOUND, "JobNotFound", job);
        assertRefused(() -> f.call(DlcOperations.GET_TOKEN, ALICE, GetTokenRequest.builder().targetType("job")
                .targetId(job).expireTime(0).build()), ErrorKind.INVALID, "InvalidParameter", "ExpireTime");
    }
}
