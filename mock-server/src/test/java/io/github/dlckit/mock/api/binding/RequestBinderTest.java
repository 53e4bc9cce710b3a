package io.github.dlckit.mock.api.binding;

import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.UntagResourcesRequest;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestBinderTest {

    private final RequestBinder binder = RequestBinder.standard();

    @Test
    void body_bindsToTheModel_nullsReadAsAbsent() {
        CreateJobRequest request = binder.bind(DlcOperations.CREATE_JOB, Map.of(), List.of(), bytes(
                "{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\",\"Description\":null,"
                        + "\"JobSpecs\":[{\"Type\":\"Worker\",\"PodCount\":2,\"Image\":\"i\",\"EcsSpec\":\"e\","
                        + "\"SpotSpec\":{\"SpotStrategy\":\"SpotWithPriceLimit\",\"SpotPriceLimit\":0.011}}]}"));
        assertThat(request.displayName()).contains("d");
        assertThat(request.description()).isEmpty();
        assertThat(request.jobSpecs().get(0).spotSpec().orElseThrow().spotPriceLimit()).contains(0.011f);
    }

    @Test
    void unknownFields_areRefusedUnlessLenient() {
        String body = "{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\",\"Unknown\":"
                + "{\"x\":1},\"JobSpecs\":[{\"Image\":\"i\",\"EcsSpec\":\"e\"}]}";
        assertRefused(DlcOperations.CREATE_JOB, body, "InvalidParameter.UnknownField",
                "Unknown: CreateJobRequest has no field Unknown");
        CreateJobRequest lenient = RequestBinder.of(RequestLimits.DEFAULTS, true).bind(DlcOperations.CREATE_JOB,
                Map.of(), List.of(), bytes(body));
        assertThat(lenient.displayName()).contains("d");
    }

    @Test
    void query_textsBecomeTypedValues() {
        ListJobsRequest request = binder.bind(DlcOperations.LIST_JOBS, Map.of(), List.of(Map.entry("PageSize", "50"),
                Map.entry("ShowOwn", "TRUE"), Map.entry("Status", "Running,Failed"), Map.entry("callerTag", "ignored"),
                Map.entry("Tags", "{\"team\":\"a b\"}")), new byte[0]);
        assertThat(request.pageSize()).hasValue(50);
        assertThat(request.showOwn()).contains(true);
        assertThat(request.status()).contains("Running,Failed");
        assertThat(request.tags()).containsEntry("team", "a b");

        UntagResourcesRequest untag = binder.bind(DlcOperations.UNTAG_RESOURCES, Map.of(), List.of(
                Map.entry("ResourceId", "[\"dlc1\",\"dlc2\"]"), Map.entry("ResourceType", "Job")), new byte[0]);
        assertThat(untag.resourceId()).containsExactly("dlc1", "dlc2");
    }

    @Test
    void aSpotStrategyOutsideTheEnumIsLeftToRuleR6() {
        CreateJobRequest request = binder.bind(DlcOperations.CREATE_JOB, Map.of(), List.of(),
                bytes("{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\",\"UserCommand\":\"echo\","
                        + "\"JobSpecs\":[{\"Image\":\"i\",\"EcsSpec\":\"e\",\"SpotSpec\":{\"SpotStrategy\":\"Cheap\"}}]}"));
        assertThat(request.jobSpecs().get(0).spotSpec().flatMap(SpotSpec::spotStrategy)).contains("Cheap");
    }

    @Test
    void problems_nameTheFieldAndWhatWasExpected() {
        assertRefused(DlcOperations.CREATE_JOB, "{\"JobSpecs\":[{\"PodCount\":\"2\"}]}", "InvalidParameter",
                "JobSpecs[0].PodCount: expected a whole number (int64); got the string '2'");
        assertRefused(DlcOperations.CREATE_JOB, "{\"JobSpecs\":[{\"SpotSpec\":{\"SpotStrategy\":7}}]}",
                "InvalidParameter", "JobSpecs[0].SpotSpec.SpotStrategy: expected a string; got 7");
        assertRefused(DlcOperations.CREATE_JOB, "{\"Priority\":12}", "InvalidParameter",
                "Priority: expected a number from 1 to 9; got 12");
        assertRefused(DlcOperations.CREATE_JOB, "{\"DisplayName\":\"d\",\"JobType\":\"PyTorchJob\"," 
                + "\"UserCommand\":\"echo\"}", "MissingJobSpecs", "JobSpecs is mandatory for this action.");
        assertRefused(DlcOperations.CREATE_JOB, "{\"DisplayName\":", "InvalidParameter", "Body: malformed JSON at line 1");
        assertRefused(DlcOperations.CREATE_JOB, "[]", "InvalidParameter", "Body: expected a JSON object (CreateJobRequest)");

        EngineException query = catchThrowableOfType(EngineException.class, () -> binder.bind(DlcOperations.LIST_JOBS,
                Map.of(), List.of(Map.entry("PageSize", "ten")), new byte[0]));
        assertThat(query.getMessage()).isEqualTo("PageSize: expected a whole number (int32); got 'ten'");
        EngineException status = catchThrowableOfType(EngineException.class, () -> binder.bind(DlcOperations.LIST_JOBS,
                Map.of(), List.of(Map.entry("Status", "Running,Sleeping")), new byte[0]));
        assertThat(status.getMessage()).startsWith("Status: expected one of Creating, Queuing").endsWith("got 'Sleeping'");
        EngineException path = catchThrowableOfType(EngineException.class, () -> binder.bind(DlcOperations.GET_JOB,
                Map.of("JobId", ""), List.of(), new byte[0]));
        assertThat(path.code()).isEqualTo("MissingJobId");
    }

    private void assertRefused(io.github.dlckit.model.operation.Operation<?, ?> op, String body, String code, String message) {
        EngineException refused = catchThrowableOfType(EngineException.class,
                () -> binder.bind(op, Map.of(), List.of(), bytes(body)));
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.getMessage()).startsWith(message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
