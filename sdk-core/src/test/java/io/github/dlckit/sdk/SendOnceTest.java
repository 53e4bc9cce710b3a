package io.github.dlckit.sdk;

import io.github.dlckit.model.DeleteJobResponse;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.retry.RetryPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

import static io.github.dlckit.sdk.FaultMatrixTest.answer;
import static io.github.dlckit.sdk.FaultMatrixTest.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The guard under the SDK's retry policy: a caller's OkHttpClient that would resend cannot, a response OkHttp
 * made as a follow-up is refused, and a delete is idempotent only after an attempt with an unknown outcome.
 */
class SendOnceTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DlcClientBuilder client() {
        return DlcClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
                .credentials(Fakes.KEY).sleeper(d -> { }).proxyFromEnvironment(false)
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build());
    }

    @Test
    void aCallersInterceptorThatResends_isStoppedBeforeTheSecondSend() {
        server.enqueue(error(500, "InternalError", "oops").build());
        server.enqueue(answer(200, "{\"RequestId\":\"r\",\"JobId\":\"dlc-2\"}").build());
        OkHttpClient resending = new OkHttpClient.Builder().addInterceptor(chain -> {
            Response first = chain.proceed(chain.request());
            if (first.code() < 500) {
                return first;
            }
            first.close();
            return chain.proceed(chain.request());     // a "helpful" retry interceptor
        }).build();
        try (DlcClient dlc = client().httpClient(resending).build()) {
            DlcClientException e = catchThrowableOfType(DlcClientException.class,
                    () -> dlc.createJob(FailureBehaviourTest.createJob()));
            assertThat(e.kind()).isEqualTo(DlcClientException.Kind.OUTCOME_UNKNOWN);
            assertThat(e.getMessage()).contains("OkHttp tried to send the request again on its own after HTTP 500")
                    .contains("refused: only the SDK's retry policy resends").contains("outcome is unknown");
        } finally {
            resending.dispatcher().executorService().shutdown();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aResponseWithAPriorResponse_isRefused() {
        server.enqueue(answer(200, FaultMatrixTest.JOB).build());
        OkHttpClient followingUp = new OkHttpClient.Builder().addInterceptor(chain -> {
            Response real = chain.proceed(chain.request());
            Response prior = new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(307)
                    .message("Temporary Redirect").build();
            return real.newBuilder().priorResponse(prior).build();
        }).build();
        try (DlcClient dlc = client().httpClient(followingUp).retryPolicy(RetryPolicy.none()).build()) {
            DlcClientException e = catchThrowableOfType(DlcClientException.class, () -> dlc.getJob("dlc-1"));
            assertThat(e.getMessage()).contains("after HTTP 307");
        } finally {
            followingUp.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void deleteAnsweredNotFoundOnTheFirstAttempt_staysAnError() {
        server.enqueue(error(404, "JobNotFound", "Job dlc-1 not found").build());
        try (DlcClient dlc = client().build()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class, () -> dlc.deleteJob("dlc-1"));
            assertThat(e.errorCode()).isEqualTo("JobNotFound");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteNotFoundAfterAThrottledAttempt_staysAnError() {
        server.enqueue(error(429, "Throttling.User", "slow down").build());
        server.enqueue(error(404, "JobNotFound", "Job dlc-1 not found").build());
        try (DlcClient dlc = client().build()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class, () -> dlc.deleteJob("dlc-1"));
            assertThat(e.statusCode()).isEqualTo(404);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void deleteNotFoundAfterTheAnswerWasLost_succeedsWithTheRetrysRequestId() {
        server.enqueue(answer(200, "{\"RequestId\":\"r-1\"}").onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(error(404, "JobNotFound", "Job dlc-1 not found").build());
        try (DlcClient dlc = client().build()) {
            DeleteJobResponse deleted = dlc.deleteJob("dlc-1");
            assertThat(deleted.requestId()).contains("r-404");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anotherResourcesNotFoundCode_isNotTakenForTheDeletedJob() {
        server.enqueue(error(503, "ServiceUnavailable", "busy").build());
        server.enqueue(error(404, "InvalidApi.NotFound", "no such API").build());
        try (DlcClient dlc = client().build()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class, () -> dlc.deleteJob("dlc-1"));
            assertThat(e.errorCode()).isEqualTo("InvalidApi.NotFound");
        }
    }

    @Test
    void signatureMismatch_hintsAtTheSecretAndTheClock() {
        server.enqueue(error(400, "SignatureDoesNotMatch", "Specified signature does not match our calculation.")
                .build());
        try (DlcClient dlc = client().build()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class, () -> dlc.getJob("dlc-1"));
            assertThat(e.getMessage()).contains("SignatureDoesNotMatch")
                    .contains("check the AccessKey secret and this computer's clock")
                    .doesNotContain(Fakes.KEY.accessKeySecret());
        }
    }

    @Test
    void redirect_isAnErrorNamingStatusAndLocation_andNothingFollows() {
        server.enqueue(new MockResponse.Builder().code(308).addHeader("Location", "https://elsewhere.example/x")
                .build());
        try (DlcClient dlc = client().build()) {
            DlcServiceException e = catchThrowableOfType(DlcServiceException.class,
                    () -> dlc.createJob(FailureBehaviourTest.createJob()));
            assertThat(e.statusCode()).isEqualTo(308);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).isEqualTo("CreateJob: HTTP 308 redirect to https://elsewhere.example/x not "
                    + "followed: the SDK sends requests to the configured endpoint only (check region and "
                    + "endpointOverride)");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
