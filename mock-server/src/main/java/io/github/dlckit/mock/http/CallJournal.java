package io.github.dlckit.mock.http;

import io.github.dlckit.mock.auth.Authorization;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.fault.Fault;
import io.github.dlckit.mock.journal.RecordedRequest;
import io.github.dlckit.mock.journal.RequestJournal;
import io.github.dlckit.model.json.DlcJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;

/** Turns a served DLC API call into a {@link RecordedRequest} for the journal: decoded, no body, no secret. */
final class CallJournal {

    /** What the dispatcher learnt about a call while serving it. */
    static final class Notes {
        String operation;
        String accountId;
        String jobId;
        Instant time;
        Fault fault;
        private Authorization authorization;
        private boolean authorizationRead;

        /** @return the request's Authorization header, parsed once per call; null when absent or unreadable */
        Authorization authorization(IncomingRequest request) {
            if (!authorizationRead) {
                authorization = authorizationOf(request);
                authorizationRead = true;
            }
            return authorization;
        }
    }

    private final RequestJournal journal;
    private final DlcEngine engine;

    CallJournal(RequestJournal journal, DlcEngine engine) {
        this.journal = journal;
        this.engine = engine;
    }

    void note(IncomingRequest request, Notes notes, ApiReply reply, long startedNanos) {
        Authorization authorization = notes.authorization(request);
        String error = reply.status() / 100 == 2 ? null : topLevelText(reply.body(), "Code");
        String jobId = notes.jobId;
        if (jobId == null && error == null && notes.operation != null && !notes.operation.startsWith("List")) {
            jobId = topLevelText(reply.body(), "JobId");
        }
        journal.add(new RecordedRequest(notes.time != null ? notes.time : engine.now(), Instant.now(),
                notes.operation != null ? notes.operation : request.header("x-acs-action"), notes.accountId,
                authorization == null ? null : authorization.accessKeyId(), reply.status(), error,
                reply.headers().get("x-acs-request-id"), jobId, authorization == null ? null
                        : authorization.scheme() == Authorization.Scheme.ACS3_HMAC_SHA256 ? "ACS3-HMAC-SHA256"
                        : "HMAC-SHA1", (System.nanoTime() - startedNanos) / 1_000_000 + heldMillis(notes)));
    }

    /** A {@code Delay} fault's hold counts: the caller waits for it. */
    private static long heldMillis(Notes notes) {
        return notes.fault != null && notes.fault.delaySeconds() != null ? (long) (notes.fault.delaySeconds() * 1000)
                : 0;
    }

    private static Authorization authorizationOf(IncomingRequest request) {
        String header = request.header("authorization");
        if (header == null) {
            return null;
        }
        try {
            return Authorization.parse(header);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A text field of the answer's top level (nested objects skipped, not read). */
    private static String topLevelText(byte[] json, String field) {
        try (JsonParser parser = DlcJson.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(field) && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
