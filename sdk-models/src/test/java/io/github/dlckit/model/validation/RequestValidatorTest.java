package io.github.dlckit.model.validation;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.UpdateJobRequest;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each client-side rule: a request that breaks it fails with a message naming the field, the rule and the value. */
class RequestValidatorTest {

    private static CreateJobRequest.Builder job(SpotSpec bid) {
        return CreateJobRequest.builder()
                .displayName("spot").jobType("PyTorchJob").userCommand("sleep 60")
                .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).ecsSpec("ecs.g7.xlarge").spotSpec(bid).build());
    }

    private static List<String> problems(CreateJobRequest request) {
        return RequestValidator.check(DlcOperations.CREATE_JOB, request).stream().map(Violation::toString).toList();
    }

    @Test
    void aWellFormedSpotJobPasses() {
        assertThat(problems(job(SpotSpec.priceLimit(0.011)).build())).isEmpty();
        assertThat(problems(job(SpotSpec.discountLimit(0.4)).build())).isEmpty();
    }

    @Test
    void r8_bothLimitsAreRefused() {
        SpotSpec both = SpotSpec.priceLimit(0.011).toBuilder().spotDiscountLimit(0.4).build();

        assertThat(problems(job(both).build())).containsExactly(
                "JobSpecs[0].SpotSpec: R8 allows SpotPriceLimit or SpotDiscountLimit, not both; "
                        + "got SpotPriceLimit 0.011 and SpotDiscountLimit 0.4");
    }

    @Test
    void r7_discountLimitMustBeATenthBetweenOneAndNine() {
        assertThat(problems(job(SpotSpec.discountLimit(0.95)).build())).containsExactly(
                "JobSpecs[0].SpotSpec.SpotDiscountLimit: R7 requires 0.1 to 0.9 in steps of 0.1, got 0.95");
        assertThat(problems(job(SpotSpec.discountLimit(0.45)).build())).containsExactly(
                "JobSpecs[0].SpotSpec.SpotDiscountLimit: R7 requires 0.1 to 0.9 in steps of 0.1, got 0.45");
        assertThat(problems(job(SpotSpec.discountLimit(0.05)).build())).hasSize(1);
        for (double ok : new double[] {0.1, 0.2, 0.3, 0.5, 0.7, 0.9}) {
            assertThat(problems(job(SpotSpec.discountLimit(ok)).build())).as("discount %s", ok).isEmpty();
        }
    }

    @Test
    void r7_priceLimitMustBePositiveAndAStrategyNeedsALimit() {
        assertThat(problems(job(SpotSpec.priceLimit(0)).build())).containsExactly(
                "JobSpecs[0].SpotSpec.SpotPriceLimit: R7 requires a price above 0 CNY per minute, got 0.0");
        assertThat(problems(job(SpotSpec.builder().spotStrategy("SpotWithPriceLimit").build()).build())).containsExactly(
                "JobSpecs[0].SpotSpec: R7 requires SpotPriceLimit or SpotDiscountLimit with SpotWithPriceLimit, got neither");
    }

    @Test
    void r6_aLimitNeedsTheSpotWithPriceLimitStrategy() {
        assertThat(problems(job(SpotSpec.builder().spotPriceLimit(0.011).build()).build())).containsExactly(
                "JobSpecs[0].SpotSpec.SpotStrategy: R6 requires SpotWithPriceLimit when SpotPriceLimit or "
                        + "SpotDiscountLimit is set, got none");
        assertThat(problems(job(SpotSpec.builder().spotStrategy("NoSpot").spotDiscountLimit(0.4).build()).build()))
                .singleElement().asString().contains("R6").endsWith("got NoSpot");
    }

    @Test
    void podCountIsAtLeastOne() {
        CreateJobRequest request = job(SpotSpec.priceLimit(0.011)).build();
        CreateJobRequest zeroPods = request.toBuilder()
                .jobSpecs(List.of(request.jobSpecs().get(0).toBuilder().podCount(0).build())).build();

        assertThat(problems(zeroPods)).containsExactly("JobSpecs[0].PodCount requires at least 1, got 0");
    }

    @Test
    void requiredFieldsArePresent() {
        CreateJobRequest empty = CreateJobRequest.builder().build();

        assertThat(problems(empty)).containsExactly(
                "DisplayName is required by CreateJob",
                "JobSpecs is required by CreateJob",
                "JobType is required by CreateJob",
                "UserCommand is required by CreateJob");
    }

    @Test
    void pathParametersMustNotBeEmpty() {
        assertThat(RequestValidator.check(DlcOperations.GET_JOB, GetJobRequest.of("")))
                .extracting(Violation::toString)
                .containsExactly("JobId is a path parameter of GetJob and must not be empty");
        assertThat(RequestValidator.check(DlcOperations.GET_JOB, GetJobRequest.builder().build())).hasSize(1);
        assertThat(RequestValidator.check(DlcOperations.GET_JOB, GetJobRequest.of("dlc-1"))).isEmpty();
    }

    @Test
    void pathParametersMustNotBeDotSegments() {
        assertThat(RequestValidator.check(DlcOperations.GET_JOB, GetJobRequest.of("..")))
                .extracting(Violation::toString)
                .containsExactly("JobId is a path parameter of GetJob and must not be '.' or '..'");
        assertThat(RequestValidator.check(DlcOperations.GET_JOB, GetJobRequest.of("."))).hasSize(1);
        assertThat(RequestValidator.check(DlcOperations.GET_JOB, GetJobRequest.of("..dlc"))).isEmpty();
    }

    @Test
    void priorityIsOneToNine() {
        assertThat(problems(job(SpotSpec.priceLimit(0.011)).priority(10).build()))
                .containsExactly("Priority requires 1 to 9, got 10");
        assertThat(RequestValidator.check(DlcOperations.CREATE_TENSORBOARD,
                CreateTensorboardRequest.builder().priority("high").build()))
                .extracting(Violation::toString).containsExactly("Priority requires a number from 1 to 9, got high");
    }

    @Test
    void updateJobChecksTheRolesItChanges() {
        UpdateJobRequest update = UpdateJobRequest.builder().jobId("dlc-1")
                .addJobSpecs(JobSpec.builder().podCount(2).spotSpec(SpotSpec.discountLimit(1.5)).build()).build();

        assertThat(RequestValidator.check(DlcOperations.UPDATE_JOB, update)).extracting(Violation::rule).containsExactly("R7");
    }

    @Test
    void validateThrowsWithEveryProblemInTheMessage() {
        CreateJobRequest bad = job(SpotSpec.priceLimit(0.011).toBuilder().spotDiscountLimit(2.0).build()).priority(0).build();

        assertThatThrownBy(() -> RequestValidator.validate(DlcOperations.CREATE_JOB, bad))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("CreateJob request is invalid: ")
                .hasMessageContaining("Priority requires 1 to 9, got 0")
                .hasMessageContaining("JobSpecs[0].SpotSpec.SpotDiscountLimit: R7")
                .hasMessageContaining("JobSpecs[0].SpotSpec: R8")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(3));
    }
}
