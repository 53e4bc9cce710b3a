package io.github.dlckit.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.dlckit.mock.api.binding.RequestLimits;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * WireMock's request journal, bounded by bytes instead of by count: each request keeps at most
 * {@value #BODY_BYTES_KEPT} bytes of its body (responses are cut the same way by WireMock's own setting), the oldest
 * requests leave once the journal holds more than its budget, and refused requests — a body over the limit, a bad
 * signature, a request over a {@link RequestLimits limit} — are never kept. O(1) per request.
 */
final class BoundedJournal implements RequestJournalStore {

    /** How much of a request body the journal keeps. */
    static final int BODY_BYTES_KEPT = 4096;
    /** What one entry costs besides its body, URL and headers (objects, timing, response headers). */
    private static final int ENTRY_OVERHEAD = 1024;

    private final long budgetBytes;
    /** Oldest first; guarded by this. */
    private final LinkedHashMap<UUID, Kept> events = new LinkedHashMap<>();
    private long bytes;

    private record Kept(ServeEvent event, long bytes) {
    }

    BoundedJournal(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    @Override
    public synchronized void add(ServeEvent event) {
        keep(event.getId(), truncated(event));
    }

    @Override
    public synchronized void put(UUID id, ServeEvent event) {
        if (!events.containsKey(id)) {
            return; // already left the journal
        }
        if (isRefusal(event)) {
            remove(id);
            return;
        }
        keep(id, truncated(event));
    }

    private void keep(UUID id, ServeEvent event) {
        long size = sizeOf(event);
        Kept previous = events.put(id, new Kept(event, size));
        bytes += size - (previous == null ? 0 : previous.bytes());
        Iterator<Map.Entry<UUID, Kept>> oldest = events.entrySet().iterator();
        while (bytes > budgetBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().bytes();
            oldest.remove();
        }
    }

    /** @return the bytes the journal holds (an estimate of its live memory) */
    synchronized long bytes() {
        return bytes;
    }

    @Override
    public synchronized Stream<ServeEvent> getAll() {
        List<ServeEvent> newestFirst = new ArrayList<>(events.size());
        events.values().forEach(kept -> newestFirst.add(kept.event()));
        Collections.reverse(newestFirst);
        return newestFirst.stream();
    }

    @Override
    public synchronized void removeLast() {
        Iterator<Map.Entry<UUID, Kept>> oldest = events.entrySet().iterator();
        if (oldest.hasNext()) {
            bytes -= oldest.next().getValue().bytes();
            oldest.remove();
        }
    }

    @Override
    public synchronized Stream<UUID> getAllKeys() {
        return getAll().map(ServeEvent::getId);
    }

    @Override
    public synchronized Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id)).map(Kept::event);
    }

    @Override
    public synchronized void remove(UUID id) {
        Kept removed = events.remove(id);
        if (removed != null) {
            bytes -= removed.bytes();
        }
    }

    @Override
    public synchronized void clear() {
        events.clear();
        bytes = 0;
    }

    private static ServeEvent truncated(ServeEvent event) {
        byte[] body = event.getRequest().getBody();
        if (body == null || body.length <= BODY_BYTES_KEPT) {
            return event;
        }
        byte[] kept = Arrays.copyOf(body, BODY_BYTES_KEPT);
        return event.replaceRequest(RequestWrapper.create().transformBody(b -> new Body(kept)).wrap(event.getRequest()));
    }

    private static long sizeOf(ServeEvent event) {
        long size = ENTRY_OVERHEAD + event.getRequest().getUrl().length();
        byte[] body = event.getRequest().getBody();
        size += body == null ? 0 : body.length;
        for (HttpHeader header : event.getRequest().getHeaders().all()) {
            size += header.key().length() + String.join(",", header.values()).length();
        }
        LoggedResponse response = event.getResponse();
        if (response != null && response.getBody() != null) {
            size += response.getBody().length;
        }
        return size;
    }

    /**
     * Refused before the API: stopped by the signature filter (no stub served it), a body over the limit, or a
     * request over a limit.
     */
    private static boolean isRefusal(ServeEvent event) {
        LoggedResponse response = event.getResponse();
        if (response == null) {
            return false;
        }
        if (response.getStatus() == 413 || event.getStubMapping() == null) {
            return true;
        }
        return response.getStatus() == 400 && RequestLimits.CODE.equals(codeOf(response.getBody()));
    }

    private static String codeOf(byte[] body) {
        if (body == null || body.length > 8192) {
            return null;
        }
        try {
            JsonNode tree = DlcJson.mapper().readTree(body);
            return tree == null ? null : tree.path("Code").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
