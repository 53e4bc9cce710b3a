package io.github.dlckit.bench;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;

import java.util.HashMap;
import java.util.concurrent.Callable;

/**
 * GetJob through the vendor's generic client ({@code com.aliyun:tea-openapi}, {@code callApi}, V3 signature).
 * Loaded only by {@link VendorLoader}'s isolated class loader, where OkHttp 4.12 lives; the benchmark sees
 * it as a {@link Callable}.
 */
public final class VendorGetJob implements Callable<Object> {

    private final Client client;
    private final Params params;
    private final RuntimeOptions runtime = new RuntimeOptions();

    /**
     * @param endpoint host:port of the server
     * @param accessKeyId the key id
     * @param accessKeySecret the secret
     * @throws Exception when the vendor client cannot be created
     */
    public VendorGetJob(String endpoint, String accessKeyId, String accessKeySecret) throws Exception {
        this.client = new Client(new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(accessKeySecret)
                .setEndpoint(endpoint).setProtocol("http"));
        this.params = new Params().setAction("GetJob").setVersion("2020-12-03").setProtocol("HTTP")
                .setPathname("/api/v1/jobs/dlc-bench").setMethod("GET").setAuthType("AK").setStyle("ROA")
                .setReqBodyType("json").setBodyType("json");
    }

    @Override
    public Object call() throws Exception {
        OpenApiRequest request = new OpenApiRequest().setQuery(new HashMap<>()).setHeaders(new HashMap<>());
        return client.callApi(params, request, runtime);
    }
}
