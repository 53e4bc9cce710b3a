package io.github.dlckit.mock.api;

import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which handler implements which operation. Each resource family registers its operations (see
 * {@link JobHandlers}); {@link #standard()} has them all. A coverage test checks that every operation of the
 * catalogue has a handler.
 */
public final class OperationHandlers {

    private final Map<String, OperationHandler<?, ?>> byName = new LinkedHashMap<>();

    /**
     * @return the handlers of every resource family
     */
    public static OperationHandlers standard() {
        OperationHandlers handlers = new OperationHandlers();
        JobHandlers.register(handlers);
        EcsSpecHandlers.register(handlers);
        SignalHandlers.register(handlers);
        TagHandlers.register(handlers);
        InsightHandlers.register(handlers);
        TensorboardHandlers.register(handlers);
        JobTemplateHandlers.register(handlers);
        RayHistoryServerHandlers.register(handlers);
        return handlers;
    }

    /**
     * Registers the handler of an operation.
     *
     * @param operation the operation
     * @param handler its implementation
     * @param <Q> the request type
     * @param <S> the response type
     * @return this registry
     */
    public <Q, S> OperationHandlers register(Operation<Q, S> operation, OperationHandler<Q, S> handler) {
        if (byName.putIfAbsent(operation.name(), handler) != null) {
            throw new IllegalStateException(operation.name() + " has two handlers");
        }
        return this;
    }

    /**
     * The handler of an operation.
     *
     * @param operation the operation
     * @param <Q> the request type
     * @param <S> the response type
     * @return its handler, or empty when none is registered
     */
    @SuppressWarnings("unchecked")
    public <Q, S> Optional<OperationHandler<Q, S>> find(Operation<Q, S> operation) {
        return Optional.ofNullable((OperationHandler<Q, S>) byName.get(operation.name()));
    }

    /** @return the operations of the catalogue that have no handler yet */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Operation<?, ?> op : DlcOperations.all()) {
            if (!byName.containsKey(op.name())) {
                missing.add(op.name());
            }
        }
        return missing;
    }
}
