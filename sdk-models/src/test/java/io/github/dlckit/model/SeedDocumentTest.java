package io.github.dlckit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dlckit.model.json.DlcJson;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed document's CreateJob request ("Use a preemptible job", both bid variants), built with the builders,
 * serialises to the body the document shows.
 */
class SeedDocumentTest {

    private static final ObjectMapper MAPPER = DlcJson.mapper();

    @Test
    void discountLimitVariantSerialisesToTheDocumentBody() throws Exception {
        CreateJobRequest request = seedJob(SpotSpec.discountLimit(0.4));

        assertThat(MAPPER.readTree(DlcJson.write(request))).isEqualTo(expected("create-job-spot-discount-limit.json"));
    }

    @Test
    void priceLimitVariantSerialisesToTheDocumentBody() throws Exception {
        CreateJobRequest request = seedJob(SpotSpec.priceLimit(0.011));

        String body = DlcJson.write(request);

        assertThat(MAPPER.readTree(body)).isEqualTo(expected("create-job-spot-price-limit.json"));
        assertThat(body).contains("\"SpotPriceLimit\":0.011").doesNotContain("SpotDiscountLimit");
    }

    @Test
    void theDocumentBodyReadsBackIntoTheSameRequest() throws Exception {
        CreateJobRequest parsed = MAPPER.treeToValue(expected("create-job-spot-price-limit.json"), CreateJobRequest.class);

        assertThat(parsed).isEqualTo(seedJob(SpotSpec.priceLimit(0.011)));
        assertThat(parsed.jobSpecs().get(0).spotSpec().get().spotStrategyEnum()).isEqualTo(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
    }

    /** The document's job, as a Java user writes it. */
    static CreateJobRequest seedJob(SpotSpec bid) {
        return CreateJobRequest.builder()
                .workspaceId("12****")
                .displayName("sample-spot-job")
                .jobType(JobType.PYTORCH_JOB)
                .addJobSpecs(JobSpec.builder()
                        .type("Worker")
                        .image("dsw-registry-vpc.<region-id>.cr.aliyuncs.com/pai/pytorch-training:1.12-cpu-py39-ubuntu20.04")
                        .podCount(1)
                        .ecsSpec("ecs.g7.xlarge")
                        .spotSpec(bid)
                        .build())
                .userVpc(CreateJobRequestUserVpc.builder()
                        .vpcId("vpc-0jlq8l7qech3m2ta2****")
                        .switchId("vsw-0jlc46eg4k3pivwpz8****")
                        .securityGroupId("sg-0jl4bd9wwh5auei9****")
                        .build())
                .userCommand("echo 'Hello World' && ls -R /mnt/data/ && sleep 30 && echo 'DONE'")
                .build();
    }

    private static JsonNode expected(String file) throws Exception {
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed/" + file)) {
            return MAPPER.readTree(in);
        }
    }
}
