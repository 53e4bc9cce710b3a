package io.github.dlckit.examples;

import io.github.dlckit.examples.common.CommandLine;
import io.github.dlckit.examples.common.Fields;
import io.github.dlckit.examples.common.Formats;
import io.github.dlckit.examples.common.Option;
import io.github.dlckit.examples.common.Output;
import io.github.dlckit.examples.common.Program;
import io.github.dlckit.examples.common.SpotJobs;
import io.github.dlckit.examples.common.Target;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.JobItem;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.sdk.DlcClient;
import io.github.dlckit.sdk.waiter.StatusListener;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follow a job, then tidy up: stream one job's events and logs as they grow ({@code GetJobEvents},
 * {@code GetPodLogs}) until it ends, list the example jobs with the paginator ({@code ListJobs}), stop the ones still
 * waiting or running ({@code StopJob}) and delete them all ({@code DeleteJob}).
 *
 * <p>Only jobs whose name starts with {@code --prefix} (the examples' {@code dlckit-example-}) are touched, and
 * {@code --dry-run} only says what would be done: on the real service deleting a job cannot be undone.
 *
 * <p>On the embedded mock the program first submits a few jobs to look at (and one of somebody else's, which it
 * leaves alone) and follows the one that trains.
 */
public final class JobCleanup {

    static final Option PREFIX = Option.value("prefix", "TEXT", SpotJobs.NAME_PREFIX, "touch only jobs named so");
    static final Option FOLLOW = Option.value("follow", "JOB_ID", null,
            "the job whose events and logs to stream (default on the mock: its training job)");
    static final Option PAGE_SIZE = Option.value("page-size", "N", "20", "jobs per ListJobs page");
    static final Option DRY_RUN = Option.toggle("dry-run", "list what would be stopped and deleted, change nothing");

    static final Program PROGRAM = Program.of("cleanup",
            "Stream a job's events and logs; list the example jobs with the paginator, stop and delete them.",
            List.of(PREFIX, FOLLOW, PAGE_SIZE, DRY_RUN), JobCleanup::followThenCleanUp);

    private JobCleanup() {
    }

    /**
     * Runs the program; tests and the launcher call {@code PROGRAM.run(args, out)} in-process instead.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(PROGRAM.run(args, System.out));
    }

    private static int followThenCleanUp(CommandLine cli, Target target, Output out) {
        String prefix = cli.string("prefix");
        Optional<String> sampleJob = target.mock().map(control -> submitSampleJobs(target));
        cli.given("follow").or(() -> sampleJob).ifPresent(jobId -> streamEventsAndLogs(target, out, jobId));

        List<JobItem> ours = listJobs(target.dlc(), prefix, (int) cli.number("page-size"));
        ours.forEach(job -> out.line("job", Fields.of().put("jobId", id(job)).put("displayName",
                        job.displayName().orElse(null)).put("status", job.status().orElse(null)),
                String.format("job    %s  %-30s %s", id(job), job.displayName().orElse(""), job.status().orElse(""))));

        boolean dryRun = cli.isSet("dry-run");
        int stopped = stopUnfinished(target, out, ours, dryRun);
        int deleted = 0;
        for (JobItem job : ours) {
            if (!dryRun) {
                target.dlc().deleteJob(id(job));
            }
            out.line("delete", Fields.of().put("jobId", id(job)).put("dryRun", dryRun),
                    "delete " + id(job) + (dryRun ? "  (dry run)" : ""));
            deleted++;
        }

        int left = listJobs(target.dlc(), prefix, (int) cli.number("page-size")).size();
        out.line("summary", Fields.of().put("prefix", prefix).put("listed", ours.size()).put("stopped", stopped)
                        .put("deleted", dryRun ? 0 : deleted).put("left", left).put("dryRun", dryRun),
                "summary  " + ours.size() + " job(s) named " + prefix + "*: " + stopped + " stopped, "
                        + (dryRun ? 0 : deleted) + " deleted, " + left + " left" + (dryRun ? " (dry run)" : ""));
        return Program.OK;
    }

    /**
     * Polls the job's events and its pods' logs, printing only what is new, until the job ends. The lists grow
     * between polls; remembering how many lines were printed is enough to print each line once.
     */
    private static void streamEventsAndLogs(Target target, Output out, String jobId) {
        int eventsPrinted = 0;
        Map<String, Integer> logLinesPrinted = new HashMap<>();
        while (true) {
            GetJobResponse job = target.dlc().getJob(jobId);
            List<String> events = target.dlc().getJobEvents(jobId).events();
            for (String event : events.subList(eventsPrinted, events.size())) {
                out.line("event", Fields.of().put("jobId", jobId).put("event", event), "event  " + event);
            }
            eventsPrinted = events.size();
            for (GetJobResponsePods pod : job.pods()) {
                if (pod.gmtStartTime().isEmpty()) {
                    continue; // not started: no logs yet
                }
                String podId = pod.podId().orElseThrow();
                List<String> lines = target.dlc().getPodLogs(jobId, podId).logs();
                int printed = logLinesPrinted.getOrDefault(podId, 0);
                String now = Formats.time(target.clock().instant());
                for (String line : lines.subList(Math.min(printed, lines.size()), lines.size())) {
                    out.line("log", Fields.of().put("time", now).put("podId", podId).put("line", line),
                            "log    " + now + "  " + podId + "  " + line);
                }
                logLinesPrinted.put(podId, lines.size());
            }
            if (job.statusEnum().isTerminal()) {
                return;
            }
            target.pause();
        }
    }

    /**
     * Every job whose name starts with the prefix. The paginator fetches page after page as the loop asks for more;
     * the list is collected before anything is deleted, because deleting while paging shifts the pages.
     */
    private static List<JobItem> listJobs(DlcClient dlc, String prefix, int pageSize) {
        List<JobItem> ours = new ArrayList<>();
        for (JobItem job : dlc.listJobsPaginator(ListJobsRequest.builder().pageSize(pageSize).build()).items()) {
            if (job.displayName().orElse("").startsWith(prefix)) {
                ours.add(job);
            }
        }
        return ours;
    }

    /** Stops the jobs that have not ended (a job must end before it can be deleted) and waits until they have. */
    private static int stopUnfinished(Target target, Output out, List<JobItem> jobs, boolean dryRun) {
        List<String> stopping = new ArrayList<>();
        for (JobItem job : jobs) {
            if (!job.statusEnum().isTerminal()) {
                if (!dryRun) {
                    target.dlc().stopJob(id(job));
                    stopping.add(id(job));
                }
                out.line("stop", Fields.of().put("jobId", id(job)).put("status", job.status().orElse(null))
                        .put("dryRun", dryRun), "stop   " + id(job) + " (" + job.status().orElse("?") + ")"
                        + (dryRun ? "  (dry run)" : ""));
            }
        }
        for (String jobId : stopping) {
            target.waiter().untilTerminal(jobId, target.waitOptions(StatusListener.none()));
        }
        return dryRun ? 0 : stopping.size();
    }

    /**
     * The mock starts empty: submit jobs in every state worth cleaning up — finished, failed, training (followed),
     * queuing behind a low bid, running long — and one of somebody else's.
     *
     * @return the id of the training job
     */
    private static String submitSampleJobs(Target target) {
        String train = submit(target, "train", "0.011", "echo 'epoch 1 loss 0.91' && sleep 120 && "
                + "echo 'epoch 2 loss 0.55' && sleep 120 && echo 'epoch 3 loss 0.32' && sleep 120 && echo 'DONE'");
        submit(target, "hello", "0.011", "echo 'Hello World' && sleep 30 && echo 'DONE'");
        submit(target, "broken", "0.011", "echo 'loading data' && exit 1");
        submit(target, "low-bid", "0.0012", SpotJobs.TRAINING_COMMAND); // below the market: it queues
        submit(target, "long", "0.011", SpotJobs.TRAINING_COMMAND);     // still running when the clean-up comes
        CreateJobRequest theirs = SpotJobs.generalPurpose(target.placement(), "-", "ecs.g7.xlarge",
                new BigDecimal("0.011"), SpotJobs.TRAINING_COMMAND).toBuilder().displayName("nightly-training").build();
        target.dlc().createJob(theirs);
        return train;
    }

    private static String submit(Target target, String name, String bid, String command) {
        CreateJobRequest job = SpotJobs.generalPurpose(target.placement(), name, "ecs.g7.xlarge", new BigDecimal(bid),
                command);
        return target.dlc().createJob(job).jobId().orElseThrow();
    }

    private static String id(JobItem job) {
        return job.jobId().orElseThrow();
    }
}
