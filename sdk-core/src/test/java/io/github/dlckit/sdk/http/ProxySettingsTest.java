package io.github.dlckit.sdk.http;

import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The non-proxy host patterns, and credentials on a tunnel's {@code CONNECT} once, never on anything else. */
class ProxySettingsTest {

    @Test
    void nonProxyPatterns_followTheNoProxyConvention() {
        ProxySettings p = new ProxySettings("proxy", 3128, null, null,
                List.of(" example.com", ".corp.example", "*.svc.example", "10.0.0.7:8080", "[::2]"), false);
        assertThat(p.bypasses("example.com")).isTrue();
        assertThat(p.bypasses("api.example.com")).isTrue();
        assertThat(p.bypasses("notexample.com")).isFalse();
        assertThat(p.bypasses("corp.example")).isTrue();
        assertThat(p.bypasses("a.b.corp.example")).isTrue();
        assertThat(p.bypasses("x.svc.example")).isTrue();
        assertThat(p.bypasses("10.0.0.7")).isTrue();
        assertThat(p.bypasses("::2")).isTrue();
        assertThat(p.bypasses("pai-dlc.cn-hangzhou.aliyuncs.com")).isFalse();
        assertThat(p.bypasses("127.0.0.1")).as("loopback goes through an explicit proxy").isFalse();
        assertThat(new ProxySettings("proxy", 1, null, null, List.of("*"), false).bypasses("anything")).isTrue();
        assertThat(new ProxySettings("proxy", 1, null, null, List.of(), true).bypasses("localhost")).isTrue();
    }

    @Test
    void tunnelAuthenticator_answersAConnectOnce() throws IOException {
        ProxySettings p = new ProxySettings("proxy", 3128, "me", "pw", List.of(), false);
        Request connect = new Request.Builder().url("https://pai-dlc.cn-hangzhou.aliyuncs.com/").method("CONNECT", null)
                .build();
        Request answered = p.tunnelAuthenticator().authenticate(null, challenge(connect));
        assertThat(answered.header("Proxy-Authorization")).isEqualTo(p.authorization()).startsWith("Basic ");
        assertThat(p.tunnelAuthenticator().authenticate(null, challenge(answered)))
                .as("refused credentials are not sent again").isNull();
        Request plain = new Request.Builder().url("http://127.0.0.1:8089/api/v1/jobs").build();
        assertThat(p.tunnelAuthenticator().authenticate(null, challenge(plain)))
                .as("a request of the call itself is never re-sent for the proxy").isNull();
    }

    private static Response challenge(Request request) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(407)
                .message("Proxy Authentication Required").build();
    }
}
