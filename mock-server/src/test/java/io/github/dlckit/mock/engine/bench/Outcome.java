package io.github.dlckit.mock.engine.bench;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.model.JobStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Part of {@link EngineBenchmark}: what became of one run's jobs at its end. Printed for every row, so that a
 * reader sees whether a job did as much work at every job count (a job still waiting at the end costs far less
 * than one that ran, was preempted and was billed).
 *
 * @param submitted jobs CreateJob accepted
 * @param refused   jobs CreateJob refused
 * @param waiting   submitted jobs Queuing or Bidding at the end (never ran, or requeued after a release)
 * @param ran       submitted jobs that reached Running at least once
 * @param preempted submitted jobs that lost their instances at least once
 * @param succeeded submitted jobs Succeeded at the end
 * @param failed    submitted jobs Failed at the end
 * @param stopped   submitted jobs Stopped at the end
 * @param restarts  restarts of fault-tolerant jobs
 * @param transitions status changes of the submitted jobs (each one a step of the lifecycle the engine ran)
 * @param billLines bill lines of the run's owner
 * @param billed    the owner's total, CNY
 */
record Outcome(int submitted, int refused, int waiting, int ran, int preempted, int succeeded, int failed,
               int stopped, int restarts, long transitions, long billLines, BigDecimal billed) {

    /** Reads the outcome of {@code jobIds}, owned by {@code owner}, from the engine. */
    static Outcome of(DlcEngine engine, Caller owner, List<String> jobIds, int refused) {
        return engine.execute(c -> {
            int waiting = 0;
            int ran = 0;
            int preempted = 0;
            int succeeded = 0;
            int failed = 0;
            int stopped = 0;
            int restarts = 0;
            long transitions = 0;
            for (String id : jobIds) {
                Job job = c.jobs().find(owner, id);
                JobStatus status = job.status();
                waiting += status.isWaiting() ? 1 : 0;
                ran += job.firstEntered(JobStatus.RUNNING).isPresent() ? 1 : 0;
                preempted += job.preemptions() > 0 ? 1 : 0;
                succeeded += status == JobStatus.SUCCEEDED ? 1 : 0;
                failed += status == JobStatus.FAILED ? 1 : 0;
                stopped += status == JobStatus.STOPPED ? 1 : 0;
                restarts += job.restarts().size();
                transitions += job.history().size();
            }
            long lines = c.market().billing().billedJobs().stream()
                    .mapToLong(id -> c.market().billing().records(id).size()).sum();
            return new Outcome(jobIds.size(), refused, waiting, ran, preempted, succeeded, failed, stopped, restarts,
                    transitions, lines, c.market().billing().totalOfOwner(owner.accountId())
                            .setScale(2, RoundingMode.HALF_EVEN));
        });
    }

    static String header() {
        return String.format(Locale.ROOT, "%8s %8s %8s %8s %8s %8s %8s %8s %9s %9s %9s %9s", "jobs", "refused",
                "waiting", "ran", "preempt", "succeed", "failed", "stopped", "restarts", "steps/job", "bill/job",
                "CNY/job");
    }

    /** One row: shares of the submitted jobs in percent; restarts; status changes, bill lines and CNY per job. */
    String row() {
        return String.format(Locale.ROOT,
                "%8d %8d %7.1f%% %7.1f%% %7.1f%% %7.1f%% %7.1f%% %7.1f%% %9d %9.2f %9.1f %9.2f", submitted, refused,
                percent(waiting), percent(ran), percent(preempted), percent(succeeded), percent(failed),
                percent(stopped), restarts, perJob(transitions), perJob(billLines),
                submitted == 0 ? 0 : billed.doubleValue() / submitted);
    }

    private double percent(int count) {
        return submitted == 0 ? 0 : 100.0 * count / submitted;
    }

    private double perJob(long count) {
        return submitted == 0 ? 0 : (double) count / submitted;
    }
}
