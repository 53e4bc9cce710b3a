package io.github.dlckit.mock.http;

import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperationRouterTest {

    private final OperationRouter router = new OperationRouter();

    @Test
    void methodAndPath_selectTheOperation_withDecodedValues() {
        OperationRouter.Match match = router.route("GET", "/api/v1/jobs/dlc-2026%2011%2F28/pods/w%2B0/logs").orElseThrow();
        assertThat(match.operation()).isSameAs(DlcOperations.GET_POD_LOGS);
        assertThat(match.pathValues()).isEqualTo(Map.of("JobId", "dlc-2026 11/28", "PodId", "w+0"));
        assertThat(router.route("PUT", "/api/v1/jobs/dlc1").orElseThrow().operation()).isSameAs(DlcOperations.UPDATE_JOB);
        assertThat(router.route("DELETE", "/api/v1/jobs/dlc1").orElseThrow().operation()).isSameAs(DlcOperations.DELETE_JOB);
        assertThat(router.route("POST", "/api/v1/jobs/dlc1/stop").orElseThrow().operation()).isSameAs(DlcOperations.STOP_JOB);
        assertThat(router.route("GET", "/api/v1/jobs/dlc1/dashboard").orElseThrow().pathValues())
                .isEqualTo(Map.of("jobId", "dlc1"));
    }

    @Test
    void everyTemplateOfTheCatalogue_routesToItself() {
        DlcOperations.all().forEach(op -> assertThat(router.route(op.method().name(),
                op.pathTemplate().replaceAll("\\{[^}]+}", "x")).orElseThrow().operation()).isSameAs(op));
    }

    @Test
    void wrongMethodOrPath_findsNothing() {
        assertThat(router.route("PATCH", "/api/v1/jobs")).isEmpty();
        assertThat(router.route("GET", "/api/v1/jobs/a/b")).isEmpty();
        assertThat(router.route("GET", "api/v1/jobs")).isEmpty();
        assertThat(router.route("GET", "/api/v1/Jobs")).isEmpty();
    }
}
