package io.github.dlckit.mock.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.model.ElasticSpotSpec;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.JobSettings;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.PaymentType;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.UpdateJobRequest;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.faultTolerantLingjun;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The documented facts of the third edition (R27–R49) that show in the mock's answers: each test reads what the
 * fact says through the public API. Facts without an answer of their own are listed in {@link RuleCoverageTest}.
 */
class FactRulesTest extends SpotContract {

    @Test
    void R27_replicaStatusesCountARolesPods_dequeuedIsACounterNotAJobStatus() {
        price(G7, "0.0117");
        String id = submit(pyTorchJob(SpotJobs.role("Worker", G7, 2, SpotSpec.priceLimit(0.011))).build());
        assertThat(job(id).jobReplicaStatuses()).singleElement().satisfies(r -> {
            assertThat(r.type()).contains("Worker");
            assertThat(r.queuing()).hasValue(2);
            assertThat(r.active()).hasValue(0);
        });
        price(G7, "0.005");
        assertThat(job(id).jobReplicaStatuses()).singleElement().satisfies(r -> assertThat(r.dequeued()).hasValue(2));
        assertThat(status(id)).as("Dequeued counts pods; the job is EnvPreparing").isEqualTo(JobStatus.ENV_PREPARING);
    }

    @Test
    void R28_podsHaveStatusAndSubStatus_historyPodsKeepEarlierAttempts() {
        change(GU108, c -> c.protectionSeconds(0));
        String id = submit(faultTolerantLingjun(3));
        advance(40);
        assertThat(job(id).pods()).singleElement().satisfies(p -> {
            assertThat(p.status()).contains("Running");
            assertThat(p.subStatus()).contains("Normal");
        });
        outbid(GU108);
        price(GU108, "0.5");
        advance(40);
        GetJobResponsePods pod = job(id).pods().get(0);
        assertThat(pod.status()).contains("Running");
        assertThat(pod.historyPods()).as("the attempt before the release").singleElement()
                .satisfies(old -> assertThat(old.subStatus()).contains("Evicted"));
    }

    @Test
    void R29_aPreemptedJobShowsFailedJobFailed_aMessageSayingPreempted_andEvictedPods() {
        change(G7, c -> c.protectionSeconds(0));
        String id = submit(generalPurpose(0.011));
        advance(40);
        outbid(G7);
        GetJobResponse job = assertReleased(id, "PRICE");
        assertThat(job.reasonCode()).as("no code only the mock returns").contains("JobFailed");
    }

    @Test
    void R30_getJobEventsWindowDefaultsToTheLastSevenDays_maxEventsNumKeepsTheNewest() {
        String id = submit(generalPurpose(0.011).toBuilder().userCommand("sleep 60").build());
        advance(30 + 60);
        List<String> all = events(id);
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(dlc.getJobEvents(r -> r.jobId(id).maxEventsNum(2)).events())
                .containsExactlyElementsOf(all.subList(all.size() - 2, all.size()));
        Instant later = now().plusSeconds(60);
        assertThat(dlc.getJobEvents(r -> r.jobId(id).startTime(later.toString())).events()).isEmpty();
        advance(7 * 24 * 3600 + 1);
        assertThat(events(id)).isEmpty();
    }

    @Test
    void R31_listJobsFiltersByPaymentTypeSpot_itemsCarryEnablePreemptibleJob() {
        String id = submit(generalPurpose(0.011));
        List<JobItem> spot = dlc.listJobs(r -> r.paymentType(PaymentType.SPOT)).jobs();
        assertThat(spot).extracting(j -> j.jobId().orElseThrow()).containsExactly(id);
        assertThat(spot.get(0).enablePreemptibleJob()).hasValue(true);
        assertThat(dlc.listJobs(r -> r.paymentType(PaymentType.POST_PAID)).jobs()).isEmpty();
    }

    @Test
    void R32_elasticSpotSpecsPriceLimitIsHourly_currentSpotInstanceTypeNamesTheChoice() {
        price(G7, "0.009");
        JobSpec elastic = JobSpec.builder().type("Worker").podCount(1).image("img").elasticSpotSpecs(List.of(
                ElasticSpotSpec.builder().instanceType(G7).spotPriceLimit(0.5).build())).build(); // 0.00833 per minute
        String id = submit(pyTorchJob(elastic).build());
        assertThat(status(id)).as("0.5 an hour is below 0.009 a minute").isNotEqualTo(JobStatus.ENV_PREPARING);
        price(G7, "0.008");
        assertThat(status(id)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(job(id).jobReplicaStatuses()).singleElement()
                .satisfies(r -> assertThat(r.currentSpotInstanceType()).contains(G7));
    }

    @Test
    void R33_disableEcsStockCheckChangesNothing_aJobWithoutStockWaits() {
        change(G7, c -> c.capacity(0));
        String id = submit(generalPurpose(0.011).toBuilder()
                .settings(JobSettings.builder().disableEcsStockCheck(true).build()).build());
        assertThat(status(id)).isEqualTo(JobStatus.QUEUING);
        change(G7, c -> c.capacity(10));
        assertThat(status(id)).isEqualTo(JobStatus.ENV_PREPARING);
    }

    @Test
    void R35_aRestartRecordCarriesItsCountPhaseTimeReasonAndErrorDetails() {
        change(GU108, c -> c.protectionSeconds(0));
        String id = submit(faultTolerantLingjun(3));
        advance(40);
        outbid(GU108);
        assertThat(job(id).restartRecord()).singleElement().satisfies(r -> {
            assertThat(r.jobRestartCount()).hasValue(1);
            assertThat(r.occurPhase()).isPresent();
            assertThat(r.occurTime()).isPresent();
            assertThat(r.reason()).isPresent();
            assertThat(r.triggerId()).isPresent();
            assertThat(r.detailErrorInfoList()).isNotEmpty();
        });
    }

    @Test
    void R36_priorityRunsFromOneToNine_defaultOne() {
        String id = submit(generalPurpose(0.011));
        assertThat(job(id).priority()).hasValue(1);
        DlcServiceException tooHigh = catchThrowableOfType(DlcServiceException.class,
                () -> dlc.updateJob(UpdateJobRequest.builder().jobId(id).priority(10).build()));
        assertThat(tooHigh).isNotNull();
        assertThat(tooHigh.statusCode()).isEqualTo(400);
        assertThat(tooHigh.errorMessage()).startsWith("R36:");
        assertThat(tooHigh.errorCode()).isEqualTo("InvalidParameter.Priority");
        DlcServiceException tooLow = catchThrowableOfType(DlcServiceException.class,
                () -> dlc.createJob(generalPurpose(0.011).toBuilder().priority(0).build()));
        assertThat(tooLow.statusCode()).isEqualTo(400);
        assertThat(tooLow.errorMessage()).contains("Priority").contains("1 to 9");
    }

    @Test
    void R49_theRequestIdIsSpelledPerOperation() {
        String id = submit(generalPurpose(0.011).toBuilder()
                .settings(JobSettings.builder().enableSanityCheck(true).build()).build());
        advance(30);
        assertThat(job(id).requestId()).as("RequestId").isPresent();
        assertThat(dlc.getJobSanityCheckResult(r -> r.jobId(id).sanityCheckNumber(1)).requestId())
                .as("RequestID").isPresent();
    }

    @Test
    void M35_answersHaveTheCataloguesFieldsOnly_anEmptyListIsAnEmptyArray_neverNull(DlcMockServer server) {
        JsonNode empty = SignedCall.to(server).op("ListJobs", "GET", "/api/v1/jobs").send().json();
        assertThat(empty.path("Jobs").isArray()).as("Jobs: [] on an empty account").isTrue();
        assertThat(empty.path("Jobs")).isEmpty();
        assertThat(empty.path("TotalCount").asInt(-1)).isZero();
        List<String> fields = new java.util.ArrayList<>();
        empty.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("Jobs", "TotalCount", "RequestId");

        String id = submit(generalPurpose(0.011));
        JsonNode job = SignedCall.to(server).op("GetJob", "GET", "/api/v1/jobs/" + id).send().json();
        assertThat(job.toString()).as("a field without a value is left out").doesNotContain("null");
        assertThat(job.path("JobId").asText()).isEqualTo(id);
    }
}
