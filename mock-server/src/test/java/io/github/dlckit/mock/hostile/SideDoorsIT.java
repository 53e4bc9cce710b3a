package io.github.dlckit.mock.hostile;

import io.github.dlckit.mock.SignedCall;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 4, on the standalone jar: no admin API by default; with it, its shutdown ends the process. */
class SideDoorsIT {

    @Test
    void withoutAdmin_thereIsNoAdminApi() throws Exception {
        try (ChildMock mock = ChildMock.start("128m", "--clock", "virtual")) {
            SignedCall.Reply reply = SignedCall.to(mock.baseUrl).op(null, "GET", "/__admin/mappings").send();
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().path("Message").asText()).contains("--admin");
            assertThat(SignedCall.to(mock.baseUrl).op(null, "POST", "/__admin/shutdown").send().status()).isEqualTo(404);
            assertThat(mock.process.isAlive()).isTrue();
        }
    }

    @Test
    void withAdmin_itsShutdownEndsTheProcess() throws Exception {
        try (ChildMock mock = ChildMock.start("128m", "--clock", "virtual", "--admin")) {
            assertThat(SignedCall.to(mock.baseUrl).op(null, "GET", "/__admin/mappings").send().status()).isEqualTo(200);
            try {
                SignedCall.to(mock.baseUrl).op(null, "POST", "/__admin/shutdown").send();
            } catch (UncheckedIOException e) {
                // the process may end before its answer is read: the exit is what counts
            }
            assertThat(mock.process.waitFor(30, TimeUnit.SECONDS)).as("the process ends").isTrue();
            assertThat(mock.process.exitValue()).isZero();
        }
    }
}
