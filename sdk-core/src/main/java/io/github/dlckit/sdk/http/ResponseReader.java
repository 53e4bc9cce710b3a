package io.github.dlckit.sdk.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.sdk.exception.DlcClientException;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The unmarshal stage for a success: streams the body once into the operation's response type, with a reader
 * made once per operation. A body that is not the expected JSON is a {@link DlcClientException} (not
 * retried); an I/O failure while reading (a body cut short) is left to the caller as a transport failure, also when
 * Jackson met it inside a nested value.
 */
final class ResponseReader {

    private final ObjectMapper mapper;
    private final ConcurrentMap<Operation<?, ?>, ObjectReader> readers = new ConcurrentHashMap<>();

    ResponseReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <S> S read(Operation<?, S> operation, ResponseBody body) throws IOException {
        ObjectReader reader = readerFor(operation);
        try (InputStream in = body.byteStream()) {
            if (body.contentLength() == 0) {
                return reader.readValue("{}");
            }
            return reader.readValue(in);
        } catch (JsonProcessingException e) {
            IOException inTransit = transportCause(e);
            if (inTransit != null) {
                throw inTransit;        // the body broke off in transit: a transport failure, not a bad body
            }
            throw new DlcClientException(operation.name() + ": the response is not a valid "
                    + operation.responseType().getSimpleName() + " (" + e.getOriginalMessage() + ")", e, false,
                    DlcClientException.Kind.UNREADABLE_RESPONSE);
        }
    }

    /**
     * The response of a call that succeeded without a body of its own (a delete an earlier attempt did).
     *
     * @param operation the operation
     * @param requestId the request id to report, or null
     * @param <S> the response type
     * @return the response with only its request id
     * @throws IOException never in practice (the JSON is made here)
     */
    <S> S withRequestIdOnly(Operation<?, S> operation, String requestId) throws IOException {
        ObjectNode json = mapper.createObjectNode();
        if (requestId != null) {
            json.put("RequestId", requestId);
        }
        return readerFor(operation).readValue(json);
    }

    /** Jackson wraps an I/O failure met inside a nested value; that failure is the real story. */
    private static IOException transportCause(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
                return (IOException) t;
            }
        }
        return null;
    }

    private <S> ObjectReader readerFor(Operation<?, S> operation) {
        ObjectReader reader = readers.get(operation);
        return reader != null ? reader : readers.computeIfAbsent(operation, op -> mapper.readerFor(op.responseType()));
    }
}
