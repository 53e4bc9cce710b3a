package io.github.dlckit.mock.store;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything one account owns in one region: one {@link ResourceTable} per resource type. No logic lives here;
 * the engine's services own the rules. Because every lookup starts from the caller's own state, one account can
 * never see another's resources.
 */
public final class AccountState {

    private final Map<Class<?>, ResourceTable<?>> tables = new HashMap<>();

    /**
     * The table of one resource type, created empty on first use.
     *
     * @param type the resource class, e.g. {@code Job.class}
     * @param <T> the resource type
     * @return its table
     */
    @SuppressWarnings("unchecked")
    public <T> ResourceTable<T> table(Class<T> type) {
        return (ResourceTable<T>) tables.computeIfAbsent(type, t -> new ResourceTable<>());
    }
}
