package io.github.dlckit.mock.api;

import io.github.dlckit.mock.api.view.MetricsView;
import io.github.dlckit.mock.api.view.SanityCheckView;
import io.github.dlckit.model.GetDashboardResponse;
import io.github.dlckit.model.GetJobMetricsResponse;
import io.github.dlckit.model.GetJobSanityCheckResultResponse;
import io.github.dlckit.model.GetRayDashboardResponse;
import io.github.dlckit.model.GetTokenResponse;
import io.github.dlckit.model.GetWebTerminalResponse;
import io.github.dlckit.model.ListJobSanityCheckResultsResponse;
import io.github.dlckit.model.operation.DlcOperations;

/**
 * The derived reads about a job: metrics, sanity check results, dashboards, web terminals and tokens, implemented
 * by the engine's {@code JobMetricsService}, {@code SanityCheckService} and {@code AccessService}. The job id an
 * answer echoes is the request's: the engine found the job by exactly that id.
 */
final class InsightHandlers {

    private InsightHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.GET_JOB_METRICS, (e, caller, r) -> GetJobMetricsResponse.builder()
                        .podMetrics(MetricsView.podMetrics(e.metrics().getJobMetrics(caller, r)))
                        .jobId(r.jobId()).build())
                .register(DlcOperations.GET_METRICS,
                        (e, caller, r) -> MetricsView.get(e.metrics().getMetrics(caller, r)))
                .register(DlcOperations.GET_JOB_SANITY_CHECK_RESULT, (e, caller, r) -> {
                    var phases = e.sanityChecks().getJobSanityCheckResult(caller, r);
                    return GetJobSanityCheckResultResponse.builder().sanityCheckResult(SanityCheckView.check(phases))
                            .jobId(r.jobId()).build();
                })
                .register(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS, (e, caller, r) -> {
                    var checks = e.sanityChecks().listJobSanityCheckResults(caller, r);
                    return ListJobSanityCheckResultsResponse.builder()
                            .sanityCheckResults(checks.stream().map(SanityCheckView::check).toList())
                            .totalCount(checks.size()).build();
                })
                .register(DlcOperations.GET_DASHBOARD, (e, caller, r) ->
                        GetDashboardResponse.builder().url(e.access().getDashboard(caller, r)).build())
                // the mock's Ray dashboards always show metrics
                .register(DlcOperations.GET_RAY_DASHBOARD, (e, caller, r) -> GetRayDashboardResponse.builder()
                        .url(e.access().getRayDashboard(caller, r)).metricsEnabled("true").build())
                .register(DlcOperations.GET_WEB_TERMINAL, (e, caller, r) -> GetWebTerminalResponse.builder()
                        .webTerminalUrl(e.access().getWebTerminal(caller, r)).build())
                .register(DlcOperations.GET_TOKEN, (e, caller, r) ->
                        GetTokenResponse.builder().token(e.access().getToken(caller, r)).build());
    }
}
