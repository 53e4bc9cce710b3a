package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.control.BillingReport;
import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.mock.junit.DlcMock;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.EcsSpec;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.StatusTransitionItem;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.DlcClientBuilder;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The base of the spot contract tests: one embedded mock per test class (reset before each test), a client that
 * sends what the SDK itself would refuse ({@code clientValidation(false)}), so that the mock's own rules answer,
 * and the steps the tests share. Time moves only through {@link #advance}; nothing sleeps.
 */
@DlcMock(seed = 20201203L, startTime = "2026-11-29T00:00:00Z")
abstract class SpotContract {

    /** M10: the reason code of a job whose preemptible resources were released (R29's JobFailed by default). */
    static final String RELEASED = "JobFailed";

    /** The SDK client, without client-side validation. */
    DlcClient dlc;
    /** The mock's control API: clock, pools, bills. */
    MockControl control;

    @BeforeEach
    void connect(DlcClientBuilder builder, MockControl mockControl) {
        dlc = builder.clientValidation(false).build();
        control = mockControl;
    }

    @AfterEach
    void disconnect() {
        dlc.close();
    }

    // ------------------------------------------------------------------------------------------------- jobs

    /** Creates a job through the SDK and returns its id. */
    String submit(CreateJobRequest job) {
        return dlc.createJob(job).jobId().orElseThrow();
    }

    /** Asserts that CreateJob answers 400 with a message that starts with the rule number, e.g. {@code R9: }. */
    DlcServiceException assertRefusedUnder(String rule, CreateJobRequest job) {
        return assertRefusedUnder(dlc, rule, job);
    }

    /** The same through any client (of a mock of another region, say); returns the refusal. */
    static DlcServiceException assertRefusedUnder(DlcClient client, String rule, CreateJobRequest job) {
        DlcServiceException refused = catchThrowableOfType(DlcServiceException.class, () -> client.createJob(job));
        assertThat(refused).as("CreateJob must be refused under " + rule).isNotNull();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.errorMessage()).startsWith(rule + ":");
        return refused;
    }

    GetJobResponse job(String id) {
        return dlc.getJob(id);
    }

    JobStatus status(String id) {
        return job(id).statusEnum();
    }

    /** @return the statuses of the job's StatusHistory, oldest first */
    List<JobStatus> history(String id) {
        return job(id).statusHistory().stream().map(StatusTransitionItem::statusEnum).toList();
    }

    /** @return when the job last entered a status, from its StatusHistory */
    Instant entered(String id, JobStatus status) {
        return job(id).statusHistory().stream().filter(t -> t.statusEnum() == status)
                .reduce((first, second) -> second).flatMap(StatusTransitionItem::startTime).map(Instant::parse)
                .orElseThrow(() -> new AssertionError(id + " never entered " + status + ": " + history(id)));
    }

    /** @return the job's events as GetJobEvents renders them */
    List<String> events(String id) {
        return dlc.getJobEvents(id).events();
    }

    /**
     * Asserts that the job failed because its spot instances were released, as the real service shows it (M10):
     * Failed, JobFailed, a message that says "preempted" and the cause ({@code PRICE}: a price above the bid;
     * {@code STOCK}: insufficient stock; anything else: that text), and its pods Evicted.
     */
    GetJobResponse assertReleased(String id, String cause) {
        GetJobResponse job = job(id);
        assertThat(job.statusEnum()).isEqualTo(JobStatus.FAILED);
        assertThat(job.reasonCode()).contains(RELEASED);
        String message = job.reasonMessage().orElseThrow();
        assertThat(message).contains("was preempted");
        switch (cause) {
            case "PRICE" -> assertThat(message).containsPattern("(market|average) price [0-9.]+ is above the bid");
            case "STOCK" -> assertThat(message).contains("insufficient stock");
            default -> assertThat(message).contains(cause);
        }
        assertThat(job.pods()).isNotEmpty().allSatisfy(pod -> assertThat(pod.subStatus()).contains("Evicted"));
        return job;
    }

    /** Asserts that the job runs up to the second before {@code releaseAt} and is released (see above) exactly then. */
    GetJobResponse assertRunsUntilReleasedAt(String id, Instant releaseAt, String cause) {
        advance(Duration.between(now(), releaseAt).getSeconds() - 1);
        assertThat(status(id)).as("still running a second before " + releaseAt).isEqualTo(JobStatus.RUNNING);
        advance(1);
        GetJobResponse released = assertReleased(id, cause);
        assertThat(entered(id, JobStatus.FAILED)).isEqualTo(releaseAt);
        return released;
    }

    /** @return the log lines of a job's pod (its latest run) */
    List<String> logs(String id, String podId) {
        return dlc.getPodLogs(id, podId).logs();
    }

    /** @return the id of the job's first pod */
    String firstPod(String id) {
        return job(id).pods().get(0).podId().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------- market

    /** Changes a pool now (allocation and release follow at once); a price set here is pinned (M16). */
    PoolView change(String ecsSpec, UnaryOperator<PoolChange.Builder> change) {
        return control.updatePool(ecsSpec, change.apply(PoolChange.builder()).build());
    }

    /** Pins the market price and (for Lingjun bids, M17) the average price at the same value. */
    PoolView price(String ecsSpec, String cnyPerMinute) {
        return change(ecsSpec, c -> c.marketPrice(cnyPerMinute).averagePrice(cnyPerMinute));
    }

    /** Pins both prices at the pool's ceiling: every bid below the original price loses (R16, R17). */
    PoolView outbid(String ecsSpec) {
        return price(ecsSpec, pool(ecsSpec).maxPrice().toPlainString());
    }

    /** Pins both prices at the pool's floor: every bid wins. */
    PoolView underbid(String ecsSpec) {
        return price(ecsSpec, pool(ecsSpec).minPrice().toPlainString());
    }

    /** @return the pool of an instance type, as the control API shows it */
    PoolView pool(String ecsSpec) {
        return control.pools().stream().filter(p -> p.ecsSpec().equals(ecsSpec)).findFirst()
                .orElseThrow(() -> new AssertionError("no pool " + ecsSpec));
    }

    /** @return the instance type as ListEcsSpecs shows it */
    EcsSpec ecsSpec(String instanceType) {
        return dlc.listEcsSpecs(r -> r.instanceTypes(instanceType)).ecsSpecs().stream().findFirst()
                .orElseThrow(() -> new AssertionError("ListEcsSpecs has no " + instanceType));
    }

    BillingReport bill(String id) {
        return control.billing(id);
    }

    /**
     * Sends a raw control-API request, for what the typed {@link MockControl} cannot send (bad values, ECS bodies).
     *
     * @return the status, a space, and the body
     */
    static String sendControl(DlcMockServer server, String method, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/mock/v1" + path)).method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    // --------------------------------------------------------------------------------------------- time

    /** Runs every event of the next {@code seconds} virtual seconds. */
    Instant advance(long seconds) {
        return control.advance(Duration.ofSeconds(seconds));
    }

    Instant now() {
        return control.now();
    }
}
