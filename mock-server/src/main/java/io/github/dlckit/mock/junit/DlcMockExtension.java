package io.github.dlckit.mock.junit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.auth.AccessKey;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.control.MockControl;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * JUnit 5 extension that runs an embedded {@link DlcMockServer} for tests.
 *
 * <p>Two forms:
 * <ul>
 *   <li>Annotation: {@link DlcMock @DlcMock} on the class, one server per class.</li>
 *   <li>Field, with options:
 *   <pre>{@code
 *   @RegisterExtension
 *   static DlcMockExtension mock = DlcMockExtension.builder().seed(7).configure(b -> b.startTime(t0)).build();
 *   }</pre>
 *   A {@code static} field runs one server for the class; an instance field runs a fresh server for each test.</li>
 * </ul>
 *
 * <p>Test and lifecycle methods may declare parameters of type {@link DlcMockServer}, {@link MockControl} and
 * {@link WireMockServer}; the field form also offers {@link #server()} and friends. With a server per class, each
 * test starts from an empty mock: engine state reset (the clock keeps its time), WireMock stubs and request journal
 * reset — unless {@code resetBetweenTests} is off. Tests of one class share the server, so do not run them in
 * parallel with each other; separate classes get separate servers and may run in parallel.
 */
public final class DlcMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<DlcMockServer.Builder> configuration;
    private final boolean resetBetweenTests;
    private DlcMockServer server;
    private String startedBy;
    private boolean perTest;
    private final List<AutoCloseable> perTestResources = new ArrayList<>();
    private Optional<DlcMock> found = Optional.empty();

    /** For {@code @ExtendWith} and {@link DlcMock @DlcMock}: options come from the annotation, if any. */
    public DlcMockExtension() {
        this(null, true);
    }

    private DlcMockExtension(Consumer<DlcMockServer.Builder> configuration, boolean resetBetweenTests) {
        this.configuration = configuration;
        this.resetBetweenTests = resetBetweenTests;
    }

    /** @return a builder for the {@code @RegisterExtension} form */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the running server (between the start and the end of the class or test) */
    public DlcMockServer server() {
        if (server == null) {
            throw new IllegalStateException("the DLC mock runs only while tests run");
        }
        return server;
    }

    /** @return the running server's control API */
    public MockControl control() {
        return server().control();
    }

    /** @return the running server's base URL */
    public String baseUrl() {
        return server().baseUrl();
    }

    /** @return the running server's WireMock */
    public WireMockServer wireMock() {
        return server().wireMock();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server == null) {
            server = start(context);
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(startedBy)) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            // Registered on an instance field: no beforeAll came, so this test gets a server of its own.
            server = start(context);
            perTest = true;
        } else if (resetBetweenTests()) {
            server.wireMock().resetAll();
            server.control().reset();
            server.control().clearFaults(); // a fault a test left waiting must not hit the next one
            server.control().clearRequests();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable resource : perTestResources) {
            resource.close();
        }
        perTestResources.clear();
        if (perTest) {
            stop();
            perTest = false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return injectables().containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (server == null) {
            throw new ParameterResolutionException("the DLC mock is not running for " + parameter.getDeclaringExecutable()
                    + ": with an instance-field extension, inject into test methods only");
        }
        Injectable injectable = injectables().get(parameter.getParameter().getType());
        Object value = injectable.make().apply(server);
        if (injectable.closedAfterTest()) {
            perTestResources.add((AutoCloseable) value);
        }
        return value;
    }

    /**
     * Something a test can ask for.
     *
     * @param make how to get it from the running server
     * @param closedAfterTest whether each parameter gets a new one, closed after the test ({@link AutoCloseable})
     */
    private record Injectable(Function<DlcMockServer, Object> make, boolean closedAfterTest) {
    }

    /** Whether sdk-core is on the class path (an optional dependency of the mock): then tests can ask for clients. */
    private static final boolean SDK_PRESENT = isPresent("io.github.dlckit.sdk.DlcClient");

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, DlcMockExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** What tests can ask for, by parameter type. */
    private static Map<Class<?>, Injectable> injectables() {
        Map<Class<?>, Injectable> types = new LinkedHashMap<>();
        types.put(DlcMockServer.class, new Injectable(s -> s, false));
        types.put(MockControl.class, new Injectable(DlcMockServer::control, false));
        types.put(WireMockServer.class, new Injectable(DlcMockServer::wireMock, false));
        if (SDK_PRESENT) {
            // a client per parameter, closed after the test; a builder for tests that want other options
            types.put(MockClients.CLIENT, new Injectable(MockClients::client, true));
            types.put(MockClients.ASYNC_CLIENT, new Injectable(MockClients::asyncClient, true));
            types.put(MockClients.CLIENT_BUILDER, new Injectable(MockClients::clientBuilder, false));
        }
        return types;
    }

    private boolean resetBetweenTests() {
        return configuration != null ? resetBetweenTests
                : annotation(null).map(DlcMock::resetBetweenTests).orElse(true);
    }

    private DlcMockServer start(ExtensionContext context) {
        DlcMockServer.Builder builder = DlcMockServer.builder();
        if (configuration != null) {
            configuration.accept(builder);
        } else {
            annotation(context).ifPresent(options -> apply(options, builder));
        }
        return builder.start();
    }

    /** The class's {@link DlcMock}, looked up once (on an enclosing class too, for nested test classes). */
    private Optional<DlcMock> annotation(ExtensionContext context) {
        if (found.isEmpty() && context != null) {
            for (Optional<Class<?>> type = context.getTestClass(); type.isPresent();
                 type = Optional.ofNullable(type.get().getEnclosingClass())) {
                found = AnnotationSupport.findAnnotation(type.get(), DlcMock.class);
                if (found.isPresent()) {
                    break;
                }
            }
        }
        return found;
    }

    private static void apply(DlcMock options, DlcMockServer.Builder builder) {
        builder.region(options.region()).clockMode(options.clock()).seed(options.seed());
        if (!options.startTime().isEmpty()) {
            builder.startTime(Instant.parse(options.startTime()));
        }
        for (String key : options.accessKeys()) {
            builder.accessKey(AccessKey.parse(key));
        }
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
            startedBy = null;
        }
    }

    /** Options of the {@code @RegisterExtension} form. */
    public static final class Builder {
        private final List<Consumer<DlcMockServer.Builder>> steps = new ArrayList<>();
        private boolean resetBetweenTests = true;

        private Builder() {
        }

        /**
         * @param seed the seed of ids and prices
         * @return this builder
         */
        public Builder seed(long seed) {
            return configure(b -> b.seed(seed));
        }

        /**
         * @param clockMode how the clock moves
         * @return this builder
         */
        public Builder clockMode(ClockMode clockMode) {
            return configure(b -> b.clockMode(clockMode));
        }

        /**
         * @param id an access key id the mock accepts (of the default account)
         * @param secret its secret
         * @return this builder
         */
        public Builder accessKey(String id, String secret) {
            return configure(b -> b.accessKey(id, secret));
        }

        /**
         * Any other server option.
         *
         * @param step changes the server builder, e.g. {@code b -> b.startTime(t0).region("cn-hangzhou")}
         * @return this builder
         */
        public Builder configure(Consumer<DlcMockServer.Builder> step) {
            steps.add(step);
            return this;
        }

        /**
         * @param reset whether each test starts from an empty mock when the server is shared (default true)
         * @return this builder
         */
        public Builder resetBetweenTests(boolean reset) {
            this.resetBetweenTests = reset;
            return this;
        }

        /** @return the extension, to assign to a {@code @RegisterExtension} field */
        public DlcMockExtension build() {
            List<Consumer<DlcMockServer.Builder>> copy = List.copyOf(steps);
            return new DlcMockExtension(b -> copy.forEach(step -> step.accept(b)), resetBetweenTests);
        }
    }
}
