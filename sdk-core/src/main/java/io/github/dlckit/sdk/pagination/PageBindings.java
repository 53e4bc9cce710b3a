package io.github.dlckit.sdk.pagination;

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

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The page bindings of the operations that page with {@code PageNumber}/{@code PageSize} and report
 * {@code TotalCount}. The models differ in small ways (int or long counts; {@code ListSignals} sends its page
 * number as text), which the {@code asLong} adapters absorb.
 */
public final class PageBindings {

    /** {@code ListJobs}: jobs. */
    public static final PageBinding<ListJobsRequest, ListJobsResponse, JobItem> LIST_JOBS = new PageBinding<>(
            "ListJobs", r -> asLong(r.pageNumber()), (r, n) -> r.toBuilder().pageNumber(n).build(),
            ListJobsResponse::jobs, p -> p.totalCount());

    /** {@code ListEcsSpecs}: instance types. */
    public static final PageBinding<ListEcsSpecsRequest, ListEcsSpecsResponse, EcsSpec> LIST_ECS_SPECS =
            new PageBinding<>("ListEcsSpecs", r -> asLong(r.pageNumber()), (r, n) -> r.toBuilder().pageNumber(n).build(),
                    ListEcsSpecsResponse::ecsSpecs, p -> p.totalCount());

    /** {@code ListJobTemplates}: job templates. */
    public static final PageBinding<ListJobTemplatesRequest, ListJobTemplatesResponse,
            ListJobTemplatesResponseJobTemplates> LIST_JOB_TEMPLATES = new PageBinding<>("ListJobTemplates",
            r -> asLong(r.pageNumber()), (r, n) -> r.toBuilder().pageNumber(n).build(),
            ListJobTemplatesResponse::jobTemplates, p -> asLong(p.totalCount()));

    /** {@code ListRayHistoryServers}: Ray history servers. */
    public static final PageBinding<ListRayHistoryServersRequest, ListRayHistoryServersResponse,
            ListRayHistoryServersResponseRayHistoryServers> LIST_RAY_HISTORY_SERVERS = new PageBinding<>(
            "ListRayHistoryServers", r -> asLong(r.pageNumber()), (r, n) -> r.toBuilder().pageNumber(n).build(),
            ListRayHistoryServersResponse::rayHistoryServers, p -> asLong(p.totalCount()));

    /** {@code ListTensorboards}: TensorBoard instances. */
    public static final PageBinding<ListTensorboardsRequest, ListTensorboardsResponse, Tensorboard> LIST_TENSORBOARDS =
            new PageBinding<>("ListTensorboards", r -> asLong(r.pageNumber()),
                    (r, n) -> r.toBuilder().pageNumber(n).build(), ListTensorboardsResponse::tensorboards,
                    p -> p.totalCount());

    /** {@code ListSignals}: signals sent to a job (its page number travels as text). */
    public static final PageBinding<ListSignalsRequest, ListSignalsResponse, ListSignalsResponseSignals> LIST_SIGNALS =
            new PageBinding<>("ListSignals", r -> asLong(r.pageNumber()),
                    (r, n) -> r.toBuilder().pageNumber(Integer.toString(n)).build(), ListSignalsResponse::signals,
                    p -> p.totalCount());

    private PageBindings() {
    }

    static OptionalLong asLong(OptionalInt value) {
        return value.isPresent() ? OptionalLong.of(value.getAsInt()) : OptionalLong.empty();
    }

    static OptionalLong asLong(Optional<String> text) {
        if (!text.isPresent()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PageNumber must be a number, got '" + text.get() + "'", e);
        }
    }
}
