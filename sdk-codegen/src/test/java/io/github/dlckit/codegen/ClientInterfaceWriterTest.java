package io.github.dlckit.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClientInterfaceWriterTest {

    static ModelPlan plan;

    @BeforeAll
    static void readCatalogue() throws Exception {
        plan = new ModelPlan(Catalogue.read(Path.of("../spec/pai-dlc-2020-12-03.json")), Customisations.load());
    }

    private static String source(ClientFlavour flavour) {
        return new ClientInterfaceWriter(plan, flavour, ClientGenerator.SDK_PACKAGE, ModelGenerator.MODEL_PACKAGE)
                .write().render();
    }

    @Test
    void everyOperationGetsAPlainAndABuilderConsumerMethod() {
        String sync = source(ClientFlavour.SYNC);
        for (Catalogue.Operation op : plan.catalogue().operations()) {
            String method = JavaNames.attributeName(op.name());
            assertThat(sync).contains(" " + method + "(" + op.name() + "Request request) {")
                    .contains(" " + method + "(Consumer<");
        }
    }

    @Test
    void idOverloadsOnlyWhereThePathIdsAreAllARequestNeeds() {
        String sync = source(ClientFlavour.SYNC);
        assertThat(sync).contains("default GetJobResponse getJob(String jobId) {")
                .contains("default StopJobResponse stopJob(String jobId) {")
                .contains("default GetPodLogsResponse getPodLogs(String jobId, String podId) {")
                .doesNotContain("createJob(String");
    }

    @Test
    void asyncMethodsReturnFutures() {
        assertThat(source(ClientFlavour.ASYNC))
                .contains("public interface DlcAsyncClientOperations {")
                .contains("<Q, S> CompletableFuture<S> call(Operation<Q, S> operation, Q request);")
                .contains("default CompletableFuture<GetJobResponse> getJob(GetJobRequest request) {");
    }

    @Test
    void nonIdempotentOperationsSayHowTheyAreRetried() {
        String sync = source(ClientFlavour.SYNC);
        int createJob = sync.indexOf("default CreateJobResponse createJob(CreateJobRequest request)");
        String doc = sync.substring(sync.lastIndexOf("/**", createJob), createJob).replaceAll("\\s*\\n\\s*\\* ?", " ");
        assertThat(doc).contains("Not idempotent: retried only when the request surely did not reach the service");
    }
}
