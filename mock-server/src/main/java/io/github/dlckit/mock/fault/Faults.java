package io.github.dlckit.mock.fault;

import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The faults waiting for calls, in the order they were added: the first one that matches a call applies to it
 * and counts it; at zero it is gone. Safe to use from every server thread.
 */
public final class Faults {

    private static final Set<String> OPERATIONS = DlcOperations.all().stream().map(Operation::name)
            .collect(Collectors.toUnmodifiableSet());

    private final List<Fault> active = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    /** Read without the lock on every request, so a mock without faults pays nothing for them. */
    private volatile boolean none = true;

    /**
     * Checks a fault and adds it with defaults filled in.
     *
     * @param request the fault (its {@code FaultId} is ignored)
     * @return the fault as kept, with its {@code FaultId}
     * @throws IllegalArgumentException naming the refused field
     */
    public Fault add(Fault request) {
        if (request.operation() == null || !OPERATIONS.contains(request.operation())) {
            throw new IllegalArgumentException("Operation: must name an operation of the DLC API, e.g. CreateJob; got "
                    + request.operation());
        }
        if (request.mode() == null) {
            throw new IllegalArgumentException("Mode: required, one of Refuse, ResponseLost, Delay, Reset");
        }
        int times = request.times() == null ? 1 : request.times();
        if (times < 1) {
            throw new IllegalArgumentException("Times: must be 1 or more, got " + times);
        }
        Integer status = null;
        String code = null;
        Double delay = null;
        switch (request.mode()) {
            case Refuse -> {
                status = request.status() == null ? 503 : request.status();
                if (status < 400 || status > 599) {
                    throw new IllegalArgumentException("Status: a refusal is 400 to 599, got " + status);
                }
                code = request.code() == null || request.code().isBlank() ? "ServiceUnavailable" : request.code();
            }
            case Delay -> {
                delay = request.delaySeconds();
                if (delay == null || delay < 0 || delay > 600) {
                    throw new IllegalArgumentException("DelaySeconds: required for Delay, 0 to 600; got " + delay);
                }
            }
            default -> {
            }
        }
        Fault kept = new Fault("fault-" + ids.incrementAndGet(), request.operation(), request.mode(), status, code,
                delay, times, request.accessKeyId());
        synchronized (active) {
            active.add(kept);
            none = false;
        }
        return kept;
    }

    /** @return whether no fault is waiting (a cheap check for every request) */
    public boolean isEmpty() {
        return none;
    }

    /** @return the faults still waiting, with the calls they still apply to */
    public List<Fault> list() {
        synchronized (active) {
            return List.copyOf(active);
        }
    }

    /**
     * @param faultId a fault's id
     * @return whether it was waiting
     */
    public boolean remove(String faultId) {
        synchronized (active) {
            boolean removed = active.removeIf(f -> f.faultId().equals(faultId));
            none = active.isEmpty();
            return removed;
        }
    }

    /** Removes every fault. */
    public void clear() {
        synchronized (active) {
            active.clear();
            none = true;
        }
    }

    /**
     * Takes the first fault of the given modes that matches a call, counting the call.
     *
     * @param operation the call's operation
     * @param accessKeyId the AccessKey ID it names (may be null)
     * @param modes the modes the caller can carry out at its point of the request
     * @return the fault to apply, if any
     */
    public Optional<Fault> take(String operation, String accessKeyId, Set<FaultMode> modes) {
        if (none) {
            return Optional.empty();
        }
        synchronized (active) {
            for (Iterator<Fault> it = active.iterator(); it.hasNext(); ) {
                Fault f = it.next();
                if (f.operation().equals(operation) && modes.contains(f.mode())
                        && (f.accessKeyId() == null || f.accessKeyId().equals(accessKeyId))) {
                    int left = f.times() - 1;
                    if (left == 0) {
                        it.remove();
                        none = active.isEmpty();
                    } else {
                        active.set(active.indexOf(f), f.times(left));
                    }
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }
}
