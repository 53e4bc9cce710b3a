package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.model.ListJobsRequest;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * ListJobs' filters and order. Filters combine with AND; comma-separated lists (Status, JobIds, ResourceIds) match
 * any of their values; the default order is newest first (GmtCreateTime desc), ties broken by job id so pages are
 * stable.
 */
final class JobQuery {

    private JobQuery() {
    }

    static Predicate<Job> filter(ListJobsRequest r, Caller caller) {
        Predicate<Job> p = job -> !job.isDeleted();
        p = and(p, r.workspaceId().filter(w -> !r.fromAllWorkspaces().orElse(false)),
                (job, w) -> w.equals(job.submitted().workspaceId().orElse(null)));
        p = and(p, r.status(), (job, s) -> anyOf(s).contains(job.status().wireValue()));
        p = and(p, r.jobType(), (job, t) -> t.equals(job.submitted().jobType().orElse(null)));
        p = and(p, r.jobId(), (job, id) -> job.jobId().equals(id));
        p = and(p, r.jobIds(), (job, ids) -> anyOf(ids).contains(job.jobId()));
        p = and(p, r.resourceId(), (job, id) -> id.equals(job.submitted().resourceId().orElse(null)));
        p = and(p, r.resourceIds(), (job, ids) -> anyOf(ids).contains(job.submitted().resourceId().orElse("")));
        p = and(p, r.accessibility(), (job, a) -> a.equals(job.accessibility()));
        p = and(p, r.userIdForFilter(), (job, u) -> u.equals(job.owner().userId()));
        p = and(p, r.displayName(), (job, name) -> displayNameMatches(job, name, r.displayNameSearchMode().orElse("")));
        p = and(p, r.paymentType(), JobQuery::paymentTypeMatches);
        if (r.showOwn().orElse(false)) {
            p = p.and(job -> job.owner().userId().equals(caller.userId()));
        }
        if (r.startTime().isPresent()) {
            Instant from = Times.parse("StartTime", r.startTime().get());
            p = p.and(job -> !job.createTime().isBefore(from));
        }
        if (r.endTime().isPresent()) {
            Instant to = Times.parse("EndTime", r.endTime().get());
            p = p.and(job -> !job.createTime().isAfter(to));
        }
        for (Map.Entry<String, String> tag : r.tags().entrySet()) {
            p = p.and(job -> tag.getValue().equals(job.tags().get(tag.getKey())));
        }
        return p;
    }

    static Comparator<Job> order(ListJobsRequest r) {
        String sortBy = r.sortBy().orElse("GmtCreateTime");
        Comparator<Job> by = switch (sortBy) {
            case "DisplayName" -> Comparator.comparing(j -> j.submitted().displayName().orElse(""));
            case "JobType" -> Comparator.comparing(j -> j.submitted().jobType().orElse(""));
            case "Status" -> Comparator.comparing(j -> j.status().wireValue());
            case "GmtCreateTime" -> Comparator.comparing(Job::createTime);
            case "GmtFinishTime" -> Comparator.comparing(j -> j.finishTime().orElse(Instant.MAX));
            default -> throw EngineException.invalid("SortBy", "must be one of DisplayName, JobType, Status, "
                    + "GmtCreateTime, GmtFinishTime, got " + sortBy);
        };
        by = by.thenComparing(Job::jobId);
        String order = r.order().orElse("desc");
        if (!order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw EngineException.invalid("Order", "must be asc or desc, got " + order);
        }
        return order.equalsIgnoreCase("asc") ? by : by.reversed();
    }

    private static boolean displayNameMatches(Job job, String name, String mode) {
        String actual = job.submitted().displayName().orElse("");
        return mode.equalsIgnoreCase("exact") ? actual.equals(name) : actual.contains(name);
    }

    /** Spot: bids on preemptible instances; PrePaid: runs on a quota; PostPaid: pay-as-you-go. */
    private static boolean paymentTypeMatches(Job job, String type) {
        boolean quota = job.submitted().resourceId().isPresent();
        return switch (type) {
            case "Spot" -> job.isSpot();
            case "PrePaid" -> quota;
            case "PostPaid" -> !quota && !job.isSpot();
            default -> throw EngineException.invalid("PaymentType", "must be PrePaid, Spot or PostPaid, got " + type);
        };
    }

    private static Set<String> anyOf(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static <T> Predicate<Job> and(Predicate<Job> p, java.util.Optional<T> value,
                                          java.util.function.BiPredicate<Job, T> test) {
        return value.isPresent() ? p.and(job -> test.test(job, value.get())) : p;
    }

    static List<Job> apply(List<Job> jobs, ListJobsRequest r, Caller caller) {
        Predicate<Job> filter = filter(r, caller);
        Comparator<Job> order = order(r);
        return jobs.stream().filter(filter).sorted(order).collect(Collectors.toList());
    }
}
