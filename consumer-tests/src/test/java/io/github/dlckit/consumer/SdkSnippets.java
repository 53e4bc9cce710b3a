package io.github.dlckit.consumer;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobResponse;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.ListJobsResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.sdk.spot.Fallback;
import io.github.dlckit.sdk.spot.Preemption;
import io.github.dlckit.sdk.spot.RegionStrategy;
import io.github.dlckit.sdk.spot.SpotJobRunner;
import io.github.dlckit.sdk.spot.SpotPolicy;
import io.github.dlckit.sdk.spot.SpotRunResult;
import io.github.dlckit.sdk.DlcAsyncClient;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.event.CallEvent;
import io.github.dlckit.sdk.event.CallListener;
import io.github.dlckit.sdk.waiter.WaitOptions;
import io.github.dlckit.sdk.waiter.WaitOutcome;
import io.github.dlckit.sdk.waiter.WaitResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Compiled copies of the README snippets that talk to the real service (a region's endpoint, the default
 * credentials chain): the build compiles them against the SDK just built; {@code ReadmeSnippetsTest} checks that
 * they still read as the READMEs do, and runs what can run without the cloud. The snippets that run against a mock
 * are the consumer projects' (src/it).
 */
final class SdkSnippets {

    private static final Logger log = LoggerFactory.getLogger(SdkSnippets.class);

    private SdkSnippets() {
    }

    /** README.md, "Using the SDK". */
    static void usingTheSdk(CreateJobRequest job) {
        // readme:begin
        try (DlcClient dlc = DlcClient.builder().region("cn-wulanchabu").build()) {   // credentials: the default chain
            String jobId = dlc.createJob(job).jobId().get();                           // job: see "Using the models"
            WaitResult done = dlc.waiter().untilTerminal(jobId, WaitOptions.builder()
                    .pollInterval(Duration.ofSeconds(30))
                    .listener((before, now, snapshot) -> System.out.println(before + " -> " + now))
                    .build());
            if (done.outcome() == WaitOutcome.PREEMPTED) {   // Preemption.isPreempted(done.job()): message and pods
                // released: bid higher, or wait for the price to fall, and submit again
            }
            for (JobItem item : dlc.listJobsPaginator(ListJobsRequest.builder().pageSize(50).build()).items()) {
                System.out.println(item.jobId().orElse("?") + " " + item.status().orElse("?"));
            }
        }
        // readme:end
    }

    /** sdk-core/README.md, first snippet. */
    static void sdkCoreOverloads(CreateJobRequest job) {
        // readme:begin
        try (DlcClient dlc = DlcClient.builder()
                .region("cn-wulanchabu")                      // or .endpointOverride(URI.create("http://127.0.0.1:8089"))
                .build()) {                                   // credentials: the default chain
            CreateJobResponse created = dlc.createJob(job);   // plain overload
            GetJobResponse j = dlc.getJob(created.jobId().get());                 // id overload
            ListJobsResponse page = dlc.listJobs(r -> r.status("Running").pageSize(50));   // builder-consumer overload
            for (JobItem item : dlc.listJobsPaginator(ListJobsRequest.builder().pageSize(50).build()).items()) {
                log.info("{} {}", item.jobId().orElse("?"), item.status().orElse("?"));
            }
            WaitResult done = dlc.waiter().untilTerminal(created.jobId().get(), WaitOptions.builder()
                    .pollInterval(Duration.ofSeconds(30))
                    .listener((before, now, snapshot) -> log.info("{} -> {}", before, now)).build());
            if (done.outcome() == WaitOutcome.PREEMPTED) {                        // lost its instances (M10): resubmit
                log.warn("{} was preempted: {}", created.jobId().get(), done.reasonMessage().orElse("?"));
            } else if (done.outcome() == WaitOutcome.FAILED) {                    // any other failure
                log.warn("{} failed: {}", created.jobId().get(), done.reasonMessage().orElse("?"));
            }
        }
        // readme:end
    }

    /** sdk-core/README.md, the asynchronous paginator (runs against any client, the mock's too). */
    static void asyncPaginator(DlcAsyncClient dlcAsync) {
        // readme:begin
        dlcAsync.listJobsPaginator(ListJobsRequest.builder().status("Failed").build())
                .forEachItem(job -> log.info("{}", job.jobId().orElse("?")))   // or forEachPage(...), allItems()
                .thenRun(() -> log.info("done"));                   // fails with the first call's own exception
        // readme:end
    }

    /** sdk-core/README.md, metrics through a listener (builds a client; sends nothing). */
    static DlcClient metrics(MeterRegistry registry) {
        // readme:begin
        DlcClient dlc = DlcClient.builder().region("cn-wulanchabu").addListener(new CallListener() {
            @Override
            public void callFinished(CallEvent e) {
                Timer.builder("dlc.calls").tag("operation", e.operation()).tag("ok", String.valueOf(e.succeeded()))
                        .register(registry).record(e.duration());
            }
        }).build();
        // readme:end
        return dlc;
    }

    /** README.md, the SpotJobRunner in short. */
    static void runnerInShort(DlcClient dlc, CreateJobRequest job) {
        // readme:begin
        SpotJobRunner runner = SpotJobRunner.builder()
                .region("cn-wulanchabu", dlc)                           // one DlcClient per region
                .policy(SpotPolicy.builder()
                        .onPreemption(Fallback.RAISE_BID, Fallback.SAME_BID)
                        .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0117"))  // step and cap, CNY/min
                        .maxAttempts(5).deadline(Duration.ofHours(6))
                        .build())
                .build();
        SpotRunResult result = runner.run(job);   // job: a CreateJobRequest with a SpotSpec; or runAsync(job)
        // readme:end
    }

    /** sdk-core/README.md, recognising a preempted spot job. */
    static void recognisePreemption(DlcClient dlc, String jobId) {
        // readme:begin
        GetJobResponse job = dlc.getJob(jobId);
        if (Preemption.isPreempted(job)) {      // io.github.dlckit.sdk.spot
            // Failed, and "preempted"/"evicted" in the message (any case) or an Evicted pod in Pods[]
        }
        // readme:end
    }

    /** sdk-core/README.md, the SpotJobRunner's complete example. */
    static void runnerComplete(String image, MyPrices myPrices) {
        // readme:begin
        try (DlcClient hangzhou = DlcClient.builder().region("cn-hangzhou").build();
             DlcClient shanghai = DlcClient.builder().region("cn-shanghai").build()) {
            CreateJobRequest job = CreateJobRequest.builder()
                    .displayName("train-resnet")                      // required: a lost CreateJob is found by it
                    .jobType("PyTorchJob").workspaceId("ws-hz")
                    .userCommand("python train.py --checkpoint-dir /mnt/ckpt")   // resumes from its own checkpoint
                    .addJobSpecs(JobSpec.builder().type("Worker").podCount(1).image(image)
                            .ecsSpec("ecs.g7.xlarge").spotSpec(SpotSpec.priceLimit(0.010)).build())
                    .build();
            SpotPolicy policy = SpotPolicy.builder()
                    .onPreemption(Fallback.SAME_BID)                                  // the default
                    .maxWaitPerAttempt(Duration.ofMinutes(15))                        // then onWaitTimeout:
                    .onWaitTimeout(Fallback.RAISE_BID, Fallback.NEXT_INSTANCE_TYPE)   // the default
                    .raisePriceBy(new BigDecimal("0.001"), new BigDecimal("0.0117"))  // CNY/min; the cap: on-demand
                    .marketRange("ecs.g7.xlarge", new BigDecimal("0.0012"), new BigDecimal("0.0117"))   // R10, if known
                    .fallbackInstanceTypes("ecs.g6.xlarge")
                    .regionStrategy(RegionStrategy.SAME_REGION_FIRST)
                    .maxAttempts(8).deadline(Duration.ofHours(6)).budget(new BigDecimal("5.00"))
                    .build();
            SpotJobRunner runner = SpotJobRunner.builder()
                    .region("cn-hangzhou", hangzhou)                                  // where a run starts
                    .region("cn-shanghai", shanghai, r -> r.toBuilder().workspaceId("ws-sh").build())
                    .policy(policy)
                    .priceSource((region, type) -> myPrices.cnyPerMinute(region, type))   // Optional<BigDecimal>
                    .listener(event -> log.info("{}", event))
                    .build();
            SpotRunResult result = runner.run(job);           // or runner.runAsync(job): a CompletableFuture
            result.attempts().forEach(a -> log.info("{}", a));   // job id, region, type, bid, outcome, waited, held, cost
            if (!result.succeeded()) {
                log.warn("{}: {}", result.outcome(), result.reason());
            }
        }
        // readme:end
    }

    /** Where the complete runner example's caller keeps its prices. */
    interface MyPrices {
        Optional<BigDecimal> cnyPerMinute(String region, String instanceType);
    }
}
