package io.github.dlckit.sdk.http;

import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The body handed up the chain reports the parsed content type, parsed again only when the header changes. */
class ParsedContentTypeTest {

    private final ParsedContentType types = new ParsedContentType();

    @Test
    void theBodyReportsTheParsedTypeAndReadsAsOkHttpsBody() throws IOException {
        Response answer = types.apply(answer("application/json;charset=utf-8", "{\"RequestId\":\"r\"}"));

        try (ResponseBody body = answer.body()) {
            assertThat(body.contentType()).isEqualTo(MediaType.get("application/json;charset=utf-8"));
            assertThat(body.contentLength()).isEqualTo(17);
            assertThat(body.string()).isEqualTo("{\"RequestId\":\"r\"}");
        }
        assertThat(answer.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
    }

    @Test
    void theSameTextIsParsedOnceAndADifferentOneAgain() {
        MediaType first = types.apply(answer("application/json;charset=utf-8", "{}")).body().contentType();
        MediaType again = types.apply(answer("application/json;charset=utf-8", "{}")).body().contentType();
        MediaType other = types.apply(answer("text/xml", "<a/>")).body().contentType();

        assertThat(again).isSameAs(first);
        assertThat(other).isEqualTo(MediaType.get("text/xml"));
    }

    @Test
    void anUnparseableTypeIsNullAsOkHttpSaysAndAMissingOneLeavesTheAnswerAlone() {
        assertThat(types.apply(answer("not a type", "x")).body().contentType()).isNull();

        Response untyped = answer(null, "x");
        assertThat(types.apply(untyped)).isSameAs(untyped);
    }

    private static Response answer(String contentType, String body) {
        Response.Builder answer = new Response.Builder().request(new Request.Builder().url("http://h/").build())
                .protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(body.getBytes(StandardCharsets.UTF_8), null));
        return contentType == null ? answer.build() : answer.header("Content-Type", contentType).build();
    }
}
