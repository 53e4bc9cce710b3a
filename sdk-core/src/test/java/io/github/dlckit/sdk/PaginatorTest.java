package io.github.dlckit.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.ListJobsResponse;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.pagination.PageBindings;
import io.github.dlckit.sdk.pagination.Paginator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginatorTest {

    /** A fake ListJobs: serves fixed pages by number and records which were asked for. */
    static final class FakeListJobs implements Function<ListJobsRequest, ListJobsResponse> {
        final List<Integer> asked = new ArrayList<>();
        final List<List<String>> pages;
        final Long total;

        FakeListJobs(Long total, List<List<String>> pages) {
            this.total = total;
            this.pages = pages;
        }

        @Override
        public ListJobsResponse apply(ListJobsRequest request) {
            int page = request.pageNumber().orElse(1);
            asked.add(page);
            var out = ListJobsResponse.builder();
            if (total != null) {
                out.totalCount(total);
            }
            if (page <= pages.size()) {
                pages.get(page - 1).forEach(id -> out.addJobs(JobItem.builder().jobId(id).build()));
            }
            return out.build();
        }
    }

    private static List<String> ids(Iterable<JobItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.jobId().orElseThrow()));
        return out;
    }

    @Test
    void nothingIsFetchedBeforeIteration() {
        FakeListJobs fake = new FakeListJobs(5L, List.of(List.of("a")));
        Paginator<ListJobsResponse, JobItem> pages = Paginator.of(PageBindings.LIST_JOBS, fake,
                ListJobsRequest.builder().build());
        pages.items();
        pages.stream();
        assertThat(fake.asked).isEmpty();
    }

    @Test
    void stopsWhenTotalCountIsReached() {
        FakeListJobs fake = new FakeListJobs(5L, List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")));
        Paginator<ListJobsResponse, JobItem> pages = Paginator.of(PageBindings.LIST_JOBS, fake,
                ListJobsRequest.builder().pageSize(2).build());
        assertThat(ids(pages.items())).containsExactly("a", "b", "c", "d", "e");
        assertThat(fake.asked).containsExactly(1, 2, 3);
    }

    @Test
    void stopsAtAnEmptyPageWhenThereIsNoTotal() {
        FakeListJobs fake = new FakeListJobs(null, List.of(List.of("a", "b"), List.of("c")));
        Paginator<ListJobsResponse, JobItem> pages = Paginator.of(PageBindings.LIST_JOBS, fake,
                ListJobsRequest.builder().build());
        assertThat(pages).hasSize(2);
        assertThat(fake.asked).containsExactly(1, 2, 3);
    }

    @Test
    void startsAtTheRequestsPageAndRestartsOnEachIteration() {
        FakeListJobs fake = new FakeListJobs(null, List.of(List.of("a"), List.of("b"), List.of("c")));
        Paginator<ListJobsResponse, JobItem> pages = Paginator.of(PageBindings.LIST_JOBS, fake,
                ListJobsRequest.builder().pageNumber(2).build());
        assertThat(ids(pages.items())).containsExactly("b", "c");
        assertThat(pages.itemStream().map(i -> i.jobId().orElseThrow())).containsExactly("b", "c");
        assertThat(fake.asked).containsExactly(2, 3, 4, 2, 3, 4);
    }

    @Test
    void refusesToLoopWhenTheServiceRepeatsAPage() {
        Function<ListJobsRequest, ListJobsResponse> ignoresPageNumber = r -> ListJobsResponse.builder()
                .totalCount(100L).addJobs(JobItem.builder().jobId("same").build()).build();
        Paginator<ListJobsResponse, JobItem> pages = Paginator.of(PageBindings.LIST_JOBS, ignoresPageNumber,
                ListJobsRequest.builder().build());
        assertThatThrownBy(() -> ids(pages.items())).isInstanceOf(DlcClientException.class)
                .hasMessageStartingWith("ListJobs: page 2 has the same items as page 1");
    }

    @Test
    void listJobsPaginator_sendsPageNumbersOnTheWire() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try (DlcClient dlc = new Fakes.Harness().client(server).build()) {
            for (int page = 1; page <= 2; page++) {
                server.stubFor(get(urlPathEqualTo("/api/v1/jobs")).withQueryParam("PageNumber", equalTo("" + page))
                        .willReturn(aResponse().withStatus(200).withBody("{\"TotalCount\":3,\"Jobs\":["
                                + (page == 1 ? "{\"JobId\":\"j1\"},{\"JobId\":\"j2\"}" : "{\"JobId\":\"j3\"}") + "]}")));
            }
            Paginator<ListJobsResponse, JobItem> pages = dlc.listJobsPaginator(
                    ListJobsRequest.builder().pageSize(2).status("Running").build());
            assertThat(server.getAllServeEvents()).isEmpty();
            assertThat(ids(pages.items())).containsExactly("j1", "j2", "j3");
            server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/jobs")).withQueryParam("PageSize", equalTo("2"))
                    .withQueryParam("Status", equalTo("Running")));
        } finally {
            server.stop();
        }
    }

    @Test
    void listSignals_pagesWithItsTextPageNumber() {
        List<String> asked = new ArrayList<>();
        Paginator<?, ?> pages = Paginator.of(PageBindings.LIST_SIGNALS, r -> {
            asked.add(r.pageNumber().orElseThrow());
            return io.github.dlckit.model.ListSignalsResponse.builder().totalCount(1L)
                    .addSignals(io.github.dlckit.model.ListSignalsResponseSignals.builder().build()).build();
        }, io.github.dlckit.model.ListSignalsRequest.builder().jobId("dlc-1").build());
        assertThat(pages).hasSize(1);
        assertThat(asked).containsExactly("1");
    }
}
