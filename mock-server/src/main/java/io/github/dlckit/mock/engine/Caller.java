package io.github.dlckit.mock.engine;

import java.util.Objects;

/**
 * Who is calling: the account that owns the access key, the region served, and the user (for
 * {@code UserId} fields and "show own" filters). The HTTP layer resolves it from the signature; the engine
 * keeps every account's state apart.
 *
 * @param accountId the account (tenant)
 * @param region the region id, e.g. {@code cn-wulanchabu}
 * @param userId the calling user within the account
 */
public record Caller(String accountId, String region, String userId) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(userId, "userId");
    }
}
