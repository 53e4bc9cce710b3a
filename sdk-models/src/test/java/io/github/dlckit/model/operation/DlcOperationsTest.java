package io.github.dlckit.model.operation;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.UntagResourcesRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The descriptors turn requests into wire texts the way the vendor's clients do. */
class DlcOperationsTest {

    @Test
    void plainQueryValuesUseTheirTextAndAbsentOnesAreNotSent() {
        ListJobsRequest request = ListJobsRequest.builder().pageSize(50).showOwn(true).displayName("a b").build();
        Operation<ListJobsRequest, ?> op = DlcOperations.LIST_JOBS;

        assertThat(op.queryParameter("PageSize").get().wireValue(request)).isEqualTo("50");
        assertThat(op.queryParameter("ShowOwn").get().wireValue(request)).isEqualTo("true");
        assertThat(op.queryParameter("DisplayName").get().wireValue(request)).isEqualTo("a b");
        assertThat(op.queryParameter("PageNumber").get().wireValue(request)).isNull();
    }

    @Test
    void shrinkParametersTravelAsOneJsonText() {
        ListJobsRequest list = ListJobsRequest.builder().putTags("team", "nlp").build();
        UntagResourcesRequest untag = UntagResourcesRequest.builder().addResourceId("dlc-1", "dlc-2").resourceType("Job").build();

        assertThat(DlcOperations.LIST_JOBS.queryParameter("Tags").get().wireValue(list)).isEqualTo("{\"team\":\"nlp\"}");
        assertThat(DlcOperations.LIST_JOBS.queryParameter("Tags").get().isJson()).isTrue();
        assertThat(DlcOperations.UNTAG_RESOURCES.queryParameter("ResourceId").get().wireValue(untag))
                .isEqualTo("[\"dlc-1\",\"dlc-2\"]");
        assertThat(DlcOperations.UNTAG_RESOURCES.queryParameter("TagKey").get().wireValue(untag)).isNull();
    }

    @Test
    void pathParametersReadAndWriteRequests() {
        PathParameter<GetJobRequest> jobId = DlcOperations.GET_JOB.pathParameters().get(0);

        GetJobRequest request = jobId.withValue(GetJobRequest.builder().needDetail(true).build(), "dlc-7");

        assertThat(jobId.name()).isEqualTo("JobId");
        assertThat(jobId.valueOf(request)).contains("dlc-7");
        assertThat(request.needDetail()).contains(true);
    }

    @Test
    void lookupByActionName() {
        assertThat(DlcOperations.byName("StopJob")).contains(DlcOperations.STOP_JOB);
        assertThat(DlcOperations.byName("NoSuchAction")).isEmpty();
        assertThat(DlcOperations.STOP_JOB.toString()).isEqualTo("StopJob (POST /api/v1/jobs/{JobId}/stop)");
        assertThat(DlcOperations.STOP_JOB.isIdempotent()).isFalse();
        assertThat(DlcOperations.GET_JOB.isIdempotent()).isTrue();
    }
}
