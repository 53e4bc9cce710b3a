package io.github.dlckit.mock.engine.signal;

import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.CreateSignalRequest;
import io.github.dlckit.model.CreateSignalResponse;
import io.github.dlckit.model.GetSignalRequest;
import io.github.dlckit.model.GetSignalResponse;
import io.github.dlckit.model.ListSignalsRequest;
import io.github.dlckit.model.ListSignalsResponse;
import io.github.dlckit.model.SignalTarget;
import io.github.dlckit.model.StopJobRequest;
import io.github.dlckit.model.operation.DlcOperations;
import org.junit.jupiter.api.Test;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Signals sent to jobs: delivery on the virtual clock, targets, list paging and validation. */
class SignalServiceTest {

    private final EngineFixture f = new EngineFixture();

    private CreateSignalResponse send(String jobId, String signal, SignalTarget target) {
        return f.call(DlcOperations.CREATE_SIGNAL, ALICE, CreateSignalRequest.builder().jobId(jobId).signal(signal)
                .target(java.util.Optional.ofNullable(target)).build());
    }

    private GetSignalResponse get(String jobId, String signalId) {
        return f.call(DlcOperations.GET_SIGNAL, ALICE, GetSignalRequest.of(jobId, signalId));
    }

    @Test
    void aSignalToARunningJobIsDeliveredToEveryRunningPod() {
        String job = f.runningJob(ALICE, "sleep 600");

        CreateSignalResponse sent = send(job, "SIGUSR1", null);
        String id = sent.signalId().orElseThrow();
        assertThat(id).startsWith("oper").hasSize(18);
        assertThat(sent.status()).contains("Pending");
        assertThat(sent.jobId()).contains(job);
        f.advance(SignalService.DELIVERY);

        GetSignalResponse delivered = get(job, id);
        assertThat(delivered.status()).contains("Succeeded");
        assertThat(delivered.reason()).contains("Completed");
        assertThat(delivered.message()).contains("signal delivered to 2 pods");
        assertThat(delivered.scope()).contains("all");
        assertThat(delivered.podNames()).containsExactly(job + "-worker-0", job + "-worker-1");
        assertThat(delivered.gmtCreated()).contains("2026-11-29T00:00:30Z");
        assertThat(delivered.gmtModified()).contains("2026-11-29T00:00:32Z");
        assertThat(delivered.jobId()).contains(job);
    }

    @Test
    void podAndRoleTargetsNarrowTheDelivery() {
        String job = f.runningJob(ALICE, "sleep 600");

        String toPod = send(job, "SIGTERM", SignalTarget.builder().addPodNames(job + "-worker-1").build())
                .signalId().orElseThrow();
        String toRole = send(job, "SIGUSR2", SignalTarget.builder().scope("roles").addRoles("Worker").build())
                .signalId().orElseThrow();
        f.advanceSeconds(2);

        assertThat(get(job, toPod).scope()).contains("pods");
        assertThat(get(job, toPod).podNames()).containsExactly(job + "-worker-1");
        assertThat(get(job, toRole).roles()).containsExactly("Worker");
        assertThat(get(job, toRole).message()).contains("signal delivered to 2 pods");
        assertRefused(() -> send(job, "SIGTERM", SignalTarget.builder().addPodNames("nope").build()),
                ErrorKind.INVALID, "InvalidParameter", "Target.PodNames: job " + job + " has no pod nope");
        assertRefused(() -> send(job, "SIGTERM", SignalTarget.builder().scope("roles").addRoles("PS").build()),
                ErrorKind.INVALID, "InvalidParameter", "Target.Roles: job " + job + " has no role PS; it has Worker");
        assertRefused(() -> send(job, "SIGTERM", SignalTarget.builder().scope("pods").build()),
                ErrorKind.INVALID, "MissingTarget.PodNames", "Target.PodNames is mandatory");
        assertRefused(() -> send(job, "SIGTERM", SignalTarget.builder().scope("nodes").build()),
                ErrorKind.INVALID, "InvalidParameter", "Target.Scope: must be one of all, roles, pods, got nodes");
    }

    @Test
    void aJobThatIsNotRunningGetsAFailedSignal() {
        String ended = f.submit(ALICE, EngineFixture.job("sleep 5"));
        f.advanceSeconds(60);
        CreateSignalResponse late = send(ended, "SIGUSR1", null);
        assertThat(late.status()).as("the job has ended: failed at once").contains("Failed");
        assertThat(get(ended, late.signalId().orElseThrow()).reason()).contains("JobNotRunning");

        String waiting = f.submit(ALICE, EngineFixture.job("sleep 600"));
        String early = send(waiting, "SIGUSR1", null).signalId().orElseThrow();
        assertThat(get(waiting, early).status()).contains("Pending");
        f.advanceSeconds(2);
        GetSignalResponse failed = get(waiting, early);
        assertThat(failed.status()).contains("Failed");
        assertThat(failed.message()).hasValueSatisfying(m -> assertThat(m).contains("is EnvPreparing"));

        f.advanceSeconds(60);
        f.act(c -> c.jobs().stopJob(ALICE, StopJobRequest.of(waiting)));
        String stopping = send(waiting, "SIGINT", null).signalId().orElseThrow();
        f.advanceSeconds(2);
        assertThat(get(waiting, stopping).status()).contains("Failed");
    }

    @Test
    void createRefusesMissingOrUnknownSignalsAndUnknownJobs() {
        String job = f.runningJob(ALICE, "sleep 600");

        assertRefused(() -> send(job, null, null), ErrorKind.INVALID, "MissingSignal", "Signal is mandatory");
        assertRefused(() -> send(job, "SIGWAKEUP", null), ErrorKind.INVALID, "InvalidParameter",
                "Signal: must be one of SIGHUP");
        assertRefused(() -> send("dlcmissing", "SIGUSR1", null), ErrorKind.NOT_FOUND, "JobNotFound", "dlcmissing");
        assertRefused(() -> f.call(DlcOperations.CREATE_SIGNAL, BOB, CreateSignalRequest.builder().jobId(job)
                .signal("SIGUSR1").build()), ErrorKind.NOT_FOUND, "JobNotFound", job);
        assertThat(f.call(DlcOperations.LIST_SIGNALS, ALICE, ListSignalsRequest.of(job)).totalCount()).hasValue(0);
    }

    @Test
    void signalsBelongToTheirJobAndAccount() {
        String job = f.runningJob(ALICE, "sleep 600");
        String other = f.runningJob(ALICE, "sleep 600");
        String id = send(job, "SIGUSR1", null).signalId().orElseThrow();

        assertRefused(() -> get(other, id), ErrorKind.NOT_FOUND, "SignalNotFound",
                "The specified signal " + id + " does not exist.");
        assertRefused(() -> f.call(DlcOperations.GET_SIGNAL, BOB, GetSignalRequest.of(job, id)),
                ErrorKind.NOT_FOUND, "JobNotFound", job);
    }

    @Test
    void listFiltersSortsAndPagesWithTextPageFields() {
        String job = f.runningJob(ALICE, "sleep 600");
        for (String signal : new String[] {"SIGUSR1", "SIGUSR2", "SIGHUP"}) {
            send(job, signal, null);
            f.advanceSeconds(1);
        }
        f.advanceSeconds(2);
        send(job, "SIGTERM", null);

        ListSignalsResponse page = f.call(DlcOperations.LIST_SIGNALS, ALICE, ListSignalsRequest.builder().jobId(job)
                .pageNumber("2").pageSize("2").order("asc").build());
        assertThat(page.totalCount()).hasValue(4);
        assertThat(page.pageNumber()).hasValue(2);
        assertThat(page.pageSize()).hasValue(2);
        assertThat(page.jobId()).contains(job);
        assertThat(page.signals()).extracting(s -> s.signal().orElseThrow()).containsExactly("SIGHUP", "SIGTERM");

        ListSignalsResponse succeeded = f.call(DlcOperations.LIST_SIGNALS, ALICE, ListSignalsRequest.builder()
                .jobId(job).status("Succeeded").build());
        assertThat(succeeded.signals()).extracting(s -> s.signal().orElseThrow())
                .containsExactly("SIGHUP", "SIGUSR2", "SIGUSR1");

        assertRefused(() -> f.call(DlcOperations.LIST_SIGNALS, ALICE, ListSignalsRequest.builder().jobId(job)
                .pageSize("twenty").build()), ErrorKind.INVALID, "InvalidParameter",
                "PageSize: must be a whole number, got twenty");
    }
}
