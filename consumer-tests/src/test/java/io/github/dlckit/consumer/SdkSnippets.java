package io.github.dlckit.consumer;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateJobResponse;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.ListJobsResponse;
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

import java.time.Duration;

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
}
