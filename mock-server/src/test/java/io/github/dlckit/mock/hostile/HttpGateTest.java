package io.github.dlckit.mock.hostile;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Items 2–4 of issue 12: body limit while reading, odd methods, the admin API, the bounded journal. */
class HttpGateTest {

    @Test
    void aBodyOneByteOverTheLimit_is413_withoutReadingTheRest() throws IOException {
        try (DlcMockServer mock = DlcMockServer.builder().maxBodyBytes(1000).start()) {
            assertThat(SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(pad(1000)).send().status())
                    .as("exactly the limit reaches the API").isEqualTo(400);
            SignedCall.Reply over = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(pad(1001)).send();
            assertThat(over.status()).isEqualTo(413);
            assertThat(over.code()).isEqualTo("EntityTooLarge");
            assertThat(over.json().path("Message").asText()).contains("limit is 1000 bytes", "--max-body-bytes");

            // Declares 50 MB and sends 2 KB: answered at once, the connection closed, nothing more read.
            String answer = raw(mock, "POST /api/v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 50000000\r\n\r\n" + "x".repeat(2000));
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"Code\":\"EntityTooLarge\"");
            // Chunked, no length: counted while reading.
            String chunked = raw(mock, "POST /api/v1/jobs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "7d0\r\n" + "x".repeat(2000) + "\r\n");
            assertThat(chunked).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void methodsOutsideTheApi_get405WithTheVendorsErrorBody() throws IOException {
        try (DlcMockServer mock = DlcMockServer.builder().start()) {
            for (String method : List.of("TRACE", "PATCH", "OPTIONS", "HEAD", "PROPFIND")) {
                String answer = raw(mock, method + " /api/v1/jobs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                assertThat(answer).as(method).startsWith("HTTP/1.1 405");
                if (!method.equals("HEAD")) {
                    assertThat(answer).as(method).contains("\"RequestId\"", "\"Code\":\"InvalidApi.MethodNotAllowed\"");
                }
            }
            String connect = raw(mock, "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
            assertThat(connect).doesNotStartWith("HTTP/1.1 200").matches("(?s)HTTP/1.1 4\\d\\d.*");
        }
    }

    @Test
    void bodiesWeCannotRead_get415_neverA500() {
        try (DlcMockServer mock = DlcMockServer.builder().start()) {
            for (String type : List.of("application/json; charset=latin-1", "application/json; charset=\"\"",
                    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
                SignedCall.Reply reply = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs")
                        .header("content-type", type).body("a=1&b=%zz").send();
                assertThat(reply.status()).as(type).isEqualTo(415);
                assertThat(reply.code()).isEqualTo("UnsupportedMediaType");
            }
        }
    }

    @Test
    void theAdminApi_isOffByDefault_andOnWhenAskedFor() {
        try (DlcMockServer closed = DlcMockServer.builder().start();
             DlcMockServer open = DlcMockServer.builder().adminApi(true).start()) {
            SignedCall.Reply refused = SignedCall.to(closed.baseUrl()).op(null, "GET", "/__admin/requests").send();
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.json().path("Message").asText()).contains("--admin");
            assertThat(closed.wireMock().getStubMappings()).as("in-process WireMock still works").isNotEmpty();
            assertThat(SignedCall.to(open.baseUrl()).op(null, "GET", "/__admin/requests").send().status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theJournal_keepsNoRefusedRequest_truncatesBodies_andIsBoundedByBytes() {
        try (DlcMockServer mock = DlcMockServer.builder().journalBytes(64 * 1024).start()) {
            SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send();
            SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(pad(2 << 20)).send(); // 413
            SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").key("testid", "wrong").send(); // signature
            SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "5000").send(); // limit
            SignedCall.Reply kept = SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(pad(100_000))
                    .send();
            assertThat(kept.status()).isEqualTo(400);

            List<ServeEvent> events = mock.wireMock().getAllServeEvents();
            assertThat(events).extracting(e -> e.getResponse().getStatus()).containsExactly(400, 200);
            assertThat(events.get(0).getRequest().getBody()).hasSize(4096);

            for (int i = 0; i < 200; i++) {
                SignedCall.to(mock).op("CreateJob", "POST", "/api/v1/jobs").body(pad(50_000)).send();
            }
            assertThat(mock.wireMock().getAllServeEvents().size()).as("64 KiB hold a few dozen entries")
                    .isBetween(5, 60);
        }
        try (DlcMockServer off = DlcMockServer.builder().journalBytes(0).start()) {
            SignedCall.to(off).op("ListJobs", "GET", "/api/v1/jobs").send();
            assertThatThrownBy(() -> off.wireMock().getAllServeEvents())
                    .isInstanceOf(RequestJournalDisabledException.class);
        }
    }

    /** A JSON body of about {@code size} bytes: a string the API refuses (unknown field) once read. */
    static byte[] pad(int size) {
        String head = "{\"Padding\":\"";
        return (head + "x".repeat(Math.max(0, size - head.length() - 2)) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends raw bytes, reads the answer until the server closes or 2 s of silence. */
    static String raw(DlcMockServer mock, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", mock.port())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may close before all is written: its answer is what counts
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // a timeout or reset after the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

}
