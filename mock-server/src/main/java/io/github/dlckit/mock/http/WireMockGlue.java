package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/** Converts between WireMock's request and response types and the mock's own, in one place. */
final class WireMockGlue {

    private WireMockGlue() {
    }

    /** A WireMock request as the mock reads it: raw URL, lower-case header names, body bytes. */
    static IncomingRequest incoming(Request request) {
        Map<String, String> headers = new HashMap<>();
        HttpHeaders all = request.getHeaders();
        if (all != null) {
            for (HttpHeader header : all.all()) {
                headers.putIfAbsent(header.key().toLowerCase(Locale.ROOT), header.firstValue());
            }
        }
        return IncomingRequest.of(request.getMethod().getName(), request.getUrl(), headers, request.getBody());
    }

    /** One of our answers as a WireMock response. */
    static ResponseDefinition definition(ApiReply reply) {
        if (reply == ApiReply.NO_ANSWER) {
            return responseDefinition().withFault(Fault.EMPTY_RESPONSE).build();
        }
        var builder = responseDefinition().withStatus(reply.status()).withHeader("Content-Type", ApiReply.CONTENT_TYPE);
        reply.headers().forEach(builder::withHeader);
        return builder.withBody(reply.body()).build();
    }
}
