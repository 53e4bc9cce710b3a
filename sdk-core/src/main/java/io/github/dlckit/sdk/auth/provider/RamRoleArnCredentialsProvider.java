package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;
import io.github.dlckit.sdk.auth.RefreshingCredentialsProvider;

import java.util.Objects;

/**
 * Assumes a RAM role with STS {@code AssumeRole}, signed (ACS3-HMAC-SHA256) with the credentials of a source
 * provider (a RAM user's key, or another role's for chained roles). The temporary credentials are cached and
 * refreshed before they expire. Provider name {@code ram_role_arn/<source>}, as the vendor's
 * (e.g. {@code ram_role_arn/static_ak}).
 */
public final class RamRoleArnCredentialsProvider implements CredentialsProvider {

    /** The provider name (the source's name follows it). */
    public static final String NAME = "ram_role_arn";

    private final CredentialsProvider source;
    private final AssumeRoleSettings role;
    private final StsClient sts;
    private final RefreshingCredentialsProvider cache;

    private RamRoleArnCredentialsProvider(CredentialsContext context, CredentialsProvider source,
                                          AssumeRoleSettings role) {
        this.source = Objects.requireNonNull(source, "source");
        this.role = Objects.requireNonNull(role, "role");
        this.sts = new StsClient(context, role);
        this.cache = RefreshingCredentialsProvider.of(this::assumeRole, context.clock());
    }

    /**
     * @param context environment, clock, HTTP client and endpoints
     * @param source the credentials that sign {@code AssumeRole}
     * @param role the role to assume
     * @return the provider
     */
    public static RamRoleArnCredentialsProvider create(CredentialsContext context, CredentialsProvider source,
                                                       AssumeRoleSettings role) {
        return new RamRoleArnCredentialsProvider(context, source, role);
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    private Credentials assumeRole() {
        Credentials signing = source.resolveCredentials();
        return sts.assumeRole(signing, NAME + "/" + signing.providerName());
    }

    @Override
    public String toString() {
        return "RamRoleArnCredentialsProvider{" + role + ", source=" + source + "}";
    }
}
