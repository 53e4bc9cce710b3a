package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.RefreshingCredentialsProvider;
import io.github.dlckit.sdk.exception.DlcClientException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assumes a RAM role with an OIDC token (for example a Kubernetes service-account token, RRSA): reads the token
 * file (again at every refresh, since such tokens rotate) and calls STS {@code AssumeRoleWithOIDC}. The temporary
 * credentials are cached and refreshed before they expire. Provider name {@value #NAME}.
 */
public final class OidcRoleArnCredentialsProvider implements CredentialsProvider {

    /** The provider name. */
    public static final String NAME = "oidc_role_arn";
    static final String ENV_ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN";
    static final String ENV_OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
    static final String ENV_OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";

    private final String oidcProviderArn;
    private final Path tokenFile;
    private final AssumeRoleSettings role;
    private final StsClient sts;
    private final RefreshingCredentialsProvider cache;

    private OidcRoleArnCredentialsProvider(CredentialsContext context, String oidcProviderArn, Path tokenFile,
                                           AssumeRoleSettings role) {
        this.oidcProviderArn = ProviderSupport.text(oidcProviderArn);
        if (this.oidcProviderArn == null) {
            throw new IllegalArgumentException("oidcProviderArn must not be empty");
        }
        this.tokenFile = Objects.requireNonNull(tokenFile, "tokenFile");
        this.role = Objects.requireNonNull(role, "role");
        this.sts = new StsClient(context, role);
        this.cache = RefreshingCredentialsProvider.of(this::assumeRole, context.clock());
    }

    /**
     * @param context environment, clock, HTTP client and endpoints
     * @param oidcProviderArn the OIDC identity provider registered in RAM
     * @param tokenFile the file holding the OIDC token
     * @param role the role to assume
     * @return the provider
     */
    public static OidcRoleArnCredentialsProvider create(CredentialsContext context, String oidcProviderArn,
                                                        Path tokenFile, AssumeRoleSettings role) {
        return new OidcRoleArnCredentialsProvider(context, oidcProviderArn, tokenFile, role);
    }

    /**
     * The provider of the default chain: configured by {@code ALIBABA_CLOUD_ROLE_ARN},
     * {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} (optional
     * {@code ALIBABA_CLOUD_ROLE_SESSION_NAME}, {@code ALIBABA_CLOUD_STS_REGION},
     * {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED}). Unless all three are set it declines, naming the missing ones.
     *
     * @param context environment, clock, HTTP client and endpoints
     * @return the provider
     */
    public static CredentialsProvider fromEnvironment(CredentialsContext context) {
        AuthEnvironment env = context.environment();
        List<String> missing = new ArrayList<>();
        for (String name : new String[] {ENV_ROLE_ARN, ENV_OIDC_PROVIDER_ARN, ENV_OIDC_TOKEN_FILE}) {
            if (ProviderSupport.env(env, name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            return ProviderSupport.decliningProvider("not configured (" + String.join(", ", missing) + " not set)");
        }
        Path tokenFile;
        try {
            tokenFile = Paths.get(ProviderSupport.env(env, ENV_OIDC_TOKEN_FILE));
        } catch (InvalidPathException e) {
            return ProviderSupport.decliningProvider(ENV_OIDC_TOKEN_FILE + " is not a valid path");
        }
        return create(context, ProviderSupport.env(env, ENV_OIDC_PROVIDER_ARN), tokenFile,
                AssumeRoleSettings.builder(ProviderSupport.env(env, ENV_ROLE_ARN)).build());
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    private Credentials assumeRole() {
        return sts.assumeRoleWithOidc(oidcProviderArn, readToken(), NAME);
    }

    private String readToken() {
        String token;
        try {
            token = new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new DlcClientException("cannot read the OIDC token file " + tokenFile + " ("
                    + e.getClass().getSimpleName() + ")", e, false);
        }
        if (token.isEmpty()) {
            throw ProviderSupport.declined("the OIDC token file " + tokenFile + " is empty");
        }
        return token;
    }

    @Override
    public String toString() {
        return "OidcRoleArnCredentialsProvider{" + role + ", oidcProviderArn=" + oidcProviderArn
                + ", tokenFile=" + tokenFile + "}";
    }
}
