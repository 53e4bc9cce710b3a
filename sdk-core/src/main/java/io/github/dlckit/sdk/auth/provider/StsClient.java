package io.github.dlckit.sdk.auth.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.signer.RequestSigner;
import io.github.dlckit.sdk.auth.signer.Rfc3986;
import io.github.dlckit.sdk.auth.signer.SignableRequest;
import io.github.dlckit.sdk.auth.signer.SignatureAlgorithm;
import io.github.dlckit.sdk.auth.signer.Signers;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two STS (2015-04-01) calls the providers need: {@code AssumeRole}, signed with ACS3-HMAC-SHA256 as an
 * RPC-style {@code POST /} with its parameters in the query, and {@code AssumeRoleWithOIDC}, unsigned, with a
 * form body. The host is {@code sts.aliyuncs.com}, {@code sts.<region>.aliyuncs.com} or
 * {@code sts-vpc.<region>.aliyuncs.com}, unless the context overrides it.
 */
final class StsClient {

    static final String VERSION = "2015-04-01";
    static final String ENV_STS_REGION = "ALIBABA_CLOUD_STS_REGION";
    static final String ENV_VPC_ENABLED = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
    static final String ENV_ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final long READ_TIMEOUT_MILLIS = 10_000;

    private final CredentialsContext context;
    private final OkHttpClient http;
    private final HttpUrl endpoint;
    private final AssumeRoleSettings role;
    private final String sessionName;

    StsClient(CredentialsContext context, AssumeRoleSettings role) {
        this.context = context;
        this.role = role;
        this.http = ProviderHttp.withTimeouts(context.httpClient(), CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
        String region = role.stsRegion() != null ? role.stsRegion()
                : ProviderSupport.env(context.environment(), ENV_STS_REGION);
        boolean vpc = role.enableVpc() != null ? role.enableVpc()
                : ProviderSupport.envFlag(context.environment(), ENV_VPC_ENABLED);
        this.endpoint = context.stsEndpointOverride() != null ? context.stsEndpointOverride()
                : new HttpUrl.Builder().scheme("https").host(host(region, vpc)).build();
        String name = role.roleSessionName() != null ? role.roleSessionName()
                : ProviderSupport.env(context.environment(), ENV_ROLE_SESSION_NAME);
        this.sessionName = name != null ? name : "dlckit-" + context.clock().millis();
    }

    /**
     * The vendor's rule: a region gives {@code sts.<region>} (or {@code sts-vpc.<region>} with VPC), no region
     * the central host (the VPC flag alone does not change it).
     *
     * @param region the STS region, or null
     * @param vpc whether the VPC endpoint is wanted
     * @return the STS host
     */
    static String host(String region, boolean vpc) {
        return region == null ? "sts.aliyuncs.com" : (vpc ? "sts-vpc." : "sts.") + region + ".aliyuncs.com";
    }

    /** @return the base URL requests go to */
    HttpUrl endpoint() {
        return endpoint;
    }

    /** @return the session name sent as {@code RoleSessionName} */
    String sessionName() {
        return sessionName;
    }

    /**
     * {@code AssumeRole}, signed with {@code source}.
     *
     * @param source the credentials to sign with (a key of the RAM user or a role that may assume this one)
     * @param providerName the provider name of the credentials returned
     * @return the role's temporary credentials
     */
    Credentials assumeRole(Credentials source, String providerName) {
        Map<String, String> parameters = commonParameters();
        put(parameters, "ExternalId", role.externalId());
        HttpUrl.Builder url = endpoint.newBuilder().encodedPath("/");
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            url.addEncodedQueryParameter(Rfc3986.encode(p.getKey()), Rfc3986.encode(p.getValue()));
            query.add(new AbstractMap.SimpleImmutableEntry<>(p.getKey(), p.getValue()));
        }
        HttpUrl target = url.build();
        SignableRequest signable = new SignableRequest("POST", "/", query, new byte[0])
                .header("host", hostHeader(target))
                .header("x-acs-action", "AssumeRole")
                .header("x-acs-version", VERSION)
                .header("accept", "application/json");
        RequestSigner signer = Signers.forAlgorithm(SignatureAlgorithm.ACS3_HMAC_SHA256);
        signer.sign(signable, source, context.clock().instant(), Signers.newNonce());
        Request.Builder request = new Request.Builder().url(target).post(RequestBody.create(new byte[0], null));
        for (Map.Entry<String, String> h : signable.headers().entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        return call(request.build(), "AssumeRole", providerName);
    }

    /**
     * {@code AssumeRoleWithOIDC} (not signed: the OIDC token is the proof).
     *
     * @param oidcProviderArn the OIDC identity provider in RAM
     * @param oidcToken the token, read from its file
     * @param providerName the provider name of the credentials returned
     * @return the role's temporary credentials
     */
    Credentials assumeRoleWithOidc(String oidcProviderArn, String oidcToken, String providerName) {
        Map<String, String> parameters = commonParameters();
        parameters.put("OIDCProviderArn", oidcProviderArn);
        parameters.put("OIDCToken", oidcToken);
        FormBody.Builder form = new FormBody.Builder();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            form.add(p.getKey(), p.getValue());
        }
        HttpUrl url = endpoint.newBuilder().encodedPath("/")
                .addQueryParameter("Action", "AssumeRoleWithOIDC")
                .addQueryParameter("Format", "JSON")
                .addQueryParameter("Version", VERSION)
                .build();
        Request request = new Request.Builder().url(url).header("accept", "application/json")
                .post(form.build()).build();
        return call(request, "AssumeRoleWithOIDC", providerName);
    }

    private Map<String, String> commonParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("RoleArn", role.roleArn());
        parameters.put("RoleSessionName", sessionName);
        parameters.put("DurationSeconds", Integer.toString(role.durationSeconds()));
        put(parameters, "Policy", role.policy());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private Credentials call(Request request, String action, String providerName) {
        String what = "STS " + action + " at " + endpoint.host();
        ProviderHttp.Reply reply = ProviderHttp.send(http, request, what);
        if (!reply.isSuccessful()) {
            throw failure(what, reply);
        }
        JsonNode credentials = CredentialsJson.parse(reply.body, what).get("Credentials");
        if (credentials == null || !credentials.isObject()) {
            throw new DlcClientException(what + ": the response has no Credentials", null, false);
        }
        return CredentialsJson.temporaryCredentials(credentials, what, providerName);
    }

    /** An STS error body ({@code Code}, {@code Message}, {@code RequestId}, ...) as a client exception. */
    private static DlcClientException failure(String what, ProviderHttp.Reply reply) {
        JsonNode body = CredentialsJson.parseOrNull(reply.body);
        String code = CredentialsJson.text(body, "Code");
        String message = CredentialsJson.text(body, "Message");
        String requestId = CredentialsJson.text(body, "RequestId");
        boolean retryable = reply.status >= 500 || code != null && code.startsWith("Throttling");
        String text = what + " failed: HTTP " + reply.status
                + (body == null ? " (the body is not JSON)" : "")
                + (code != null ? " " + code : "") + (message != null ? ": " + message : "")
                + (requestId != null ? " (RequestId: " + requestId + ")" : "");
        DlcServiceException cause = new DlcServiceException(text, reply.status, code, message, requestId,
                CredentialsJson.text(body, "HostId"), CredentialsJson.text(body, "Recommend"), retryable);
        return new DlcClientException(text, cause, retryable);
    }

    /** The {@code Host} header OkHttp sends for {@code url}: the port only when it is not the scheme's default. */
    private static String hostHeader(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
    }
}
