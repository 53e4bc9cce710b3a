package io.github.dlckit.sdk;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.DefaultCredentialsChain;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import io.github.dlckit.sdk.event.CallListener;
import io.github.dlckit.sdk.http.OkHttpClients;
import io.github.dlckit.sdk.http.ProxySettings;
import io.github.dlckit.sdk.internal.ClientConfig;
import io.github.dlckit.sdk.retry.Delayer;
import io.github.dlckit.sdk.internal.Endpoints;
import io.github.dlckit.sdk.internal.ProxyChoice;
import io.github.dlckit.sdk.internal.UserAgent;
import io.github.dlckit.sdk.retry.RetryPolicy;
import io.github.dlckit.sdk.retry.Sleeper;
import io.github.dlckit.sdk.waiter.WaitTime;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The settings both clients share. Setters only record; {@code build()} checks everything and fails with one
 * message listing every problem.
 *
 * <p>Defaults: HTTPS to the region's public endpoint; credentials from {@link DefaultCredentialsChain} (asked
 * before every attempt); {@code ACS3-HMAC-SHA256} signatures; connect timeout 10 s and read/write timeout 20 s
 * (the vendor's client: 10 s and 10 s), no per-attempt call timeout; {@link RetryPolicy#defaults()} (3 attempts, never repeating a call that may have
 * taken effect on a non-idempotent operation; OkHttp itself never resends or follows a redirect); client-side
 * validation on; the proxy of {@code HTTPS_PROXY} / {@code HTTP_PROXY}, if any.
 *
 * @param <B> the concrete builder
 */
public abstract class AbstractDlcClientBuilder<B extends AbstractDlcClientBuilder<B>> {

    /** Connect timeout when none is set and no OkHttpClient is supplied. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read and write timeout when none is set and no OkHttpClient is supplied. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private String region;
    private boolean allowUnlistedRegion;
    private URI endpointOverride;
    private boolean useVpcEndpoint;
    private CredentialsProvider credentialsProvider;
    private Credentials credentials;
    private SignatureAlgorithm signatureAlgorithm = SignatureAlgorithm.ACS3_HMAC_SHA256;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient httpClient;
    private URI proxy;
    private String proxyHost;
    private int proxyPort;
    private String proxyUser;
    private String proxyPassword;
    private List<String> nonProxyHosts;
    private boolean proxyFromEnvironment = true;
    private String userAgentSuffix;
    private boolean clientValidation = true;
    private final List<CallListener> listeners = new ArrayList<>();
    private WaitTime waitTime;

    // Test seams: package-private on purpose (not API); tests in this package replace time, pauses and randomness.
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Delayer delayer;
    private Supplier<String> nonces = Signers::newNonce;
    private AuthEnvironment environment = AuthEnvironment.system();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    AbstractDlcClientBuilder() {
    }

    /**
     * The region, such as {@code cn-hangzhou}: picks the endpoint unless {@link #endpointOverride} is set. It must
     * be in the API catalogue's endpoint table, or {@code build()} fails naming the known regions (a typo would
     * otherwise surface as a DNS failure, or reach another service); {@link #allowUnlistedRegion()} accepts a
     * region added after this SDK was made.
     *
     * @param region the region id
     * @return this builder
     */
    public B region(String region) {
        this.region = region;
        return self();
    }

    /**
     * Accepts a {@link #region} the catalogue's endpoint table does not list; its host is
     * {@code pai-dlc.{region}.aliyuncs.com} (or the VPC one).
     *
     * @return this builder
     */
    public B allowUnlistedRegion() {
        this.allowUnlistedRegion = true;
        return self();
    }

    /**
     * Sends calls to this scheme, host and port instead of the region's endpoint (the mock server, a private
     * gateway). Any path, query or user info is refused.
     *
     * @param endpoint for example {@code http://127.0.0.1:8089}
     * @return this builder
     */
    public B endpointOverride(URI endpoint) {
        this.endpointOverride = endpoint;
        return self();
    }

    /**
     * Uses the region's VPC endpoint {@code pai-dlc-vpc.{region}.aliyuncs.com} (PrivateLink). Regions that
     * the vendor serves centrally keep the central host.
     *
     * @param useVpcEndpoint true for the VPC endpoint
     * @return this builder
     */
    public B useVpcEndpoint(boolean useVpcEndpoint) {
        this.useVpcEndpoint = useVpcEndpoint;
        return self();
    }

    /**
     * Where credentials come from; asked before every attempt. Default: {@link DefaultCredentialsChain#create()}.
     *
     * @param provider the provider
     * @return this builder
     */
    public B credentialsProvider(CredentialsProvider provider) {
        this.credentialsProvider = provider;
        return self();
    }

    /**
     * Fixed credentials (instead of a provider).
     *
     * @param credentials the key pair, or STS credentials
     * @return this builder
     */
    public B credentials(Credentials credentials) {
        this.credentials = credentials;
        return self();
    }

    /**
     * The signature scheme: {@code ACS3_HMAC_SHA256} (default) or {@code ROA_HMAC_SHA1}.
     *
     * @param algorithm the scheme
     * @return this builder
     */
    public B signatureAlgorithm(SignatureAlgorithm algorithm) {
        this.signatureAlgorithm = algorithm;
        return self();
    }

    /**
     * @param timeout the TCP/TLS connect timeout (default 10 s; positive; null for the default)
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return self();
    }

    /**
     * @param timeout the read and write timeout, per socket operation (default 20 s; positive; null for the
     *        default)
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return self();
    }

    /**
     * @param timeout the limit of one attempt from start to end (default none; zero means none); the retry
     *        policy's total deadline decides whether another attempt starts
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return self();
    }

    /**
     * @param policy how calls are retried (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()}
     *        sends each call once)
     * @return this builder
     */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return self();
    }

    /**
     * Shares the caller's OkHttp client (its connection pool and dispatcher). The client derives its own with
     * {@code newBuilder()}, keeps the caller's timeouts unless set here and its proxy unless one is set here or in
     * the environment, and never shuts the caller's down. It re-applies what keeps OkHttp from sending on its own
     * over the caller's settings: no redirects, no authenticator, no retry on a failed connection, and a guard
     * that refuses a second send of one attempt (also one an interceptor of the caller's client would make).
     *
     * @param client the caller's client
     * @return this builder
     */
    public B httpClient(OkHttpClient client) {
        this.httpClient = client;
        return self();
    }

    /**
     * Sends calls through an HTTP proxy (https calls through a {@code CONNECT} tunnel). Wins over
     * {@code HTTPS_PROXY} / {@code HTTP_PROXY} and over a proxy of the {@link #httpClient} given.
     *
     * @param address {@code http://[user:password@]host[:port]} (port 80 when none)
     * @return this builder
     */
    public B proxy(URI address) {
        this.proxy = address;
        this.proxyHost = null;
        return self();
    }

    /**
     * @param host the HTTP proxy's host
     * @param port its port
     * @return this builder
     * @see #proxy(URI)
     */
    public B proxy(String host, int port) {
        this.proxyHost = Objects.requireNonNull(host, "host");
        this.proxyPort = port;
        this.proxy = null;
        return self();
    }

    /**
     * Credentials for the proxy (Basic), sent with the first request to it rather than after a {@code 407}.
     * Never logged; {@code toString()} of the settings shows {@code ****}.
     *
     * @param user the user name
     * @param password the password
     * @return this builder
     */
    public B proxyCredentials(String user, String password) {
        this.proxyUser = user;
        this.proxyPassword = password;
        return self();
    }

    /**
     * Hosts reached without the proxy, in the {@code NO_PROXY} style: {@code *}, {@code example.com} (and its
     * subdomains), {@code .example.com}, an IP address. Replaces {@code NO_PROXY} / {@code no_proxy}.
     *
     * @param hosts the patterns
     * @return this builder
     */
    public B nonProxyHosts(String... hosts) {
        this.nonProxyHosts = new ArrayList<>(Arrays.asList(hosts));
        return self();
    }

    /**
     * @param enabled whether {@code HTTPS_PROXY} / {@code https_proxy} (https endpoints), {@code HTTP_PROXY} /
     *        {@code http_proxy} (http endpoints) and {@code NO_PROXY} / {@code no_proxy} are read when no
     *        {@link #proxy} is set (default true, as the vendor's clients do)
     * @return this builder
     */
    public B proxyFromEnvironment(boolean enabled) {
        this.proxyFromEnvironment = enabled;
        return self();
    }

    /**
     * @param suffix appended to the {@code user-agent} after a space, e.g. {@code my-app/1.2}
     * @return this builder
     */
    public B userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix;
        return self();
    }

    /**
     * @param enabled whether requests are checked before sending (default true); contract tests against the
     *        mock turn it off so the server's own checks are exercised
     * @return this builder
     */
    public B clientValidation(boolean enabled) {
        this.clientValidation = enabled;
        return self();
    }

    /**
     * @param listener hears of every attempt and every call (metrics, tracing); listeners run in the order added
     * @return this builder
     */
    public B addListener(CallListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return self();
    }

    /**
     * The time this client's {@code waiter()} lives on (default: real time). The mock server's JUnit extension
     * and {@code MockClients} pass the mock's virtual clock here, so a wait advances the mock instead of sleeping.
     * Retries keep pausing in real time.
     *
     * @param waitTime clock, sleeper and delayer of the waiters
     * @return this builder
     */
    public B waitTime(WaitTime waitTime) {
        this.waitTime = Objects.requireNonNull(waitTime, "waitTime");
        return self();
    }

    B clock(Clock clock) {
        this.clock = clock;
        return self();
    }

    B sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return self();
    }

    B delayer(Delayer delayer) {
        this.delayer = delayer;
        return self();
    }

    B nonces(Supplier<String> nonces) {
        this.nonces = nonces;
        return self();
    }

    B jitter(DoubleSupplier jitter) {
        this.jitter = jitter;
        return self();
    }

    B environment(AuthEnvironment environment) {
        this.environment = environment;
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Checks the settings and resolves them.
     *
     * @param clientName {@code DlcClient} or {@code DlcAsyncClient}, for the message
     * @return the resolved settings
     * @throws IllegalStateException listing every problem
     */
    ClientConfig resolve(String clientName) {
        List<String> problems = problems();
        ProxySettings proxySettings = proxySettings(problems);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Cannot build ").append(clientName).append(": ")
                    .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
            for (int i = 0; i < problems.size(); i++) {
                message.append(i == 0 ? ": " : "; ").append(i + 1).append(") ").append(problems.get(i));
            }
            throw new IllegalStateException(message.toString());
        }
        boolean ownsHttp = httpClient == null;
        HttpUrl endpoint = Endpoints.resolve(endpointOverride, region, useVpcEndpoint);
        OkHttpClient http = OkHttpClients.derive(httpClient,
                connectTimeout != null || !ownsHttp ? connectTimeout : DEFAULT_CONNECT_TIMEOUT,
                readTimeout != null || !ownsHttp ? readTimeout : DEFAULT_READ_TIMEOUT, callTimeout, proxySettings,
                !endpoint.isHttps());
        CredentialsProvider provider = credentials != null ? CredentialsProvider.of(credentials)
                : credentialsProvider != null ? credentialsProvider : DefaultCredentialsChain.create();
        Delayer pauses = delayer != null ? delayer : Delayer.shared();
        ClientConfig.Seams seams = new ClientConfig.Seams(clock, sleeper, pauses, nonces, jitter,
                waitTime != null ? waitTime : WaitTime.of(clock, sleeper, pauses));
        return new ClientConfig(endpoint, provider,
                Signers.forAlgorithm(signatureAlgorithm), retryPolicy, UserAgent.with(userAgentSuffix),
                clientValidation, http, ownsHttp, seams, listeners);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (endpointOverride == null) {
            if (region == null || region.isEmpty()) {
                problems.add("region is required (or set endpointOverride)");
            } else if (!REGION.matcher(region).matches()) {
                problems.add("region '" + region + "' is not a region id such as cn-hangzhou");
            } else if (!allowUnlistedRegion && !Endpoints.isListed(region)) {
                problems.add("region '" + region + "' is not in the API catalogue's endpoint table (known: "
                        + String.join(", ", Endpoints.listedRegions()) + "); call allowUnlistedRegion() to use "
                        + Endpoints.host(region, useVpcEndpoint) + " anyway");
            }
        } else {
            checkOverride(problems);
        }
        if (endpointOverride != null && useVpcEndpoint) {
            problems.add("useVpcEndpoint cannot be combined with endpointOverride (the override names the host)");
        }
        if (credentials != null && credentialsProvider != null) {
            problems.add("set credentials or credentialsProvider, not both");
        }
        if (signatureAlgorithm == null) {
            problems.add("signatureAlgorithm must not be null");
        }
        if (retryPolicy == null) {
            problems.add("retryPolicy must not be null (use RetryPolicy.none() to disable retries)");
        }
        checkPositive("connectTimeout", connectTimeout, problems);
        checkPositive("readTimeout", readTimeout, problems);
        if (callTimeout != null && callTimeout.isNegative()) {
            problems.add("callTimeout must not be negative, got " + callTimeout);
        }
        if (userAgentSuffix != null && !isPrintableAscii(userAgentSuffix)) {
            problems.add("userAgentSuffix must be printable ASCII without line breaks");
        }
        return problems;
    }

    private ProxySettings proxySettings(List<String> problems) {
        URI address = proxy;
        if (proxyHost != null) {
            try {
                address = new URI("http", null, proxyHost, proxyPort, null, null, null);
            } catch (java.net.URISyntaxException e) {
                problems.add("proxy host '" + proxyHost + "' is not a host name");
                return null;
            }
            if (proxyPort < 1 || proxyPort > 65535) {
                problems.add("proxy port must be 1 to 65535, got " + proxyPort);
            }
        }
        boolean https = endpointOverride == null || "https".equalsIgnoreCase(endpointOverride.getScheme());
        return ProxyChoice.choose(address, proxyUser, proxyPassword, nonProxyHosts, proxyFromEnvironment,
                environment, https, httpClient, problems);
    }

    private void checkOverride(List<String> problems) {
        String scheme = endpointOverride.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            problems.add("endpointOverride must use http or https, got " + (scheme == null ? "no scheme" : scheme));
        }
        if (endpointOverride.getHost() == null) {
            problems.add("endpointOverride must name a host");
        }
        String path = endpointOverride.getRawPath();
        if (endpointOverride.getRawUserInfo() != null || endpointOverride.getRawQuery() != null
                || endpointOverride.getRawFragment() != null || path != null && !path.isEmpty() && !path.equals("/")) {
            problems.add("endpointOverride must be scheme://host[:port] only, without path, query or user info");
        }
    }

    private static void checkPositive(String name, Duration value, List<String> problems) {
        if (value != null && (value.isZero() || value.isNegative())) {
            problems.add(name + " must be positive, got " + value);
        }
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
