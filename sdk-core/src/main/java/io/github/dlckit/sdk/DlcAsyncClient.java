package io.github.dlckit.sdk;

import io.github.dlckit.model.EcsSpec;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListEcsSpecsRequest;
import io.github.dlckit.model.ListEcsSpecsResponse;
import io.github.dlckit.model.ListJobTemplatesRequest;
import io.github.dlckit.model.ListJobTemplatesResponse;
import io.github.dlckit.model.ListJobTemplatesResponseJobTemplates;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.ListJobsResponse;
import io.github.dlckit.model.ListRayHistoryServersRequest;
import io.github.dlckit.model.ListRayHistoryServersResponse;
import io.github.dlckit.model.ListRayHistoryServersResponseRayHistoryServers;
import io.github.dlckit.model.ListSignalsRequest;
import io.github.dlckit.model.ListSignalsResponse;
import io.github.dlckit.model.ListSignalsResponseSignals;
import io.github.dlckit.model.ListTensorboardsRequest;
import io.github.dlckit.model.ListTensorboardsResponse;
import io.github.dlckit.model.Tensorboard;
import io.github.dlckit.sdk.pagination.AsyncPaginator;
import io.github.dlckit.sdk.pagination.PageBindings;
import io.github.dlckit.sdk.waiter.AsyncJobWaiter;

/**
 * A non-blocking client for PAI-DLC (API 2020-12-03): the same operations as {@link DlcClient}, each returning
 * a {@link java.util.concurrent.CompletableFuture} (inherited from {@link DlcAsyncClientOperations}). Calls run
 * on OkHttp's asynchronous calls and share the blocking client's pipeline, so validation, signing, retries and
 * errors are the same: a future fails with exactly the exception the blocking call would throw (a validation
 * failure included). Cancelling a future cancels its attempt in flight.
 *
 * <p>Thread-safe: build one per application and share it.
 */
public interface DlcAsyncClient extends DlcAsyncClientOperations, AutoCloseable {

    /** @return a builder; {@code region} (or {@code endpointOverride}) is required */
    static DlcAsyncClientBuilder builder() {
        return new DlcAsyncClientBuilder();
    }

    /** @return a waiter polling this client's {@code getJob} without blocking */
    default AsyncJobWaiter waiter() {
        return AsyncJobWaiter.create(this::getJob);
    }

    /**
     * @param request the first request (filters, page size; paging starts at its page number, default 1)
     * @return the pages of {@code ListJobs}, fetched one after another once a walk starts
     *         ({@code forEachItem}, {@code allItems()})
     */
    default AsyncPaginator<ListJobsResponse, JobItem> listJobsPaginator(ListJobsRequest request) {
        return AsyncPaginator.of(PageBindings.LIST_JOBS, this::listJobs, request);
    }

    /**
     * @param request the first request
     * @return the pages of {@code ListEcsSpecs}
     */
    default AsyncPaginator<ListEcsSpecsResponse, EcsSpec> listEcsSpecsPaginator(ListEcsSpecsRequest request) {
        return AsyncPaginator.of(PageBindings.LIST_ECS_SPECS, this::listEcsSpecs, request);
    }

    /**
     * @param request the first request
     * @return the pages of {@code ListJobTemplates}
     */
    default AsyncPaginator<ListJobTemplatesResponse, ListJobTemplatesResponseJobTemplates>
            listJobTemplatesPaginator(ListJobTemplatesRequest request) {
        return AsyncPaginator.of(PageBindings.LIST_JOB_TEMPLATES, this::listJobTemplates, request);
    }

    /**
     * @param request the first request
     * @return the pages of {@code ListRayHistoryServers}
     */
    default AsyncPaginator<ListRayHistoryServersResponse, ListRayHistoryServersResponseRayHistoryServers>
            listRayHistoryServersPaginator(ListRayHistoryServersRequest request) {
        return AsyncPaginator.of(PageBindings.LIST_RAY_HISTORY_SERVERS, this::listRayHistoryServers, request);
    }

    /**
     * @param request the first request
     * @return the pages of {@code ListTensorboards}
     */
    default AsyncPaginator<ListTensorboardsResponse, Tensorboard> listTensorboardsPaginator(
            ListTensorboardsRequest request) {
        return AsyncPaginator.of(PageBindings.LIST_TENSORBOARDS, this::listTensorboards, request);
    }

    /**
     * @param request the first request (its {@code JobId} names the job)
     * @return the pages of {@code ListSignals}
     */
    default AsyncPaginator<ListSignalsResponse, ListSignalsResponseSignals> listSignalsPaginator(
            ListSignalsRequest request) {
        return AsyncPaginator.of(PageBindings.LIST_SIGNALS, this::listSignals, request);
    }

    /** Releases what the client created (its own OkHttp threads and connections); a supplied OkHttpClient stays open. */
    @Override
    void close();
}
