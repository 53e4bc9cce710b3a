package io.github.dlckit.mock.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The mock's own journal of DLC API calls: a ring of the latest {@link #capacity()} entries, so recording is
 * constant work per request and memory stays bounded however long the mock runs.
 */
public final class RequestJournal {

    /** How many entries the server keeps by default. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final RecordedRequest[] ring;
    private long added;

    /** @param capacity how many entries to keep; older ones are overwritten */
    public RequestJournal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.ring = new RecordedRequest[capacity];
    }

    /** @return how many entries are kept at most */
    public int capacity() {
        return ring.length;
    }

    /** @param entry a served call */
    public synchronized void add(RecordedRequest entry) {
        ring[(int) (added % ring.length)] = entry;
        added++;
    }

    /**
     * @param query the filters
     * @return the matching entries still kept, oldest first
     */
    public synchronized List<RecordedRequest> find(RequestQuery query) {
        long first = Math.max(0, added - ring.length);
        List<RecordedRequest> found = new ArrayList<>();
        for (long i = first; i < added; i++) {
            RecordedRequest entry = ring[(int) (i % ring.length)];
            if (query.matches(entry)) {
                found.add(entry);
            }
        }
        if (query.limit() != null && found.size() > query.limit()) {
            return List.copyOf(found.subList(found.size() - query.limit(), found.size()));
        }
        return List.copyOf(found);
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        added = 0;
    }
}
