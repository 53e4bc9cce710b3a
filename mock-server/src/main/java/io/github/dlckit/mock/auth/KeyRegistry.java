package io.github.dlckit.mock.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The access keys the mock knows, by id. Fixed when the server starts, so lookups need no locking. */
public final class KeyRegistry {

    private final Map<String, AccessKey> byId = new LinkedHashMap<>();

    /**
     * @param keys the keys; ids must be distinct, at least one key
     */
    public KeyRegistry(Collection<AccessKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the mock needs at least one access key");
        }
        for (AccessKey key : keys) {
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw new IllegalArgumentException("access key " + key.id() + " is given twice");
            }
        }
    }

    /**
     * @param id an AccessKey ID
     * @return the key, empty when unknown
     */
    public Optional<AccessKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the first key given (the one test clients use by default) */
    public AccessKey defaultKey() {
        return byId.values().iterator().next();
    }

    /** @return every key, in the order given */
    public List<AccessKey> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }
}
