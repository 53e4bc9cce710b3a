package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;

/**
 * The derived reads about a job: metrics, sanity check results, dashboards, web terminals and tokens, implemented
 * by the engine's {@code JobMetricsService}, {@code SanityCheckService} and {@code AccessService}.
 */
final class InsightHandlers {

    private InsightHandlers() {
    }

    static void register(OperationHandlers handlers) {
        handlers.register(DlcOperations.GET_JOB_METRICS, (e, caller, r) -> e.metrics().getJobMetrics(caller, r))
                .register(DlcOperations.GET_METRICS, (e, caller, r) -> e.metrics().getMetrics(caller, r))
                .register(DlcOperations.GET_JOB_SANITY_CHECK_RESULT,
                        (e, caller, r) -> e.sanityChecks().getJobSanityCheckResult(caller, r))
                .register(DlcOperations.LIST_JOB_SANITY_CHECK_RESULTS,
                        (e, caller, r) -> e.sanityChecks().listJobSanityCheckResults(caller, r))
                .register(DlcOperations.GET_DASHBOARD, (e, caller, r) -> e.access().getDashboard(caller, r))
                .register(DlcOperations.GET_RAY_DASHBOARD, (e, caller, r) -> e.access().getRayDashboard(caller, r))
                .register(DlcOperations.GET_WEB_TERMINAL, (e, caller, r) -> e.access().getWebTerminal(caller, r))
                .register(DlcOperations.GET_TOKEN, (e, caller, r) -> e.access().getToken(caller, r));
    }
}
