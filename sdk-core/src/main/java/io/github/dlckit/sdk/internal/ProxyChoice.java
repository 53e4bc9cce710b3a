package io.github.dlckit.sdk.internal;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.http.ProxySettings;
import okhttp3.OkHttpClient;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which proxy a client uses, as the vendor's clients choose it: the builder's {@code proxy(...)} first; else, unless
 * turned off or the caller's OkHttpClient sets a proxy of its own, {@code HTTPS_PROXY} (for an https endpoint) or
 * {@code HTTP_PROXY} (for http), upper case before lower case. Credentials: the builder's
 * {@code proxyCredentials}, else the address's {@code user:password@}. Hosts reached directly: the builder's
 * {@code nonProxyHosts}, else {@code NO_PROXY} / {@code no_proxy} (comma-separated); with a proxy from the
 * environment, loopback hosts as well.
 */
public final class ProxyChoice {

    private ProxyChoice() {
    }

    /**
     * @param explicit the builder's proxy address, or null
     * @param user the builder's proxy user, or null
     * @param password the builder's proxy password
     * @param nonProxyHosts the builder's non-proxy hosts, or null when not set
     * @param fromEnvironment whether the environment variables are read
     * @param environment where they are read
     * @param httpsEndpoint whether the endpoint is https
     * @param userClient the caller's OkHttpClient, or null
     * @param problems where malformed settings are described
     * @return the proxy, or null for none (the caller's client's settings, or OkHttp's default, then apply)
     */
    public static ProxySettings choose(URI explicit, String user, String password, List<String> nonProxyHosts,
                                       boolean fromEnvironment, AuthEnvironment environment, boolean httpsEndpoint,
                                       OkHttpClient userClient, List<String> problems) {
        URI address = null;
        if (explicit != null) {
            ProxySettings.checkAddress("proxy", explicit, problems);
            address = explicit.getHost() == null ? null : explicit;
        } else if (fromEnvironment && (userClient == null || userClient.proxy() == null)) {
            String[] names = httpsEndpoint ? new String[] {"HTTPS_PROXY", "https_proxy"}
                    : new String[] {"HTTP_PROXY", "http_proxy"};
            for (String name : names) {
                String value = environment.getenv(name);
                if (value != null && !value.trim().isEmpty()) {
                    address = ProxySettings.parseAddress(name, value, problems);
                    break;
                }
            }
        }
        if (address == null) {
            if (user != null && explicit == null) {
                problems.add("proxyCredentials needs a proxy (set proxy(...), or HTTPS_PROXY / HTTP_PROXY)");
            }
            return null;
        }
        String proxyUser = user;
        String proxyPassword = password;
        if (proxyUser == null && address.getRawUserInfo() != null) {
            String info = address.getRawUserInfo();
            int colon = info.indexOf(':');
            proxyUser = decode(colon < 0 ? info : info.substring(0, colon));
            proxyPassword = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        List<String> bypass = nonProxyHosts != null ? nonProxyHosts : noProxyFromEnvironment(environment);
        return new ProxySettings(address.getHost(), address.getPort() > 0 ? address.getPort() : 80, proxyUser,
                proxyPassword, bypass, explicit == null);
    }

    private static List<String> noProxyFromEnvironment(AuthEnvironment environment) {
        for (String name : new String[] {"NO_PROXY", "no_proxy"}) {
            String value = environment.getenv(name);
            if (value != null && !value.trim().isEmpty()) {
                return Arrays.asList(value.split(","));
            }
        }
        return new ArrayList<>();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
