package io.github.dlckit.sdk;

import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.ListJobsResponse;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;
import io.github.dlckit.sdk.pagination.AsyncPaginator;
import io.github.dlckit.sdk.pagination.PageBindings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The non-blocking paginator: the blocking one's paging rules, one page in flight at a time, failures unwrapped. */
class AsyncPaginatorTest extends WireMockTestBase {

    /** Pages answered by futures the test completes by hand, to see what is in flight when. */
    private static final class HeldListJobs {
        final List<Integer> asked = new ArrayList<>();
        final List<CompletableFuture<ListJobsResponse>> calls = new ArrayList<>();

        CompletableFuture<ListJobsResponse> apply(ListJobsRequest request) {
            asked.add(request.pageNumber().orElse(1));
            CompletableFuture<ListJobsResponse> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        }
    }

    private static ListJobsResponse page(long total, String... ids) {
        var out = ListJobsResponse.builder().totalCount(total);
        for (String id : ids) {
            out.addJobs(JobItem.builder().jobId(id).build());
        }
        return out.build();
    }

    private static List<String> ids(List<JobItem> items) {
        return items.stream().map(i -> i.jobId().orElseThrow()).collect(Collectors.toList());
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        return catchThrowableOfType(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void fetchesOnePageAtATime_andNothingBeforeAWalk() throws Exception {
        HeldListJobs held = new HeldListJobs();
        AsyncPaginator<ListJobsResponse, JobItem> pages = AsyncPaginator.of(PageBindings.LIST_JOBS, held::apply,
                ListJobsRequest.builder().pageSize(2).build());
        assertThat(held.asked).isEmpty();

        CompletableFuture<List<JobItem>> all = pages.allItems();
        assertThat(held.asked).containsExactly(1);
        held.calls.get(0).complete(page(3, "a", "b"));
        assertThat(held.asked).containsExactly(1, 2);
        assertThat(all).isNotDone();
        held.calls.get(1).complete(page(3, "c"));

        assertThat(ids(all.get(10, TimeUnit.SECONDS))).containsExactly("a", "b", "c");
        assertThat(held.asked).as("TotalCount reached: no third page").containsExactly(1, 2);
    }

    @Test
    void pagingRulesAreTheBlockingPaginators() throws Exception {
        PaginatorTest.FakeListJobs fake = new PaginatorTest.FakeListJobs(null, List.of(List.of("a", "b"), List.of("c")));
        AsyncPaginator<ListJobsResponse, JobItem> pages = AsyncPaginator.of(PageBindings.LIST_JOBS,
                r -> CompletableFuture.completedFuture(fake.apply(r)), ListJobsRequest.builder().pageNumber(1).build());
        List<Integer> sizes = new ArrayList<>();

        pages.forEachPage(p -> sizes.add(p.jobs().size())).get(10, TimeUnit.SECONDS);
        assertThat(sizes).containsExactly(2, 1);
        assertThat(fake.asked).as("no TotalCount: up to the empty page").containsExactly(1, 2, 3);

        List<String> items = new ArrayList<>();
        pages.forEachItem(i -> items.add(i.jobId().orElseThrow())).get(10, TimeUnit.SECONDS);
        assertThat(items).containsExactly("a", "b", "c");
        assertThat(fake.asked).as("each walk starts again").containsExactly(1, 2, 3, 1, 2, 3);
    }

    @Test
    void aRepeatedPageFailsTheWalk() {
        AsyncPaginator<ListJobsResponse, JobItem> pages = AsyncPaginator.of(PageBindings.LIST_JOBS,
                r -> CompletableFuture.completedFuture(page(100, "same")), ListJobsRequest.builder().build());
        assertThat(failureOf(pages.allItems())).isInstanceOf(DlcClientException.class)
                .hasMessageStartingWith("ListJobs: page 2 has the same items as page 1");
    }

    @Test
    void manyPagesThatCompleteAtOnceDoNotGrowTheStack() throws Exception {
        int count = 20_000;
        AsyncPaginator<ListJobsResponse, JobItem> pages = AsyncPaginator.of(PageBindings.LIST_JOBS,
                r -> CompletableFuture.completedFuture(page(count, "j" + r.pageNumber().orElseThrow())),
                ListJobsRequest.builder().pageSize(1).build());
        List<JobItem> all = pages.allItems().get(30, TimeUnit.SECONDS);
        assertThat(ids(all)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, count).mapToObj(i -> "j" + i).collect(Collectors.toList()));
    }

    @Test
    void aFailedCallFailsTheWalkWithItsOwnException_andNothingMoreIsFetched() {
        HeldListJobs held = new HeldListJobs();
        CompletableFuture<Void> walk = AsyncPaginator.of(PageBindings.LIST_JOBS, held::apply,
                ListJobsRequest.builder().build()).forEachPage(p -> { });
        DlcServiceException denied = new DlcServiceException("ListJobs: 403 Forbidden.RAM", 403, "Forbidden.RAM", "no",
                "req-1", null, null, false);
        held.calls.get(0).completeExceptionally(denied);
        assertThat(failureOf(walk)).isSameAs(denied);
        assertThat(held.asked).containsExactly(1);
    }

    @Test
    void aFailingActionFailsTheWalk() {
        HeldListJobs held = new HeldListJobs();
        IllegalStateException boom = new IllegalStateException("boom");
        CompletableFuture<Void> walk = AsyncPaginator.of(PageBindings.LIST_JOBS, held::apply,
                ListJobsRequest.builder().build()).forEachItem(i -> {
                    throw boom;
                });
        held.calls.get(0).complete(page(5, "a"));
        assertThat(failureOf(walk)).isSameAs(boom);
        assertThat(held.asked).containsExactly(1);
    }

    @Test
    void cancellingTheWalkCancelsTheCallInFlight() {
        HeldListJobs held = new HeldListJobs();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> walk = AsyncPaginator.of(PageBindings.LIST_JOBS, held::apply,
                ListJobsRequest.builder().build()).forEachItem(i -> seen.add(i.jobId().orElseThrow()));
        held.calls.get(0).complete(page(5, "a"));
        walk.cancel(true);

        assertThat(held.calls.get(1)).isCancelled();
        assertThat(held.asked).containsExactly(1, 2);
        assertThat(seen).containsExactly("a");
    }

    @Test
    void listJobsPaginator_onTheAsyncClient_sendsPageNumbersOnTheWire() throws Exception {
        for (int page = 1; page <= 2; page++) {
            server.stubFor(get(urlPathEqualTo("/api/v1/jobs")).withQueryParam("PageNumber", equalTo("" + page))
                    .willReturn(aResponse().withStatus(200).withBody("{\"TotalCount\":3,\"Jobs\":["
                            + (page == 1 ? "{\"JobId\":\"j1\"},{\"JobId\":\"j2\"}" : "{\"JobId\":\"j3\"}") + "]}")));
        }
        try (DlcAsyncClient dlc = harness.asyncClient(server).build()) {
            AsyncPaginator<ListJobsResponse, JobItem> pages = dlc.listJobsPaginator(
                    ListJobsRequest.builder().pageSize(2).status("Running").build());
            assertThat(server.getAllServeEvents()).isEmpty();

            assertThat(ids(pages.allItems().get(10, TimeUnit.SECONDS))).containsExactly("j1", "j2", "j3");
            server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/jobs")).withQueryParam("PageSize", equalTo("2"))
                    .withQueryParam("Status", equalTo("Running")));
        }
    }
}
