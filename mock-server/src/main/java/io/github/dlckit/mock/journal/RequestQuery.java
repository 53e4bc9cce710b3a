package io.github.dlckit.mock.journal;

import java.time.Instant;

/**
 * Which journal entries to return; every filter is optional (null: any).
 *
 * @param operation only calls of this operation
 * @param accessKeyId only calls that named this AccessKey ID
 * @param since only calls served at this virtual time or later
 * @param limit at most this many, the latest ones (still oldest first); null for all
 */
public record RequestQuery(String operation, String accessKeyId, Instant since, Integer limit) {

    public RequestQuery {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("Limit: must be 0 or more, got " + limit);
        }
    }

    /** @return every entry the journal holds */
    public static RequestQuery all() {
        return new RequestQuery(null, null, null, null);
    }

    /**
     * @param operation an operation name, e.g. {@code CreateJob}
     * @return every entry of that operation
     */
    public static RequestQuery operation(String operation) {
        return new RequestQuery(operation, null, null, null);
    }

    boolean matches(RecordedRequest entry) {
        return (operation == null || operation.equals(entry.operation()))
                && (accessKeyId == null || accessKeyId.equals(entry.accessKeyId()))
                && (since == null || !entry.time().isBefore(since));
    }
}
