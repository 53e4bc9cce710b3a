package io.github.dlckit.mock.control;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.fault.FaultMode;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.journal.RequestQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every {@link MockControl} does, whichever transport; each implementation's test extends this. */
abstract class MockControlContract {

    static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

    DlcMockServer mock;

    /** @return the control under test, steering {@link #mock} */
    abstract MockControl control();

    @BeforeEach
    void start() {
        mock = DlcMockServer.builder().startTime(START).start();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void now_isTheVirtualStartTime_andReadingItChangesNothing() {
        assertThat(control().now()).isEqualTo(START);
        assertThat(control().now()).isEqualTo(START);
    }

    @Test
    void advance_movesTheClockAndReturnsTheNewTime() {
        assertThat(control().advance(Duration.ofSeconds(90))).isEqualTo(START.plusSeconds(90));
        assertThat(control().advance(Duration.ofMillis(1500))).isEqualTo(START.plusSeconds(90).plusMillis(1500));
        assertThat(control().advance(Duration.ZERO)).isEqualTo(START.plusMillis(91_500));
        assertThat(control().now()).isEqualTo(START.plusMillis(91_500));
    }

    @Test
    void advance_runsTheEventsThatFallDue() {
        String jobId = Jobs.create(SignedCall.to(mock));
        control().advance(Duration.ofHours(1));
        String status = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().json()
                .path("Status").asText();
        assertThat(status).isEqualTo("Succeeded");
    }

    @Test
    void negativeAdvance_isRefusedAndTheClockStays() {
        MockControlException refused = catchThrowableOfType(MockControlException.class,
                () -> control().advance(Duration.ofSeconds(-1)));
        assertThat(refused.code()).isEqualTo("InvalidParameter");
        assertThat(refused.getMessage()).contains("Seconds");
        assertThat(control().now()).isEqualTo(START);
    }

    @Test
    void reset_forgetsJobs_keepsTheClock() {
        String jobId = Jobs.create(SignedCall.to(mock));
        control().advance(Duration.ofMinutes(5));
        control().reset();
        assertThat(control().now()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        SignedCall.Reply gone = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt())
                .isZero();
    }

    @Test
    void pools_showTheDefaultCatalogueWithTheIssueFields() {
        PoolView g7 = pool("ecs.g7.xlarge");

        assertThat(control().pools()).extracting(PoolView::ecsSpec).contains("ecs.g7.xlarge", "ml.gu7xf.8xlarge-gu108");
        assertThat(g7.region()).isEqualTo("cn-wulanchabu");
        assertThat(g7.resourceType()).isEqualTo("ECS");
        assertThat(g7.onDemandPrice()).isEqualByComparingTo("0.0117");
        assertThat(g7.minPrice()).isEqualByComparingTo("0.00117");
        assertThat(g7.maxPrice()).isEqualByComparingTo("0.0117");
        assertThat(g7.priceMode()).isEqualTo("Auto");
        assertThat(g7.protectionSeconds()).isEqualTo(3600);
        assertThat(control().pools()).isEqualTo(control().pools());
    }

    @Test
    void updatePool_pinsThePrice_andAllocationFollowsAtOnce() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0115").build());
        String jobId = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));
        assertThat(status(jobId)).isEqualTo("Queuing");

        PoolView cheaper = control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0100").build());

        assertThat(cheaper.priceMode()).isEqualTo("Manual");
        assertThat(cheaper.marketPrice()).isEqualByComparingTo("0.0100");
        assertThat(cheaper.allocated()).isEqualTo(1);
        assertThat(status(jobId)).isEqualTo("EnvPreparing");
        control().advance(Duration.ofMinutes(30));
        assertThat(pool("ecs.g7.xlarge").marketPrice()).as("pinned (M16)").isEqualByComparingTo("0.0100");
    }

    @Test
    void updatePool_createsAPoolWhenAbsent_givenItsTypeAndPrice() {
        MockControlException refused = catchThrowableOfType(MockControlException.class,
                () -> control().updatePool("ecs.new.xlarge", PoolChange.builder().capacity(3).build()));
        assertThat(refused.code()).isEqualTo("InvalidParameter");
        assertThat(refused.getMessage()).contains("ResourceType and OnDemandPrice are required");

        PoolView created = control().updatePool("ecs.new.xlarge", PoolChange.builder().resourceType("ECS")
                .onDemandPrice("0.05").capacity(3).protectionSeconds(0).build());

        assertThat(created.capacity()).isEqualTo(3);
        assertThat(created.maxPrice()).isEqualByComparingTo("0.05");
        assertThat(control().pools()).extracting(PoolView::ecsSpec).contains("ecs.new.xlarge");
    }

    @Test
    void loadTrace_appliesEachPointAtItsTime() {
        control().loadTrace("ecs.g7.xlarge", java.util.List.of(
                new TracePointView(60, new java.math.BigDecimal("0.0090"), null, null),
                new TracePointView(120, null, null, 7)));

        control().advance(Duration.ofSeconds(59));
        assertThat(pool("ecs.g7.xlarge").marketPrice()).isNotEqualByComparingTo("0.0090");
        control().advance(Duration.ofSeconds(1));
        assertThat(pool("ecs.g7.xlarge").marketPrice()).isEqualByComparingTo("0.0090");
        assertThat(pool("ecs.g7.xlarge").priceMode()).isEqualTo("Manual");
        control().advance(Duration.ofSeconds(60));
        assertThat(pool("ecs.g7.xlarge").capacity()).isEqualTo(7);
    }

    @Test
    void billing_showsOneLinePerPriceSegment_taggedSpot() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").build());
        String jobId = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));
        control().advance(Duration.ofMinutes(10));
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0080").build());
        control().advance(Duration.ofMinutes(5));

        BillingReport bill = control().billing(jobId);

        assertThat(bill.records()).hasSize(2);
        assertThat(bill.records().get(0).price()).isEqualByComparingTo("0.0060");
        assertThat(bill.records().get(0).amount()).isEqualByComparingTo("0.06");
        assertThat(bill.records().get(1).amount()).isEqualByComparingTo("0.04");
        assertThat(bill.records()).allSatisfy(r -> assertThat(r.tags()).containsEntry("acs:pai:dlc:payType", "spot"));
        assertThat(bill.total()).isEqualByComparingTo("0.10");
        assertThat(control().billing(null).records()).hasSize(2);
    }

    @Test
    void reset_restoresTheDefaultPools() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().capacity(1).marketPrice("0.0050").build());

        control().reset();

        assertThat(pool("ecs.g7.xlarge").capacity()).isEqualTo(200);
        assertThat(pool("ecs.g7.xlarge").priceMode()).isEqualTo("Auto");
    }

    // --- Test tools (#14): faults, the journal, the state as a document ---

    @Test
    void faults_areAddedWithDefaults_listed_andRemoved() {
        Fault refusal = control().addFault(Fault.refuse("CreateJob", 503, "ServiceUnavailable").times(2));
        Fault lost = control().addFault(new Fault(null, "GetJob", FaultMode.ResponseLost, null, null, null, null,
                "someKey"));

        assertThat(refusal.faultId()).isNotBlank();
        assertThat(lost.times()).as("default Times").isEqualTo(1);
        assertThat(control().faults()).containsExactly(refusal, lost);
        control().removeFault(refusal.faultId());
        assertThat(control().faults()).containsExactly(lost);
        MockControlException unknown = catchThrowableOfType(MockControlException.class,
                () -> control().removeFault(refusal.faultId()));
        assertThat(unknown.code()).isEqualTo("InvalidFaultId.NotFound");
        control().clearFaults();
        assertThat(control().faults()).isEmpty();
    }

    @Test
    void badFaults_areRefusedNamingTheField() {
        assertThat(catchThrowableOfType(MockControlException.class, () -> control().addFault(
                Fault.refuse("CreateJobs", 503, "X"))).getMessage()).contains("Operation");
        assertThat(catchThrowableOfType(MockControlException.class, () -> control().addFault(
                Fault.refuse("CreateJob", 200, "X"))).getMessage()).contains("Status");
        assertThat(catchThrowableOfType(MockControlException.class, () -> control().addFault(
                Fault.delay("CreateJob", -1))).getMessage()).contains("DelaySeconds");
        assertThat(catchThrowableOfType(MockControlException.class, () -> control().addFault(
                Fault.reset("CreateJob").times(0))).getMessage()).contains("Times");
        assertThat(control().faults()).isEmpty();
    }

    @Test
    void refuseFault_answersTheErrorTimesTimes_andChangesNothing() {
        control().addFault(Fault.refuse("CreateJob", 503, "ServiceUnavailable").times(2));

        for (int i = 0; i < 2; i++) {
            SignedCall.Reply refused = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs")
                    .body(Jobs.CREATE_BODY).send();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("ServiceUnavailable");
            assertThat(refused.json().path("RequestId").asText()).isNotBlank();
        }
        assertThat(jobCount()).isZero();
        Jobs.create(SignedCall.to(mock));
        assertThat(jobCount()).isEqualTo(1);
        assertThat(control().faults()).isEmpty();
    }

    @Test
    void responseLostFault_createsTheJob_butNoAnswerArrives() {
        control().addFault(Fault.responseLost("CreateJob"));

        assertThatThrownBy(() -> SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(Jobs.CREATE_BODY)
                .send()).isInstanceOf(java.io.UncheckedIOException.class);

        assertThat(jobCount()).isEqualTo(1);
        assertThat(control().requests("CreateJob")).singleElement()
                .satisfies(r -> assertThat(r.jobId()).startsWith("dlc"));
    }

    @Test
    void resetFault_dropsTheConnection_beforeAnythingIsDone() {
        control().addFault(Fault.reset("CreateJob"));

        assertThatThrownBy(() -> SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(Jobs.CREATE_BODY)
                .send()).isInstanceOf(java.io.UncheckedIOException.class);

        assertThat(jobCount()).isZero();
        assertThat(control().requests("CreateJob")).isEmpty();
    }

    @Test
    void faultForOneAccessKey_leavesOtherKeysAlone() {
        control().addFault(Fault.refuse("ListJobs", 500, "InternalError").forAccessKey("otherKey"));

        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().status()).isEqualTo(200);
        assertThat(control().faults()).hasSize(1);
    }

    @Test
    void requests_journalEachCallDecoded_filtered_andCleared() {
        String jobId = Jobs.create(SignedCall.to(mock));
        control().advance(Duration.ofMinutes(1));
        SignedCall.to(mock).roa().op("GetJob", "GET", "/api/v1/jobs/" + jobId).send();
        SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/dlcnosuchjob0000").send();

        RecordedRequest created = control().requests("CreateJob").get(0);
        assertThat(control().requests("CreateJob")).hasSize(1);
        assertThat(created.time()).isEqualTo(START);
        assertThat(created.wallTime()).isNotNull();
        assertThat(created.accessKeyId()).isEqualTo(mock.accessKeyId());
        assertThat(created.accountId()).isNotBlank();
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.code()).isNull();
        assertThat(created.requestId()).isNotBlank();
        assertThat(created.jobId()).isEqualTo(jobId);
        assertThat(created.signatureAlgorithm()).isEqualTo("ACS3-HMAC-SHA256");
        assertThat(created.durationMs()).isNotNegative();
        List<RecordedRequest> reads = control().requests("GetJob");
        assertThat(reads).extracting(RecordedRequest::signatureAlgorithm).containsExactly("HMAC-SHA1",
                "ACS3-HMAC-SHA256");
        assertThat(reads).extracting(RecordedRequest::status).containsExactly(200, 404);
        assertThat(reads.get(1).code()).isEqualTo("JobNotFound");
        assertThat(reads).allSatisfy(r -> assertThat(r.time()).isEqualTo(START.plusSeconds(60)));
        assertThat(control().requests(new RequestQuery(null, null, START.plusSeconds(1), null))).hasSize(2);
        assertThat(control().requests(new RequestQuery(null, null, null, 1))).extracting(RecordedRequest::status)
                .containsExactly(404);
        assertThat(control().requests(new RequestQuery(null, "nobody", null, null))).isEmpty();
        assertThat(control().requests(RequestQuery.all())).hasSize(3);

        control().clearRequests();
        assertThat(control().requests(RequestQuery.all())).isEmpty();
    }

    @Test
    void exportedState_importsAfterAReset_withTheSameJobsBillsIdsAndTime() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").build());
        String spot = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));
        SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send();
        control().advance(Duration.ofMinutes(10));
        String plain = Jobs.create(SignedCall.to(mock));
        control().updateSettings(SettingsView.queueOrder("BidFirst"));
        PreemptionView preempted = control().preempt(spot, 60L, "Stock");
        control().advance(Duration.ofSeconds(30));
        com.fasterxml.jackson.databind.JsonNode state = control().exportState();
        String jobs = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("Jobs").toString();
        BillingReport bill = control().billing(null);
        List<JobOverview> overview = control().jobs();
        Instant now = control().now();

        control().reset();
        assertThat(jobCount()).isZero();
        control().updateSettings(SettingsView.queueOrder("PriorityFirst"));
        control().importState(state);

        assertThat(control().now()).isEqualTo(now);
        assertThat(control().settings().queueOrder()).as("the settings change is a logged command")
                .isEqualTo("BidFirst");
        assertThat(control().jobs()).as("the preemption on request is a logged command").isEqualTo(overview);
        assertThat(overview.stream().filter(j -> j.jobId().equals(spot)).findFirst().orElseThrow().releaseAt())
                .isEqualTo(preempted.releaseAt());
        assertThat(SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("Jobs").toString())
                .contains(spot, plain).isEqualTo(jobs);
        assertThat(control().billing(null)).isEqualTo(bill);
        assertThat(pool("ecs.g7.xlarge").marketPrice()).isEqualByComparingTo("0.0060");
        assertThat(state.path("Format").asText()).isEqualTo("dlckit-mock-state/1");
        assertThat(control().exportState().path("Commands").size())
                .as("the document is the log: importing it again logs the same commands")
                .isGreaterThanOrEqualTo(state.path("Commands").size());
    }

    @Test
    void badStateDocument_isRefused_andTheStateStays() {
        String jobId = Jobs.create(SignedCall.to(mock));
        com.fasterxml.jackson.databind.node.ObjectNode state =
                (com.fasterxml.jackson.databind.node.ObjectNode) control().exportState();
        ((com.fasterxml.jackson.databind.node.ObjectNode) state.path("Commands").get(0)).put("C", "Teleport");

        MockControlException refused = catchThrowableOfType(MockControlException.class,
                () -> control().importState(state));

        assertThat(refused.code()).isEqualTo("InvalidParameter");
        assertThat(refused.getMessage()).contains("Commands[0]");
        assertThat(status(jobId)).isNotEmpty();
        assertThat(jobCount()).isEqualTo(1);
    }

    private int jobCount() {
        return SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount").asInt();
    }

    @Test
    void jobs_listEveryJobWithRolesBidsAndTimes() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").build());
        String jobId = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));

        JobOverview job = control().jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst().orElseThrow();

        assertThat(job.status()).isEqualTo("EnvPreparing");
        assertThat(job.submittedTime()).isEqualTo(START.toString());
        assertThat(job.allocatedTime()).isEqualTo(START.toString());
        assertThat(job.protectedUntil()).isEqualTo(START.plusSeconds(3600).toString());
        assertThat(job.releaseAt()).isNull();
        assertThat(job.roles()).singleElement().satisfies(role -> {
            assertThat(role.ecsSpec()).isEqualTo("ecs.g7.xlarge");
            assertThat(role.effectiveBid()).isEqualByComparingTo("0.011");
            assertThat(role.allocated()).isEqualTo(1);
        });
    }

    @Test
    void preempt_releasesAHoldingJob_404ForAnUnknownOne_409ForOneThatHoldsNothing() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").build());
        String jobId = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));

        PreemptionView warned = control().preempt(jobId, 120L, "Stock");
        assertThat(warned.cause()).isEqualTo("Stock");
        assertThat(warned.releaseAt()).isEqualTo(START.plusSeconds(120).toString());
        control().advance(Duration.ofSeconds(120));
        assertThat(status(jobId)).isEqualTo("Failed");

        assertThat(catchThrowableOfType(MockControlException.class, () -> control().preempt(jobId, null, null))
                .code()).isEqualTo("JobStatusNotSupported");
        assertThat(catchThrowableOfType(MockControlException.class, () -> control().preempt("dlc-none", null, null))
                .code()).isEqualTo("JobNotFound");
    }

    @Test
    void history_showsTheValuesInForceThenEachChange() {
        control().advance(Duration.ofMinutes(10));
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").capacity(5).build());

        PoolHistoryView history = control().history("ecs.g7.xlarge", START.plusSeconds(300), null);

        assertThat(history.ecsSpec()).isEqualTo("ecs.g7.xlarge");
        assertThat(history.points().get(0).time()).isEqualTo(START.plusSeconds(300).toString());
        assertThat(history.points()).last().satisfies(p -> {
            assertThat(p.marketPrice()).isEqualByComparingTo("0.0060");
            assertThat(p.capacity()).isEqualTo(5);
            assertThat(p.time()).isEqualTo(START.plusSeconds(600).toString());
        });
        MockControlException refused = catchThrowableOfType(MockControlException.class,
                () -> control().history("ecs.g7.xlarge", START.plusSeconds(60), START));
        assertThat(refused.code()).isEqualTo("InvalidParameter");
        assertThat(refused.getMessage()).contains("StartTime");
    }

    @Test
    void savings_compareTheSpotCostWithTheOnDemandCost() {
        control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.00585").build()); // half price
        String jobId = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));
        control().advance(Duration.ofMinutes(10));

        JobSavings saved = control().savings(jobId).get(0);

        assertThat(saved.spotCost()).isEqualByComparingTo("0.0585");
        assertThat(saved.onDemandCost()).isEqualByComparingTo("0.117");
        assertThat(saved.savingsPercent()).isEqualByComparingTo("50.00");
        assertThat(saved.heldSeconds()).isEqualTo(600);
        assertThat(saved.preemptions()).isZero();
        assertThat(control().savings("dlc-none")).isEmpty();
    }

    @Test
    void settings_showTheOptions_aPutChangesThem_fixedOnesAreRefused() {
        SettingsView settings = control().settings();
        assertThat(settings.queueOrder()).isEqualTo("PriorityFirst");
        assertThat(settings.releaseReasonCode()).isEqualTo("JobFailed");
        assertThat(settings.averageWindowSeconds()).isEqualTo(3600);
        assertThat(settings.sanityCheckSeconds()).isEqualTo(30);
        assertThat(settings.startTime()).isEqualTo(START.toString());
        assertThat(settings.region()).isEqualTo("cn-wulanchabu");

        SettingsView changed = control().updateSettings(SettingsView.releaseReasonCode("PreemptibleResourceReleased"));
        assertThat(changed.releaseReasonCode()).isEqualTo("PreemptibleResourceReleased");
        control().reset();
        assertThat(control().settings().releaseReasonCode()).as("survives a reset").isEqualTo("PreemptibleResourceReleased");

        MockControlException fixed = catchThrowableOfType(MockControlException.class, () -> control().updateSettings(
                new SettingsView(null, null, null, null, null, null, 9L, null, null, null)));
        assertThat(fixed.getMessage()).startsWith("Seed:");
        MockControlException bad = catchThrowableOfType(MockControlException.class,
                () -> control().updateSettings(SettingsView.queueOrder("Random")));
        assertThat(bad.getMessage()).startsWith("QueueOrder:");
    }

    private PoolView pool(String spec) {
        return control().pools().stream().filter(p -> p.ecsSpec().equals(spec)).findFirst().orElseThrow();
    }

    private String status(String jobId) {
        return SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + jobId).send().json().path("Status").asText();
    }
}
