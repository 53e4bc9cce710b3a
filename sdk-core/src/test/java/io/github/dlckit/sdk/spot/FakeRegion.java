package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.MutableClock;
import io.github.dlckit.sdk.exception.DlcClientException;
import io.github.dlckit.sdk.exception.DlcServiceException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region of an in-memory spot market on a virtual clock, enough for the runner: price bids against a market
 * price per instance type (allocated when the bid is at or above it, R12, released when the price rises above it,
 * R16), scripted preemptions, a fixed amount of work per job, and a CreateJob answer that can be lost. Jobs move
 * only when read.
 */
final class FakeRegion implements RegionJobs {

    final String id;
    private final MutableClock clock;
    private final Map<String, BigDecimal> prices = new HashMap<>();
    private final Deque<Duration> preemptions = new ArrayDeque<>();
    private final Deque<Boolean> lostAnswers = new ArrayDeque<>();
    final List<CreateJobRequest> submitted = new ArrayList<>();
    final List<String> stopped = new ArrayList<>();
    final Map<String, Job> jobs = new LinkedHashMap<>();
    int searches;
    int submitCalls;
    private Duration work = Duration.ofMinutes(60);
    private String failure;

    FakeRegion(String id, MutableClock clock) {
        this.id = id;
        this.clock = clock;
    }

    FakeRegion price(String instanceType, String cnyPerMinute) {
        prices.put(instanceType, new BigDecimal(cnyPerMinute));
        return this;
    }

    /** Each job needs this much running to succeed. */
    FakeRegion work(Duration minutes) {
        this.work = minutes;
        return this;
    }

    /** The next jobs to start running are preempted after these running times, one each. */
    FakeRegion preemptAfter(Duration... runningTimes) {
        preemptions.addAll(java.util.Arrays.asList(runningTimes));
        return this;
    }

    /** Jobs fail with this message after their work, instead of succeeding. */
    FakeRegion failWith(String message) {
        this.failure = message;
        return this;
    }

    /** The next CreateJob answer is lost; the job is created first when {@code created}. */
    FakeRegion loseNextAnswer(boolean created) {
        lostAnswers.add(created);
        return this;
    }

    BigDecimal priceOf(String instanceType) {
        return prices.get(instanceType);
    }

    @Override
    public String submit(CreateJobRequest request) {
        submitCalls++;
        Boolean lose = lostAnswers.poll();
        if (lose != null && !lose) {
            throw unknownOutcome();
        }
        String type = request.jobSpecs().get(0).ecsSpec().orElse("");
        if (!prices.containsKey(type)) {
            throw new DlcServiceException("CreateJob: no pool " + type + " in " + id, 400, "InvalidParameter.EcsSpec",
                    "no pool " + type, "req-1", null, null, false);
        }
        submitted.add(request);
        String jobId = "dlc-" + id + "-" + (jobs.size() + 1);
        jobs.put(jobId, new Job(jobId, request, clock.instant()));
        if (lose != null) {
            throw unknownOutcome();
        }
        return jobId;
    }

    private static DlcClientException unknownOutcome() {
        return new DlcClientException("CreateJob: read timed out; the outcome is unknown", null, false,
                DlcClientException.Kind.OUTCOME_UNKNOWN);
    }

    @Override
    public GetJobResponse get(String jobId) {
        Job job = jobs.get(jobId);
        job.advance(clock.instant());
        return job.view();
    }

    @Override
    public void stop(String jobId) {
        stopped.add(jobId);
        jobs.get(jobId).end("Stopped", "stopped by the user", false);
    }

    @Override
    public Optional<String> findSubmitted(String displayName, Map<String, String> marker) {
        searches++;
        String found = null;
        for (Job job : jobs.values()) {
            if (displayName.equals(job.request.displayName().orElse(null))
                    && job.request.envs().entrySet().containsAll(marker.entrySet())) {
                found = job.id;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A job: waiting until its bid meets the price, running its work, ended. */
    final class Job {
        final String id;
        final CreateJobRequest request;
        final String type;
        final BigDecimal bid;
        String status = "Queuing";
        String reasonCode;
        String reasonMessage;
        boolean evicted;
        Instant startedAt;
        Duration preemptAfter;

        Job(String id, CreateJobRequest request, Instant now) {
            this.id = id;
            this.request = request;
            JobSpec role = request.jobSpecs().get(0);
            this.type = role.ecsSpec().orElse("");
            SpotSpec spot = role.spotSpec().get();
            this.bid = BidLadder.decimal(spot.spotPriceLimit().orElse(0f));
        }

        void advance(Instant now) {
            BigDecimal price = prices.get(type);
            if (status.equals("Queuing")) {
                if (bid.compareTo(price) >= 0) {
                    status = "Running";
                    startedAt = now;
                    reasonCode = null;
                    reasonMessage = null;
                    preemptAfter = preemptions.poll();
                } else {
                    reasonCode = "SpotPriceTooLow";
                    reasonMessage = "bid " + bid + " is below the market price " + price + " for " + type;
                }
                return;
            }
            if (!status.equals("Running")) {
                return;
            }
            Duration ran = Duration.between(startedAt, now);
            if (preemptAfter != null && ran.compareTo(preemptAfter) >= 0) {
                end("Failed", "Job " + id + " was preempted on request (cause Price)", true);
            } else if (bid.compareTo(price) < 0) {
                end("Failed", "Job " + id + " was preempted: market price " + price + " is above the bid " + bid, true);
            } else if (ran.compareTo(work) >= 0) {
                end(failure == null ? "Succeeded" : "Failed", failure, false);
            }
        }

        void end(String status, String message, boolean evicted) {
            this.status = status;
            this.reasonCode = status.equals("Failed") ? "JobFailed" : null;
            this.reasonMessage = message;
            this.evicted = evicted;
        }

        GetJobResponse view() {
            GetJobResponse.Builder b = GetJobResponse.builder().jobId(id).status(status)
                    .displayName(request.displayName()).envs(request.envs());
            if (reasonCode != null) {
                b.reasonCode(reasonCode);
            }
            if (reasonMessage != null) {
                b.reasonMessage(reasonMessage);
            }
            if (evicted) {
                b.addPods(GetJobResponsePods.builder().podId(id + "-worker-0").status("Failed")
                        .subStatus("Evicted").build());
            }
            return b.build();
        }
    }
}
