package io.github.dlckit.sdk.auth;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.github.dlckit.sdk.auth.AuthFixtures.FakeEnvironment;
import io.github.dlckit.sdk.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Base of the provider tests that talk to WireMock (subclasses carry {@code @WireMockTest}): a settable clock,
 * an empty fake environment over a temporary home directory, and every endpoint pointing at WireMock.
 */
public abstract class WireMockAuthTest {

    protected final MutableClock clock = new MutableClock(AuthFixtures.T0);
    protected Path home;
    protected FakeEnvironment env;
    protected String baseUrl;

    @BeforeEach
    void setUpFakeEnvironment(WireMockRuntimeInfo wm, @TempDir Path home) {
        this.home = home;
        this.baseUrl = wm.getHttpBaseUrl();
        this.env = new FakeEnvironment(home);
    }

    /** @return a context over {@link #env} as it is now, with {@link #clock} and WireMock as every endpoint */
    protected CredentialsContext context() {
        return env.context(clock, baseUrl);
    }
}
