package io.github.dlckit.mock.control;

import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.market.BillingRecord;
import io.github.dlckit.mock.engine.market.DemandState;
import io.github.dlckit.mock.engine.market.HistoryPoint;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.ReleaseCause;
import io.github.dlckit.mock.engine.spot.SpotAdmission;
import io.github.dlckit.model.JobSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The third edition's control commands in engine terms, shared by both transports: the jobs view (M33),
 * preemption on request (M32), the savings report (M29), a pool's history (M31) and the server options.
 */
final class QueueCommands {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final DlcEngine engine;
    private final ClockMode clockMode;

    QueueCommands(DlcEngine engine, ClockMode clockMode) {
        this.engine = engine;
        this.clockMode = clockMode;
    }

    /** M33: every job of every account (deleted ones excepted), by queue time, then JobId. */
    List<JobOverview> jobs() {
        return engine.execute(c -> {
            List<JobOverview> out = new ArrayList<>();
            for (Job job : byQueueTime(c)) {
                Optional<DemandState> demand = c.market().demand(job.jobId());
                boolean holding = demand.map(d -> d.allocatedAt() != null).orElse(false);
                List<JobOverview.Role> roles = new ArrayList<>();
                List<String> specs = job.isSpot() ? c.spotResources().chosenSpecs(job) : null;
                for (int i = 0; i < job.jobSpecs().size(); i++) {
                    JobSpec role = job.jobSpecs().get(i);
                    String type = role.type().orElse("Worker");
                    boolean bids = job.isSpot() && SpotAdmission.bidsOnSpot(role);
                    String spec = !role.elasticSpotSpecs().isEmpty() ? (holding ? specs.get(i) : null)
                            : role.ecsSpec().orElse(null);
                    BigDecimal bid = bids && spec != null ? c.spotResources().effectiveBid(role, spec) : null;
                    int allocated = (int) job.pods().stream().filter(p -> p.role().equals(type)
                            && p.nodeName() != null && p.finishTime() == null && job.isHolding()).count();
                    roles.add(new JobOverview.Role(type, role.podCount().orElse(1), spec, bid, allocated));
                }
                out.add(new JobOverview(job.jobId(), job.owner().accountId(),
                        job.submitted().displayName().orElse(null), job.status().wireValue(),
                        job.subStatus().orElse(null), job.reasonCode().orElse(null), job.priority(),
                        job.resourceType().wireValue(), job.restarts().size() + "/" + job.maxRestarts(), roles,
                        job.createTime().toString(), text(demand.map(DemandState::allocatedAt)),
                        text(demand.map(DemandState::protectedUntil)), text(demand.map(DemandState::releaseAt)),
                        text(job.finishTime())));
            }
            return out;
        });
    }

    /** M32: releases a holding job through the market's path; 404 JobNotFound, 409 JobStatusNotSupported. */
    PreemptionView preempt(String jobId, Long warningSeconds, String cause) {
        ReleaseCause releaseCause = cause(cause);
        return engine.execute(c -> {
            Job job = c.jobs().allJobs().stream().filter(j -> j.jobId().equals(jobId) && !j.isDeleted()).findFirst()
                    .orElseThrow(() -> new MockControlException(404, "JobNotFound", "JobId: no job " + jobId));
            try {
                Instant at = c.spotResources().preempt(job, warningSeconds, releaseCause);
                return new PreemptionView(jobId, releaseCause == ReleaseCause.STOCK ? "Stock" : "Price", at.toString());
            } catch (IllegalStateException e) {
                throw new MockControlException(409, "JobStatusNotSupported", "Job " + jobId + " is "
                        + job.status().wireValue() + " and holds no instances to preempt (M32).");
            } catch (IllegalArgumentException e) {
                throw new MockControlException("InvalidParameter", e.getMessage());
            }
        });
    }

    /** M29: per job, spot cost against on-demand cost; without a job id every job, by queue time. */
    List<JobSavings> savings(String jobId) {
        return engine.execute(c -> {
            Instant now = c.clock().now();
            List<JobSavings> out = new ArrayList<>();
            for (Job job : byQueueTime(c)) {
                if (jobId != null && !jobId.equals(job.jobId())) {
                    continue;
                }
                BigDecimal spot = c.market().billing().total(job.jobId());
                BigDecimal onDemand = BigDecimal.ZERO;
                for (BillingRecord r : c.market().billing().records(job.jobId())) {
                    BigDecimal original = c.market().pools().stream().filter(p -> p.key().spec().equals(r.ecsSpec()))
                            .map(PoolSnapshot::originalPrice).findFirst().orElse(r.price());
                    // the record's billed time (M13's MinuteGranularity included) at the original price
                    onDemand = onDemand.add(r.amount().multiply(original).divide(r.price(), 10, RoundingMode.HALF_EVEN));
                }
                BigDecimal percent = onDemand.signum() == 0 ? null : BigDecimal.ONE
                        .subtract(spot.divide(onDemand, 12, RoundingMode.HALF_EVEN)).multiply(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP);
                out.add(new JobSavings(job.jobId(), spot, onDemand, percent, job.heldTime(now).getSeconds(),
                        job.waitingTime(now).getSeconds(), job.preemptions()));
            }
            return out;
        });
    }

    /** M31: the pool's points between two times (default: the 3 hours before now). */
    PoolHistoryView history(String ecsSpec, Instant startTime, Instant endTime) {
        return engine.execute(c -> {
            PoolSnapshot pool = c.market().pools().stream().filter(p -> p.key().spec().equals(ecsSpec)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("EcsSpec: the mock has no pool " + ecsSpec));
            Instant end = endTime == null ? c.clock().now() : endTime;
            Instant start = startTime == null ? end.minus(Duration.ofHours(3)) : startTime;
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("StartTime: " + start + " is after EndTime " + end);
            }
            List<PoolHistoryView.Point> points = new ArrayList<>();
            for (HistoryPoint p : c.market().history(pool.key(), start, end)) {
                points.add(new PoolHistoryView.Point(p.time().toString(), p.marketPrice(), p.averagePrice(),
                        p.capacity(), p.allocated()));
            }
            return new PoolHistoryView(ecsSpec, points);
        });
    }

    SettingsView settings() {
        return engine.execute(c -> view(c.settings()));
    }

    /** Changes the changeable options from now on; the fixed ones are refused naming the field. */
    SettingsView updateSettings(SettingsView change) {
        change.applyTo(engine.execute(c -> c.settings().copy())); // checks every value before anything changes
        return engine.execute(c -> {
            c.changeSettings(change::applyTo);
            return view(c.settings());
        });
    }

    /**
     * @return the changeable options as a full change, when they differ from those the engine started with (a
     *         reset keeps them, so its rewritten log must set them again); else empty
     */
    Optional<SettingsView> changedSinceStart() {
        return engine.execute(c -> {
            SettingsView now = changeable(c.settings());
            return now.equals(changeable(engine.initialSettings())) ? Optional.empty() : Optional.of(now);
        });
    }

    private static SettingsView changeable(EngineSettings s) {
        return new SettingsView(s.queueOrder().wireValue(), s.releaseReasonCode(), s.averageWindow().getSeconds(),
                s.envPreparing().getSeconds(), s.sanityCheck().getSeconds(), s.resumeFromCheckpoint(), null, null, null,
                null);
    }

    private SettingsView view(EngineSettings s) {
        return new SettingsView(s.queueOrder().wireValue(), s.releaseReasonCode(), s.averageWindow().getSeconds(),
                s.envPreparing().getSeconds(), s.sanityCheck().getSeconds(), s.resumeFromCheckpoint(),
                engine.config().seed(), clockMode.name().toLowerCase(Locale.ROOT), engine.config().start().toString(), engine.config().region());
    }

    private static List<Job> byQueueTime(DlcEngine.Context c) {
        List<Job> jobs = new ArrayList<>(c.jobs().allJobs());
        jobs.removeIf(Job::isDeleted);
        jobs.sort(Comparator.comparing(Job::createTime).thenComparing(Job::jobId));
        return jobs;
    }

    private static ReleaseCause cause(String text) {
        if (text == null || text.equalsIgnoreCase("Price")) {
            return ReleaseCause.PRICE;
        }
        if (text.equalsIgnoreCase("Stock")) {
            return ReleaseCause.STOCK;
        }
        throw new MockControlException("InvalidParameter", "Cause: must be Price or Stock, got " + text);
    }

    private static String text(Optional<Instant> time) {
        return time.map(Instant::toString).orElse(null);
    }
}
