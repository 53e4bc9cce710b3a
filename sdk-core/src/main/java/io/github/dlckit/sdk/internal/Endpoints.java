package io.github.dlckit.sdk.internal;

import okhttp3.HttpUrl;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where calls go. An explicit override wins (scheme, host and port only: the mock server, a private gateway);
 * otherwise the region decides: {@code pai-dlc.{region}.aliyuncs.com}, {@code pai-dlc-vpc.{region}.aliyuncs.com}
 * with the VPC flag, and the central {@code pai-dlc.aliyuncs.com} for the regions the vendor's table centralises
 * (which wins over the VPC flag, as in the vendor's resolution). Always HTTPS unless the override says otherwise.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /**
     * @param override the explicit endpoint, or null
     * @param region the region id, used when there is no override
     * @param vpc whether to use the VPC endpoint of the region
     * @return the base URL (no path)
     */
    public static HttpUrl resolve(URI override, String region, boolean vpc) {
        if (override != null) {
            return new HttpUrl.Builder().scheme(override.getScheme()).host(override.getHost())
                    .port(override.getPort() > 0 ? override.getPort() : HttpUrl.defaultPort(override.getScheme()))
                    .build();
        }
        return new HttpUrl.Builder().scheme("https").host(host(region, vpc)).build();
    }

    /**
     * @param region a region id
     * @return whether the catalogue's endpoint table lists it (with a host of its own, or served centrally)
     */
    public static boolean isListed(String region) {
        return ApiCatalogue.REGIONAL.contains(region) || ApiCatalogue.CENTRALISED.contains(region);
    }

    /** @return the regions of the catalogue's endpoint table, those with a host of their own first, each sorted */
    public static List<String> listedRegions() {
        List<String> regional = new ArrayList<>(ApiCatalogue.REGIONAL);
        List<String> central = new ArrayList<>(ApiCatalogue.CENTRALISED);
        Collections.sort(regional);
        Collections.sort(central);
        regional.addAll(central);
        return regional;
    }

    /**
     * @param region the region id
     * @param vpc whether to use the VPC endpoint
     * @return the host name for the region
     */
    public static String host(String region, boolean vpc) {
        if (ApiCatalogue.CENTRALISED.contains(region)) {
            return ApiCatalogue.CENTRAL;
        }
        return (vpc ? ApiCatalogue.VPC_PATTERN : ApiCatalogue.PATTERN).replace("{regionId}", region);
    }

    /**
     * The {@code host} header for a URL, as OkHttp would send it: the port only when it is not the scheme's default.
     *
     * @param url the endpoint
     * @return the header value
     */
    public static String hostHeader(HttpUrl url) {
        String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }
}
