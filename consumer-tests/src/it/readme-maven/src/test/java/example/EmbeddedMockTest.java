package example;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.junit.MockClients;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.exception.DlcServiceException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The README's "Embedded, anywhere" snippet: WireMock stubs through the mock's (shaded) jar, with WireMock's imports. */
class EmbeddedMockTest {

    @Test
    void ownStubsGoOnTopOfTheApi() {
        DlcServiceException unavailable = catchThrowableOfType(DlcServiceException.class, () -> {
            // readme:begin
            try (DlcMockServer mock = DlcMockServer.builder().seed(7).start()) {         // a free port, virtual clock
                DlcClient dlc = MockClients.client(mock);                                // or point any client at mock.baseUrl()
                mock.wireMock().stubFor(get(urlPathMatching("/api/v1/jobs/.*"))          // your own stubs go on top of the API
                        .atPriority(1).willReturn(aResponse().withStatus(503)));
                mock.control().advance(Duration.ofHours(1));
                dlc.getJob("dlc-any");                  // throws DlcServiceException with status 503: your stub answered
            }
            // readme:end
        });
        assertThat(unavailable.statusCode()).isEqualTo(503);
        System.out.println("checked: a WireMock stub on the embedded mock answers 503 to GetJob");
    }
}
