package io.github.dlckit.mock.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All state of the mock, per (account, region); {@link #reset()} empties it. */
public final class Store {

    private final Map<String, AccountState> states = new LinkedHashMap<>();

    /**
     * The state of one account in one region, created empty on first use.
     *
     * @param accountId the account
     * @param region the region
     * @return its state
     */
    public AccountState of(String accountId, String region) {
        return states.computeIfAbsent(accountId + "/" + region, k -> new AccountState());
    }

    /** @return every account's state (for engine-wide work such as the spot market), in creation order */
    public List<AccountState> all() {
        return new ArrayList<>(states.values());
    }

    /** Forgets everything. */
    public void reset() {
        states.clear();
    }
}
