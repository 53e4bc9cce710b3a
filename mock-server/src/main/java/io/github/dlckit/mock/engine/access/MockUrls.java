package io.github.dlckit.mock.engine.access;

/**
 * The URLs the mock hands out for TensorBoards, dashboards, Ray history servers and web terminals. They follow
 * the vendor's layout (a proxy gateway per region) under {@link #DOMAIN}, a name reserved never to resolve, so
 * a client that follows one fails fast instead of reaching a real host. Each URL is a function of region and ids
 * only: deterministic.
 */
public final class MockUrls {

    /** The domain every mock URL is under (RFC 2606 reserves {@code .invalid}). */
    public static final String DOMAIN = "dlckit.invalid";

    private MockUrls() {
    }

    /** @return a TensorBoard's own page */
    public static String tensorboard(String region, String tensorboardId) {
        return gateway(region) + "/tensorboard/" + tensorboardId + "/";
    }

    /** @return a TensorBoard page that opens with the token in the path (GetTensorboardSharedUrl) */
    public static String sharedTensorboard(String region, String tensorboardId, String token) {
        return gateway(region) + "/tensorboard/" + tensorboardId + "/token/" + token + "/";
    }

    /** @return a job's dashboard */
    public static String jobDashboard(String region, String jobId) {
        return gateway(region) + "/jobs/" + jobId + "/dashboard/";
    }

    /** @return a Ray job's Ray dashboard */
    public static String rayDashboard(String region, String jobId) {
        return gateway(region) + "/ray/dashboard/" + jobId + "/";
    }

    /** @return a Ray history server's page */
    public static String rayHistoryServer(String region, String serverId) {
        return "https://" + serverId + "-dashboard.dsw-gateway-" + region + "." + DOMAIN + "/";
    }

    /** @return the WebSocket of a pod's terminal */
    public static String webTerminal(String region, String jobId, String podId, String token) {
        return "wss://pai-dlc-proxy-" + region + "." + DOMAIN + "/webterminal/" + jobId + "/" + podId
                + "?token=" + token;
    }

    /** @return the URL with a token query parameter */
    public static String withToken(String url, String token) {
        return url + "?token=" + token;
    }

    private static String gateway(String region) {
        return "https://pai-dlc-proxy-" + region + "." + DOMAIN;
    }
}
