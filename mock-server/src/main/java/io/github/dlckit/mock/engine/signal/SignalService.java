package io.github.dlckit.mock.engine.signal;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.mock.engine.job.Pod;
import io.github.dlckit.mock.engine.time.EventClock;
import io.github.dlckit.mock.store.Ids;
import io.github.dlckit.mock.store.ResourceTable;
import io.github.dlckit.mock.store.Store;
import io.github.dlckit.model.CreateSignalRequest;
import io.github.dlckit.model.GetSignalRequest;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.ListSignalsRequest;
import io.github.dlckit.model.SignalTarget;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Signals sent to the caller's jobs (ids {@code oper} + 14 characters, as the vendor's examples). A signal to a job
 * that has ended fails at once (reason {@code JobNotRunning}); otherwise it is Pending for {@link #DELIVERY} and
 * is then delivered to the targeted pods that are running: Succeeded (reason {@code Completed}) when the job is
 * Running and at least one targeted pod runs, Failed ({@code JobNotRunning} or {@code NoRunningPods}) otherwise.
 * The operations return the signals themselves; the API layer renders the answers.
 */
public final class SignalService {

    /** How long a signal is Pending before delivery. */
    public static final Duration DELIVERY = Duration.ofSeconds(2);

    /** The signals a job's processes can be sent. */
    static final List<String> SIGNALS = List.of("SIGHUP", "SIGINT", "SIGQUIT", "SIGABRT", "SIGKILL", "SIGUSR1",
            "SIGUSR2", "SIGTERM", "SIGCONT", "SIGSTOP", "SIGTSTP");
    static final List<String> SCOPES = List.of("all", "roles", "pods");
    static final List<String> STATUSES = List.of(Signal.PENDING, Signal.SUCCEEDED, Signal.FAILED);

    private static final ListQuery.SortKeys<Signal> SORT_KEYS = ListQuery.SortKeys
            .tieBrokenBy(Comparator.comparing(Signal::created).thenComparing(Signal::id))
            .key("GmtCreateTime", Signal::created)
            .key("GmtModifyTime", Signal::modified)
            .key("Status", Signal::status)
            .key("Signal", Signal::name);

    private final EventClock clock;
    private final Store store;
    private final Ids ids;
    private final JobService jobs;

    public SignalService(EventClock clock, Store store, Ids ids, JobService jobs) {
        this.clock = clock;
        this.store = store;
        this.ids = ids;
        this.jobs = jobs;
    }

    /**
     * Signal is required; Target defaults to every pod (Scope {@code all}).
     *
     * @return the new signal
     */
    public Signal createSignal(Caller caller, CreateSignalRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        String name = Checks.required("Signal", request.signal());
        Checks.oneOf("Signal", Optional.of(name), SIGNALS);
        SignalTarget target = request.target().orElse(SignalTarget.builder().build());
        String scope = scopeOf(target);
        checkTarget(job, scope, target);

        Signal signal = new Signal(ids.next("oper"), job.jobId(), name, scope, target.roles(), target.podNames(),
                clock.now());
        table(caller).put(signal.id(), signal);
        if (job.status().isTerminal()) {
            notRunning(signal, job);
        } else {
            clock.scheduleAfter(DELIVERY, "deliver " + name + " to " + job.jobId(), () -> deliver(signal, job));
        }
        return signal;
    }

    /** @return the signal asked for, of the job asked for */
    public Signal getSignal(Caller caller, GetSignalRequest request) {
        Job job = jobs.find(caller, request.jobId().orElse(""));
        String id = request.signalId().orElse("");
        return table(caller).find(id).filter(s -> s.jobId().equals(job.jobId()))
                .orElseThrow(() -> EngineException.notFound("Signal", id));
    }

    /**
     * PageNumber and PageSize are strings on the wire here.
     *
     * @return the page of the job's signals that match
     */
    public ListQuery.Page<Signal> listSignals(Caller caller, ListSignalsRequest r) {
        Job job = jobs.find(caller, r.jobId().orElse(""));
        OptionalInt pageNumber = Checks.intNumber("PageNumber", r.pageNumber());
        OptionalInt pageSize = Checks.intNumber("PageSize", r.pageSize());
        return new ListQuery<Signal>()
                .where(Optional.of(job.jobId()), (s, id) -> s.jobId().equals(id))
                .whereAnyOf("Status", r.status(), STATUSES, Signal::status)
                .run(table(caller).all(), r.sortBy(), r.order(), SORT_KEYS, pageNumber, pageSize);
    }

    private void deliver(Signal signal, Job job) {
        if (job.isDeleted() || job.status() != JobStatus.RUNNING) {
            notRunning(signal, job);
            return;
        }
        Predicate<Pod> targeted = switch (signal.scope()) {
            case "roles" -> p -> signal.roles().contains(p.role());
            case "pods" -> p -> signal.podNames().contains(p.podId());
            default -> p -> true;
        };
        List<String> reached = job.pods().stream().filter(targeted).filter(p -> p.status().equals("Running"))
                .map(Pod::podId).collect(Collectors.toList());
        if (reached.isEmpty()) {
            signal.finish(clock.now(), Signal.FAILED, "NoRunningPods", "none of the targeted pods of job "
                    + job.jobId() + " is running");
        } else {
            signal.delivered(clock.now(), reached);
        }
    }

    private void notRunning(Signal signal, Job job) {
        signal.finish(clock.now(), Signal.FAILED, "JobNotRunning", "job " + job.jobId() + " is "
                + (job.isDeleted() ? "deleted" : job.status().wireValue()) + "; signals reach running jobs only");
    }

    /** Scope as given, else {@code pods} when PodNames are given, {@code roles} when Roles are, else {@code all}. */
    private static String scopeOf(SignalTarget target) {
        if (target.scope().isPresent()) {
            return Checks.canonical("Target.Scope", target.scope().get(), SCOPES);
        }
        return !target.podNames().isEmpty() ? "pods" : !target.roles().isEmpty() ? "roles" : "all";
    }

    private static void checkTarget(Job job, String scope, SignalTarget target) {
        if (scope.equals("roles")) {
            Set<String> roles = job.jobSpecs().stream().map(s -> s.type().orElse("Worker")).collect(Collectors.toSet());
            checkAllKnown("Target.Roles", target.roles(), roles, job.jobId() + " has no role ");
        } else if (scope.equals("pods")) {
            Set<String> pods = job.pods().stream().map(Pod::podId).collect(Collectors.toSet());
            checkAllKnown("Target.PodNames", target.podNames(), pods, job.jobId() + " has no pod ");
        }
    }

    private static void checkAllKnown(String field, List<String> given, Set<String> known, String problem) {
        if (given.isEmpty()) {
            throw EngineException.missing(field);
        }
        for (String value : given) {
            if (!known.contains(value)) {
                throw EngineException.invalid(field, "job " + problem + value + "; it has "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private ResourceTable<Signal> table(Caller caller) {
        return store.of(caller.accountId(), caller.region()).table(Signal.class);
    }
}
