package io.github.dlckit.mock.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of one kind (jobs, tensorboards, ...) of one account in one region, by id, in creation order.
 *
 * @param <T> the resource type
 */
public final class ResourceTable<T> {

    private final Map<String, T> byId = new LinkedHashMap<>();

    /** @return the resource with this id, if this account has it */
    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Adds or replaces a resource. */
    public void put(String id, T resource) {
        byId.put(id, resource);
    }

    /** Removes a resource; does nothing when absent. */
    public void remove(String id) {
        byId.remove(id);
    }

    /** @return every resource, in creation order (a copy: safe to sort) */
    public List<T> all() {
        return new ArrayList<>(byId.values());
    }

    /** @return how many resources there are */
    public int size() {
        return byId.size();
    }
}
