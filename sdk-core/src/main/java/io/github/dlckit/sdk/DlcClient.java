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
import io.github.dlckit.sdk.pagination.PageBindings;
import io.github.dlckit.sdk.pagination.Paginator;
import io.github.dlckit.sdk.waiter.JobWaiter;

/**
 * A blocking client for PAI-DLC (API 2020-12-03): one method per operation (inherited from
 * {@link DlcClientOperations}: plain, builder-consumer and id overloads), lazy paginators for the paged List
 * operations, and a {@link JobWaiter}.
 *
 * <pre>{@code
 * try (DlcClient dlc = DlcClient.builder().region("cn-hangzhou").build()) {
 *     GetJobResponse job = dlc.getJob("dlc-123");
 *     for (JobItem item : dlc.listJobsPaginator(ListJobsRequest.builder().pageSize(50).build()).items()) { ... }
 *     WaitResult done = dlc.waiter().untilTerminal("dlc-123", WaitOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe: build one per application and share it. Every method throws
 * {@link io.github.dlckit.sdk.exception.DlcServiceException} for an error answer,
 * {@link io.github.dlckit.sdk.exception.DlcClientException} for a failure on this side or in transit, and
 * {@link io.github.dlckit.model.validation.ValidationException} for a request that breaks a client-side rule.
 * To fake the client in a test, implement {@link #call}.
 */
public interface DlcClient extends DlcClientOperations, AutoCloseable {

    /** @return a builder; {@code region} (or {@code endpointOverride}) is required */
    static DlcClientBuilder builder() {
        return new DlcClientBuilder();
    }

    /**
     * A client with every default, for the region in the {@code ALIBABA_CLOUD_REGION_ID} environment variable.
     *
     * @return the client
     */
    static DlcClient create() {
        return builder().region(System.getenv("ALIBABA_CLOUD_REGION_ID")).build();
    }

    /** @return a waiter polling this client's {@code GetJob} */
    default JobWaiter waiter() {
        return JobWaiter.create(this::getJob);
    }

    /**
     * @param request the first request (filters, page size; paging starts at its page number, default 1)
     * @return the lazy pages of {@code ListJobs}; {@code .items()} for the jobs
     */
    default Paginator<ListJobsResponse, JobItem> listJobsPaginator(ListJobsRequest request) {
        return Paginator.of(PageBindings.LIST_JOBS, this::listJobs, request);
    }

    /**
     * @param request the first request
     * @return the lazy pages of {@code ListEcsSpecs}
     */
    default Paginator<ListEcsSpecsResponse, EcsSpec> listEcsSpecsPaginator(ListEcsSpecsRequest request) {
        return Paginator.of(PageBindings.LIST_ECS_SPECS, this::listEcsSpecs, request);
    }

    /**
     * @param request the first request
     * @return the lazy pages of {@code ListJobTemplates}
     */
    default Paginator<ListJobTemplatesResponse, ListJobTemplatesResponseJobTemplates> listJobTemplatesPaginator(
            ListJobTemplatesRequest request) {
        return Paginator.of(PageBindings.LIST_JOB_TEMPLATES, this::listJobTemplates, request);
    }

    /**
     * @param request the first request
     * @return the lazy pages of {@code ListRayHistoryServers}
     */
    default Paginator<ListRayHistoryServersResponse, ListRayHistoryServersResponseRayHistoryServers>
            listRayHistoryServersPaginator(ListRayHistoryServersRequest request) {
        return Paginator.of(PageBindings.LIST_RAY_HISTORY_SERVERS, this::listRayHistoryServers, request);
    }

    /**
     * @param request the first request
     * @return the lazy pages of {@code ListTensorboards}
     */
    default Paginator<ListTensorboardsResponse, Tensorboard> listTensorboardsPaginator(ListTensorboardsRequest request) {
        return Paginator.of(PageBindings.LIST_TENSORBOARDS, this::listTensorboards, request);
    }

    /**
     * @param request the first request (its {@code JobId} names the job)
     * @return the lazy pages of {@code ListSignals}
     */
    default Paginator<ListSignalsResponse, ListSignalsResponseSignals> listSignalsPaginator(ListSignalsRequest request) {
        return Paginator.of(PageBindings.LIST_SIGNALS, this::listSignals, request);
    }

    /** Releases what the client created (its own OkHttp threads and connections); a supplied OkHttpClient stays open. */
    @Override
    void close();
}
