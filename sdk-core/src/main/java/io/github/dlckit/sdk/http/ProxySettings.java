package io.github.dlckit.sdk.http;

import okhttp3.Authenticator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP proxy for the client's calls: where it is, optional credentials, and the hosts reached directly.
 * Plain-http requests go to the proxy with their {@code Proxy-Authorization} from the first send; https requests
 * open a {@code CONNECT} tunnel whose request carries it (answered before OkHttp is challenged, so a {@code 407}
 * is never the reason to send anything twice). {@link #toString()} never shows the credentials.
 *
 * <p>Non-proxy host patterns follow the {@code NO_PROXY} convention: {@code *} (every host), {@code example.com}
 * (that host and its subdomains), {@code .example.com} or {@code *.example.com} (the subdomains and the domain
 * itself), an IP address (that address); a {@code :port} suffix is ignored; case does not matter. A proxy taken
 * from the environment also leaves loopback hosts ({@code localhost}, {@code 127.*}, {@code ::1}) direct, as the
 * JDK's and Go's defaults do, so a machine-wide proxy does not capture calls to a local mock.
 */
public final class ProxySettings {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final List<String> nonProxyHosts;
    private final boolean loopbackDirect;

    /**
     * @param host the proxy's host
     * @param port the proxy's port
     * @param user the user name for the proxy, or null for none
     * @param password the password for the proxy (with a user)
     * @param nonProxyHosts patterns of hosts reached directly
     * @param loopbackDirect whether loopback hosts are reached directly too
     */
    public ProxySettings(String host, int port, String user, String password, List<String> nonProxyHosts,
                         boolean loopbackDirect) {
        this.loopbackDirect = loopbackDirect;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        List<String> patterns = new ArrayList<>();
        for (String pattern : nonProxyHosts) {
            String normalised = normalise(pattern);
            if (!normalised.isEmpty()) {
                patterns.add(normalised);
            }
        }
        this.nonProxyHosts = Collections.unmodifiableList(patterns);
    }

    /**
     * Reads a proxy address: {@code http://[user:password@]host[:port]}, or {@code host[:port]} as environment
     * variables often give it (port 80 when none).
     *
     * @param what where the value came from, for the messages ({@code proxy}, {@code HTTPS_PROXY})
     * @param value the address
     * @param problems where a malformed address is described
     * @return the parsed address (user info kept as {@code user:password}), or null when malformed
     */
    public static URI parseAddress(String what, String value, List<String> problems) {
        String text = value.trim();
        URI uri;
        try {
            uri = URI.create(text.contains("://") ? text : "http://" + text);
        } catch (IllegalArgumentException e) {
            problems.add(what + " is not a proxy address such as http://proxy.example.com:8080");
            return null;
        }
        checkAddress(what, uri, problems);
        return uri.getHost() == null ? null : uri;
    }

    /**
     * The rules for a proxy address: http, a host, nothing else but user info and a port.
     *
     * @param what the setting, for the messages
     * @param uri the address
     * @param problems where broken rules are described
     */
    public static void checkAddress(String what, URI uri, List<String> problems) {
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme)) {
            problems.add(what + " must be an http:// proxy (https requests reach it through CONNECT), got "
                    + (scheme == null ? "no scheme" : scheme + "://"));
        }
        if (uri.getHost() == null) {
            problems.add(what + " must name a host, such as http://proxy.example.com:8080");
        }
        String path = uri.getRawPath();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null
                || path != null && !path.isEmpty() && !path.equals("/")) {
            problems.add(what + " must be http://[user:password@]host[:port] only, without path or query");
        }
    }

    /** @return the selector that sends every host through the proxy but the non-proxy ones */
    ProxySelector selector() {
        Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return Collections.singletonList(bypasses(uri.getHost()) ? Proxy.NO_PROXY : proxy);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // Nothing to learn: there is one proxy, and the SDK's retry policy decides what follows.
            }
        };
    }

    /** @return the {@code Proxy-Authorization} value, or null without credentials */
    String authorization() {
        return user == null ? null : okhttp3.Credentials.basic(user, password == null ? "" : password,
                StandardCharsets.UTF_8);
    }

    /**
     * OkHttp asks this before opening a tunnel (a pre-emptive challenge) and after a {@code 407} to a
     * {@code CONNECT}: the credentials go on the {@code CONNECT} request once; a refusal of them ends the
     * attempt. Nothing of the call itself has been sent then. A plain-http request carries the credentials
     * already ({@link WireTracker}), so its {@code 407} is returned to the caller as an answer.
     *
     * @return the proxy authenticator
     */
    Authenticator tunnelAuthenticator() {
        String authorization = authorization();
        if (authorization == null) {
            return Authenticator.NONE;
        }
        return (route, response) -> {
            boolean connect = "CONNECT".equals(response.request().method());
            boolean alreadyTried = response.request().header("Proxy-Authorization") != null;
            return connect && !alreadyTried
                    ? response.request().newBuilder().header("Proxy-Authorization", authorization).build()
                    : null;
        };
    }

    /**
     * @param candidate a host name or IP address
     * @return whether it is reached directly
     */
    boolean bypasses(String candidate) {
        if (candidate == null) {
            return false;
        }
        String h = normalise(candidate);
        if (loopbackDirect && (h.equals("localhost") || h.startsWith("127.") || h.equals("::1"))) {
            return true;
        }
        for (String pattern : nonProxyHosts) {
            if (pattern.equals("*")) {
                return true;
            }
            String domain = pattern.startsWith(".") ? pattern.substring(1) : pattern;
            if (h.equals(domain) || h.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String pattern) {
        String p = pattern.trim().toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            p = p.substring(1);
        }
        if (p.startsWith("[")) {
            int close = p.indexOf(']');
            return close > 0 ? p.substring(1, close) : p;
        }
        int colon = p.indexOf(':');
        return colon >= 0 && colon == p.lastIndexOf(':') ? p.substring(0, colon) : p;
    }

    @Override
    public String toString() {
        return "http://" + host + ":" + port + (user == null ? "" : " (with credentials ****)")
                + (nonProxyHosts.isEmpty() ? "" : ", not for " + nonProxyHosts);
    }
}
