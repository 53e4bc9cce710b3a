package io.github.dlckit.mock.engine.tensorboard;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.access.AccessTokens;
import io.github.dlckit.mock.engine.access.MockUrls;
import io.github.dlckit.mock.engine.instance.InstanceLifecycle;
import io.github.dlckit.mock.engine.instance.InstanceRun;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.ResourceTable;
import io.github.dlckit.mock.store.Store;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.DeleteTensorboardRequest;
import io.github.dlckit.model.GetTensorboardRequest;
import io.github.dlckit.model.GetTensorboardSharedUrlRequest;
import io.github.dlckit.model.ListTensorboardsRequest;
import io.github.dlckit.model.StartTensorboardRequest;
import io.github.dlckit.model.StopTensorboardRequest;
import io.github.dlckit.model.UpdateTensorboardRequest;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The TensorBoard operations on the caller's own TensorBoards (ids {@code tb} + 14 characters). A TensorBoard is
 * Creating for {@link #START_UP}, then Running; StopTensorboard stops it, StartTensorboard starts it again through
 * Creating, and a MaxRunningTimeMinutes above zero stops it that long after it began running (reason
 * {@link InstanceLifecycle#MAX_RUNNING_TIME}). One created for a job (JobId, or SourceType {@code job} with a
 * SourceId) needs that job to exist for the caller, and takes its workspace and name when none are given.
 * DeleteTensorboard works in any status. The WorkspaceId/JodId/Token query fields that Get, Update, Start, Stop
 * and Delete accept are not checked: the id alone finds the TensorBoard. The operations return the TensorBoards
 * themselves; the API layer renders the answers.
 */
public final class TensorboardService {

    /** How long a TensorBoard is Creating before it runs. */
    public static final Duration START_UP = Duration.ofSeconds(20);
    /** The lifetime of a shared URL when GetTensorboardSharedUrl gives no ExpireTimeSeconds. */
    public static final Duration SHARED_URL_LIFETIME = Duration.ofDays(1);

    static final List<String> STATUSES = List.of("Creating", "Running", "Stopped", "Succeeded", "Failed");
    static final List<String> DATA_SOURCE_TYPES = List.of("OSS", "NAS");
    static final List<String> PAYMENT_TYPES = List.of(TensorboardInstance.FREE, TensorboardInstance.POSTPAID);

    private static final ListQuery.SortKeys<TensorboardInstance> SORT_KEYS = ListQuery.SortKeys
            .tieBrokenBy(Comparator.comparing((TensorboardInstance tb) -> tb.run().created())
                    .thenComparing(TensorboardInstance::id))
            .key("GmtCreateTime", tb -> tb.run().created())
            .key("DisplayName", TensorboardInstance::displayName);

    private final EventClock clock;
    private final Store store;
    private final Ids ids;
    private final JobService jobs;
    private final AccessTokens tokens;
    private final InstanceLifecycle lifecycle;

    public TensorboardService(EventClock clock, Store store, Ids ids, JobService jobs, AccessTokens tokens) {
        this.clock = clock;
        this.store = store;
        this.ids = ids;
        this.jobs = jobs;
        this.tokens = tokens;
        this.lifecycle = new InstanceLifecycle(clock, START_UP);
    }

    /** @return the new TensorBoard */
    public TensorboardInstance createTensorboard(Caller caller, CreateTensorboardRequest request) {
        Checks.oneOf("Accessibility", request.accessibility(), Checks.ACCESSIBILITY);
        Checks.oneOf("DataSourceType", request.dataSourceType(), DATA_SOURCE_TYPES);
        request.priority().ifPresent(TensorboardService::checkPriority);
        Checks.range("MaxRunningTimeMinutes", request.maxRunningTimeMinutes(), 0, Integer.MAX_VALUE);
        Checks.range("Cpu", request.cpu(), 1, Integer.MAX_VALUE);
        Checks.range("Memory", request.memory(), 1, Integer.MAX_VALUE);
        Optional<Job> job = request.jobId().map(id -> jobs.find(caller, id));
        boolean jobSource = request.sourceType().filter("job"::equalsIgnoreCase).isPresent();
        Optional<Job> sourceJob = request.sourceId().filter(id -> jobSource).map(id -> jobs.find(caller, id));
        if (job.isEmpty() && !hasSummarySource(request)) {
            throw EngineException.invalid("JobId", "give JobId, SourceId, DataSourceId, Uri, SummaryPath or "
                    + "TensorboardDataSources: a TensorBoard needs summaries to show");
        }
        Optional<Job> linked = job.or(() -> sourceJob);

        String id = ids.next("tb");
        InstanceRun run = lifecycle.create("Tensorboard", id, minutes(request.maxRunningTimeMinutes()));
        TensorboardInstance tb = new TensorboardInstance(id, caller, request,
                request.displayName().or(() -> linked.flatMap(j -> j.submitted().displayName())).orElse(id),
                job.map(Job::jobId).orElse(null),
                request.workspaceId().or(() -> linked.flatMap(j -> j.submitted().workspaceId())).orElse(null),
                linked.isPresent() ? "job" : request.sourceType().orElse(null),
                linked.map(Job::jobId).or(request::sourceId).orElse(null),
                tokens.issue(caller, "tensorboard/" + id, AccessTokens.DEFAULT_LIFETIME), run);
        table(caller).put(id, tb);
        return tb;
    }

    /** @return the TensorBoard asked for */
    public TensorboardInstance getTensorboard(Caller caller, GetTensorboardRequest request) {
        return find(caller, request.tensorboardId().orElse(""));
    }

    /** @return the page of the caller's TensorBoards that match */
    public ListQuery.Page<TensorboardInstance> listTensorboards(Caller caller, ListTensorboardsRequest r) {
        return new ListQuery<TensorboardInstance>()
                .where(r.tensorboardId(), (tb, id) -> tb.id().equals(id))
                .where(r.jobId(), (tb, id) -> tb.jobId().filter(id::equals).isPresent())
                .where(r.workspaceId(), (tb, w) -> tb.workspaceId().filter(w::equals).isPresent())
                .where(r.displayName(), (tb, name) -> tb.displayName().contains(name))
                .where(r.sourceId(), (tb, id) -> tb.sourceId().filter(id::equals).isPresent())
                .where(r.sourceType(), (tb, type) -> tb.sourceType().filter(type::equalsIgnoreCase).isPresent())
                .where(r.quotaId(), (tb, q) -> tb.submitted().quotaId().filter(q::equals).isPresent())
                .where(r.userId(), (tb, u) -> tb.owner().userId().equals(u))
                .where(r.username(), (tb, u) -> tb.owner().userId().equals(u))
                .whereIf(r.showOwn().orElse(false), tb -> tb.owner().userId().equals(caller.userId()))
                .whereAnyOf("Status", r.status(), STATUSES, tb -> tb.run().status().wireValue())
                .whereAnyOf("Accessibility", r.accessibility(), Checks.ACCESSIBILITY, TensorboardInstance::accessibility)
                .whereAnyOf("PaymentType", r.paymentType(), PAYMENT_TYPES, TensorboardInstance::paymentType)
                .createdBetween(r.startTime(), r.endTime(), tb -> tb.run().created())
                .run(table(caller).all(), r.sortBy(), r.order(), SORT_KEYS, r.pageNumber(), r.pageSize());
    }

    /** Visibility, priority and the maximum running time (0 removes the limit) change in any status. */
    public TensorboardInstance updateTensorboard(Caller caller, UpdateTensorboardRequest request) {
        TensorboardInstance tb = find(caller, request.tensorboardId().orElse(""));
        Checks.oneOf("Accessibility", request.accessibility(), Checks.ACCESSIBILITY);
        request.priority().ifPresent(TensorboardService::checkPriority);
        Checks.range("MaxRunningTimeMinutes", request.maxRunningTimeMinutes(), 0, Integer.MAX_VALUE);

        request.accessibility().ifPresent(tb::accessibility);
        request.priority().ifPresent(tb::priority);
        tb.run().touch(clock.now());
        if (request.maxRunningTimeMinutes().isPresent()) {
            lifecycle.maxRunTime(tb.run(), minutes(request.maxRunningTimeMinutes()));
        }
        return tb;
    }

    /** @return the TensorBoard, deleted */
    public TensorboardInstance deleteTensorboard(Caller caller, DeleteTensorboardRequest request) {
        TensorboardInstance tb = find(caller, request.tensorboardId().orElse(""));
        lifecycle.forget(tb.run());
        table(caller).remove(tb.id());
        return tb;
    }

    /** Starts a Stopped TensorBoard; one that is Creating or Running is refused. */
    public TensorboardInstance startTensorboard(Caller caller, StartTensorboardRequest request) {
        TensorboardInstance tb = find(caller, request.tensorboardId().orElse(""));
        lifecycle.start(tb.run());
        return tb;
    }

    /** Stops a TensorBoard that is Creating or Running; a Stopped one is refused. */
    public TensorboardInstance stopTensorboard(Caller caller, StopTensorboardRequest request) {
        TensorboardInstance tb = find(caller, request.tensorboardId().orElse(""));
        lifecycle.stop(tb.run());
        return tb;
    }

    /** @return a URL that opens the TensorBoard without signing in, for ExpireTimeSeconds (default one day) */
    public String getTensorboardSharedUrl(Caller caller, GetTensorboardSharedUrlRequest request) {
        TensorboardInstance tb = find(caller, request.tensorboardId().orElse(""));
        Duration lifetime = AccessTokens.lifetime("ExpireTimeSeconds",
                Checks.number("ExpireTimeSeconds", request.expireTimeSeconds()), SHARED_URL_LIFETIME);
        String token = tokens.issue(caller, "tensorboard/" + tb.id() + "/shared", lifetime);
        return MockUrls.sharedTensorboard(caller.region(), tb.id(), token);
    }

    /**
     * A TensorBoard of the caller's; other accounts' do not exist for it.
     *
     * @throws EngineException 404 {@code TensorboardNotFound}
     */
    public TensorboardInstance find(Caller caller, String tensorboardId) {
        return table(caller).find(tensorboardId).orElseThrow(() -> EngineException.notFound("Tensorboard",
                tensorboardId));
    }

    private ResourceTable<TensorboardInstance> table(Caller caller) {
        return store.of(caller.accountId(), caller.region()).table(TensorboardInstance.class);
    }

    private static boolean hasSummarySource(CreateTensorboardRequest r) {
        return r.sourceId().isPresent() || r.dataSourceId().isPresent() || r.uri().isPresent()
                || r.summaryPath().isPresent() || !r.tensorboardDataSources().isEmpty() || !r.dataSources().isEmpty();
    }

    /** Priority is a string on the wire: 1 (lowest) to 9. */
    private static void checkPriority(String text) {
        Checks.range("Priority", Checks.number("Priority", Optional.of(text)), 1, 9);
    }

    private static Duration minutes(OptionalLong value) {
        return value.isPresent() ? Duration.ofMinutes(value.getAsLong()) : null;
    }
}
