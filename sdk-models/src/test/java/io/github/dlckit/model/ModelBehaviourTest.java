package io.github.dlckit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conventions every model type follows, shown on a few representative types. */
class ModelBehaviourTest {

    private static final ObjectMapper MAPPER = DlcJson.mapper();

    @Test
    void fieldsTheServiceAddsLaterAreIgnored() throws Exception {
        GetJobResponse job = MAPPER.readValue(
                "{\"JobId\":\"dlc-1\",\"Status\":\"Running\",\"BrandNewField\":{\"x\":[1,2]}}", GetJobResponse.class);

        assertThat(job.jobId()).contains("dlc-1");
        assertThat(job.statusEnum()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void aStatusThisSdkDoesNotKnowReadsAsUnknownAndKeepsItsText() throws Exception {
        JobItem job = MAPPER.readValue("{\"Status\":\"Hibernating\"}", JobItem.class);

        assertThat(job.statusEnum()).isEqualTo(JobStatus.UNKNOWN);
        assertThat(job.status()).contains("Hibernating");
        assertThat(MAPPER.readTree(DlcJson.write(job)).path("Status").asText()).isEqualTo("Hibernating");
    }

    @Test
    void missingAndNullFieldsReadAsAbsentAndAbsentFieldsAreLeftOutOnWrite() throws Exception {
        JobSpec spec = MAPPER.readValue("{\"Type\":\"Worker\",\"PodCount\":null,\"SpotSpec\":null,"
                + "\"ElasticSpotSpecs\":null}", JobSpec.class);

        assertThat(spec.podCount()).isEmpty();
        assertThat(spec.spotSpec()).isEmpty();
        assertThat(spec.elasticSpotSpecs()).isEmpty();
        assertThat(DlcJson.write(spec)).isEqualTo("{\"Type\":\"Worker\"}");
    }

    @Test
    void presentZeroesAndEmptyStringsAreWritten() {
        JobSpec spec = JobSpec.builder().podCount(0).image("").build();

        JsonNode json = MAPPER.valueToTree(spec);

        assertThat(json.path("PodCount").isIntegralNumber()).isTrue();
        assertThat(json.path("PodCount").asLong()).isZero();
        assertThat(json.path("Image").asText("missing")).isEmpty();
    }

    @Test
    void numericFieldsKeepTheCatalogueWidth() throws Exception {
        JobSpec spec = MAPPER.readValue("{\"PodCount\":4294967296,\"SpotSpec\":{\"SpotPriceLimit\":0.011}}", JobSpec.class);

        assertThat(spec.podCount().getAsLong()).isEqualTo(4_294_967_296L);
        assertThat(spec.spotSpec().get().spotPriceLimit()).contains(0.011f);
        assertThat(DlcJson.write(spec.spotSpec().get())).isEqualTo("{\"SpotPriceLimit\":0.011}");
    }

    @Test
    void exactVendorWireNamesAreKept() {
        GetDashboardRequest dashboard = GetDashboardRequest.builder().jobId("dlc-1").isShared(true).token("t").build();
        CreateJobRequestUserVpc requestVpc = CreateJobRequestUserVpc.builder().addExtendedCidrs("10.0.0.0/8").build();
        GetJobResponseUserVpc responseVpc = GetJobResponseUserVpc.builder().addExtendedCidrs("10.0.0.0/8").build();

        assertThat((JsonNode) MAPPER.valueToTree(dashboard)).isEqualTo(MAPPER.createObjectNode().put("isShared", true).put("token", "t"));
        assertThat(DlcJson.write(requestVpc)).isEqualTo("{\"ExtendedCIDRs\":[\"10.0.0.0/8\"]}");
        assertThat(DlcJson.write(responseVpc)).isEqualTo("{\"ExtendedCidrs\":[\"10.0.0.0/8\"]}");
    }

    @Test
    void pathParametersStayOutOfTheBody() {
        UpdateJobRequest update = UpdateJobRequest.builder().jobId("dlc-1").priority(5).build();

        assertThat(DlcJson.write(update)).isEqualTo("{\"Priority\":5}");
        assertThat(GetPodLogsRequest.of("dlc-1", "pod-0").podId()).contains("pod-0");
    }

    @Test
    void secretsAreMaskedInToString() {
        ImageConfig image = ImageConfig.builder().password("hunter2").auth("dXNlcjpodW50ZXIy").username("alice").build();
        GetTokenResponse token = GetTokenResponse.builder().token("eyJsecret").requestId("r-1").build();

        assertThat(image.toString()).doesNotContain("hunter2").doesNotContain("dXNlcjpodW50ZXIy").contains("****");
        assertThat(token.toString()).doesNotContain("eyJsecret").contains("r-1");
        assertThat(DlcJson.write(image)).contains("hunter2");
    }

    @Test
    void toBuilderCopiesAndChanges() {
        JobSpec worker = JobSpec.builder().type("Worker").podCount(2).spotSpec(SpotSpec.priceLimit(0.5)).build();

        JobSpec bigger = worker.toBuilder().podCount(8).build();

        assertThat(bigger.podCount().getAsLong()).isEqualTo(8);
        assertThat(bigger.spotSpec()).isEqualTo(worker.spotSpec());
        assertThat(worker.podCount().getAsLong()).isEqualTo(2);
    }

    @Test
    void enumSettersWriteTheWireTextAndRefuseUnknown() {
        ListJobsRequest list = ListJobsRequest.builder().status(JobStatus.RUNNING).order(SortOrder.DESC).build();

        assertThat(list.status()).contains("Running");
        assertThat(list.order()).contains("desc");
        assertThatThrownBy(() -> ListJobsRequest.builder().status(JobStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNKNOWN");
    }

    @Test
    void spotFactoriesBuildTheTwoBidTypes() {
        assertThat(SpotSpec.priceLimit(0.011)).isEqualTo(SpotSpec.builder()
                .spotStrategy("SpotWithPriceLimit").spotPriceLimit(Optional.of(0.011f)).build());
        assertThat(SpotSpec.discountLimit(0.4).spotDiscountLimit()).contains(0.4f);
        assertThat(SpotSpec.discountLimit(0.4).spotPriceLimit()).isEmpty();
    }

    @Test
    void terminalAndWaitingStatuses() {
        assertThat(JobStatus.SUCCEEDED.isTerminal()).isTrue();
        assertThat(JobStatus.FAILED.isTerminal()).isTrue();
        assertThat(JobStatus.STOPPED.isTerminal()).isTrue();
        assertThat(JobStatus.SUCCEEDED_RESERVING.isTerminal()).isFalse();
        assertThat(JobStatus.RUNNING.isTerminal()).isFalse();
        assertThat(JobStatus.UNKNOWN.isTerminal()).isFalse();
        assertThat(JobStatus.BIDDING.isWaiting()).isTrue();
        assertThat(JobStatus.QUEUING.isWaiting()).isTrue();
        assertThat(JobStatus.fromWire("Bidding")).isEqualTo(JobStatus.BIDDING);
        assertThat(JobStatus.fromWire(null)).isEqualTo(JobStatus.UNKNOWN);
    }

    @Test
    void freeFormMapsKeepNullValues() throws Exception {
        JobSettings settings = MAPPER.readValue("{\"AdvancedSettings\":{\"a\":null,\"b\":[1,{\"c\":true}]}}",
                JobSettings.class);

        assertThat(settings.advancedSettings()).containsEntry("a", null).containsKey("b");
        assertThat(MAPPER.readTree(DlcJson.write(settings)).path("AdvancedSettings").has("a")).isTrue();
    }
}
