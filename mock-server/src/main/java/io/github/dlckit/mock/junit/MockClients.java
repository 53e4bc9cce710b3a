package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.sdk.DlcAsyncClient;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.DlcClientBuilder;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.waiter.WaitTime;

import java.net.URI;

/**
 * SDK clients pointed at a running mock, with its region and default access key; on a virtual clock their
 * waiters advance the mock's clock instead of sleeping ({@link VirtualTime}), so {@code dlc.waiter().untilRunning(id)}
 * returns at once in wall time. The SDK is an optional dependency of the mock: the extension loads this class only
 * when the SDK is on the class path.
 */
public final class MockClients {

    static final Class<?> CLIENT = DlcClient.class;
    static final Class<?> ASYNC_CLIENT = DlcAsyncClient.class;
    static final Class<?> CLIENT_BUILDER = DlcClientBuilder.class;

    private MockClients() {
    }

    /**
     * A client builder for the mock: endpoint, region and the mock's default key are set; change anything else
     * (for example {@code clientValidation(false)} to send requests the SDK would refuse, so the mock's own rules
     * answer). On a virtual clock, waiters advance it ({@link VirtualTime#waitTime}).
     *
     * @param server a running mock
     * @return the builder
     */
    public static DlcClientBuilder clientBuilder(DlcMockServer server) {
        return DlcClient.builder().region(server.region()).endpointOverride(URI.create(server.baseUrl()))
                .credentials(Credentials.of(server.accessKeyId(), server.accessKeySecret()))
                .waitTime(waitTime(server));
    }

    /**
     * @param server a running mock
     * @return a client for it with the SDK's defaults; close it after use
     */
    public static DlcClient client(DlcMockServer server) {
        return clientBuilder(server).build();
    }

    /**
     * @param server a running mock
     * @return an asynchronous client for it with the SDK's defaults; close it after use
     */
    public static DlcAsyncClient asyncClient(DlcMockServer server) {
        return DlcAsyncClient.builder().region(server.region()).endpointOverride(URI.create(server.baseUrl()))
                .credentials(Credentials.of(server.accessKeyId(), server.accessKeySecret()))
                .waitTime(waitTime(server)).build();
    }

    /** Virtual time moves only when someone advances it: waiters do; on a wall clock they wait for real. */
    private static WaitTime waitTime(DlcMockServer server) {
        return server.clockMode() == ClockMode.VIRTUAL ? VirtualTime.waitTime(server.control()) : WaitTime.system();
    }
}
