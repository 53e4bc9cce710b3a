package io.github.dlckit.mock.persist;

import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.clock.ClockMode;
import io.github.dlckit.mock.clock.MutableClock;
import io.github.dlckit.mock.control.PoolChange;
import io.github.dlckit.mock.control.SettingsView;
import io.github.dlckit.mock.control.TracePointView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code stateDir(Path)}: what a restarted mock has, and what it does with a damaged log. */
class StateDirTest {

    private static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void restart_hasTheSameJobsPoolsBillsIdsAndTime_asAMockThatNeverStopped() {
        String jobs;
        Object bill;
        Object pools;
        Instant now;
        try (DlcMockServer first = durable(5); DlcMockServer reference = inMemory(5)) {
            String[] ids = scenario(first);
            assertThat(scenario(reference)).as("same seed and calls, same ids").containsExactly(ids);
            jobs = listJobs(first);
            listJobs(reference); // the restarted mock lists twice (once replayed): so does the reference
            listJobs(reference);
            bill = first.control().billing(null);
            pools = first.control().pools();
            now = first.control().now();

            try (DlcMockServer restarted = DlcMockServer.builder().stateDir(dir).seed(99)
                    .startTime(START.plusSeconds(1234)).start()) {
                throw new AssertionError("a second mock on the same dir started: " + restarted);
            } catch (IllegalStateException inUse) {
                assertThat(inUse).hasMessageContaining("in use");
            }
            first.close();
            try (DlcMockServer restarted = DlcMockServer.builder().stateDir(dir).seed(99)
                    .startTime(START.plusSeconds(1234)).start()) {
                assertThat(restarted.control().now()).isEqualTo(now);
                assertThat(listJobs(restarted)).contains(ids).isEqualTo(jobs);
                assertThat(restarted.control().billing(null)).isEqualTo(bill);
                assertThat(restarted.control().pools()).isEqualTo(pools);
                assertThat(Jobs.create(SignedCall.to(restarted))).as("the id stream goes on where it stopped")
                        .isEqualTo(Jobs.create(SignedCall.to(reference)));
            }
        }
    }

    @Test
    void tornTail_isCutWithAWarningNamingIt_andEveryAcknowledgedCallStays() throws Exception {
        List<String> ids;
        try (DlcMockServer mock = durable(1)) {
            ids = List.of(Jobs.create(SignedCall.to(mock)), Jobs.create(SignedCall.to(mock)));
        }
        Path log = dir.resolve("commands.log");
        long intact = Files.size(log);
        byte[] torn = "{\"C\":\"Api\",\"Time\":\"2026-11-29T08:00:00Z\",\"Operation\":\"CreateJob\""
                .getBytes(StandardCharsets.UTF_8);
        Files.write(log, ByteBuffer.allocate(8 + torn.length).putInt(400).putInt(0).put(torn).array(),
                StandardOpenOption.APPEND);

        String warning = stderrOf(() -> durable(1).close());

        assertThat(warning).contains("WARNING", "cut " + (8 + torn.length) + " bytes", "torn record", "CreateJob",
                "never acknowledged");
        assertThat(Files.size(log)).isEqualTo(intact);
        try (DlcMockServer restarted = durable(1)) {
            assertThat(listJobs(restarted)).contains(ids.get(0), ids.get(1));
        }
    }

    @Test
    void corruptLastRecord_isCutWithAWarning() throws Exception {
        try (DlcMockServer mock = durable(1)) {
            Jobs.create(SignedCall.to(mock));
        }
        Path log = dir.resolve("commands.log");
        long intact = Files.size(log);
        byte[] payload = "{\"C\":\"Advance\",\"Time\":\"2026-11-29T09:00:00Z\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(log, ByteBuffer.allocate(8 + payload.length).putInt(payload.length).putInt(12345).put(payload)
                .array(), StandardOpenOption.APPEND);

        String warning = stderrOf(() -> {
            try (DlcMockServer restarted = durable(1)) {
                assertThat(restarted.control().now()).as("the corrupt advance was dropped").isEqualTo(START);
            }
        });

        assertThat(warning).contains("checksum", "Advance");
        assertThat(Files.size(log)).isEqualTo(intact);
    }

    @Test
    void reset_compactsTheLog_andARestartKeepsTheClock() throws Exception {
        try (DlcMockServer mock = durable(1)) {
            for (int i = 0; i < 20; i++) {
                Jobs.create(SignedCall.to(mock));
            }
            long before = Files.size(dir.resolve("commands.log"));
            mock.control().advance(Duration.ofHours(2));
            mock.control().reset();
            assertThat(Files.size(dir.resolve("commands.log"))).isLessThan(before / 10);
        }
        try (DlcMockServer restarted = durable(1)) {
            assertThat(restarted.control().now()).isEqualTo(START.plus(Duration.ofHours(2)));
            assertThat(SignedCall.to(restarted).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("TotalCount")
                    .asInt()).isZero();
        }
    }

    @Test
    void onTheWallClock_theTimeSinceTheStopPassesAtStart() {
        MutableClock wall = new MutableClock(Instant.now());
        Instant stoppedAt;
        try (DlcMockServer mock = DlcMockServer.builder().stateDir(dir).clockMode(ClockMode.WALL).wallClock(wall)
                .start()) {
            mock.control().updatePool("ecs.g7.xlarge", PoolChange.builder().capacity(5).build());
            stoppedAt = mock.control().now();
        }
        wall.advance(Duration.ofHours(3));

        try (DlcMockServer restarted = DlcMockServer.builder().stateDir(dir).clockMode(ClockMode.WALL)
                .wallClock(wall).start()) {
            assertThat(Duration.between(stoppedAt, restarted.control().now()))
                    .isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
            assertThat(restarted.control().pools()).filteredOn(p -> p.ecsSpec().equals("ecs.g7.xlarge"))
                    .singleElement().satisfies(p -> assertThat(p.capacity()).isEqualTo(5));
        }
    }

    @Test
    void aStateDirOfAnotherRegion_isRefused() {
        durable(1).close();
        assertThatThrownBy(() -> DlcMockServer.builder().stateDir(dir).region("cn-hangzhou").start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cn-wulanchabu");
    }

    /** Calls of every recorded kind; returns the job ids. */
    @Test
    void restart_keepsPreemptionsOnRequestAndSettingsChanges_alsoThoseAResetKept() {
        Object overview;
        try (DlcMockServer first = durable(3)) {
            first.control().updateSettings(new SettingsView(null, "PreemptibleResourceReleased", 600L, 5L, null,
                    null, null, null, null, null));
            first.control().reset(); // the options survive the reset; the commands that set them do not
            first.control().updateSettings(SettingsView.queueOrder("BidFirst"));
            first.control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").build());
            String spot = Jobs.create(SignedCall.to(first), Jobs.spotBody("0.011"));
            first.control().advance(Duration.ofMinutes(10));
            first.control().preempt(spot, 120L, "Price");
            overview = first.control().jobs();
        }
        try (DlcMockServer restarted = durable(3)) {
            SettingsView settings = restarted.control().settings();
            assertThat(settings.queueOrder()).isEqualTo("BidFirst");
            assertThat(settings.releaseReasonCode()).isEqualTo("PreemptibleResourceReleased");
            assertThat(settings.averageWindowSeconds()).isEqualTo(600L);
            assertThat(settings.envPreparingSeconds()).isEqualTo(5L);
            assertThat(restarted.control().jobs()).as("the pending release of the preemption").isEqualTo(overview);
        }
    }

    private static String[] scenario(DlcMockServer mock) {
        mock.control().updatePool("ecs.g7.xlarge", PoolChange.builder().marketPrice("0.0060").build());
        String spot = Jobs.create(SignedCall.to(mock), Jobs.spotBody("0.011"));
        SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send();
        SignedCall.to(mock).key("nobody", "x").op("ListJobs", "GET", "/api/v1/jobs").send(); // draws a request id
        mock.control().advance(Duration.ofMinutes(10));
        String plain = Jobs.create(SignedCall.to(mock));
        mock.control().loadTrace("ecs.g7.xlarge", List.of(new TracePointView(60, new BigDecimal("0.0070"), null,
                null)));
        mock.control().advance(Duration.ofMinutes(5));
        SignedCall.to(mock).op("StopJob", "POST", "/api/v1/jobs/" + plain + "/stop").send();
        return new String[] {spot, plain};
    }

    private DlcMockServer durable(long seed) {
        return DlcMockServer.builder().stateDir(dir).seed(seed).startTime(START).start();
    }

    private static DlcMockServer inMemory(long seed) {
        return DlcMockServer.builder().seed(seed).startTime(START).start();
    }

    private static String listJobs(DlcMockServer mock) {
        return SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").send().json().path("Jobs").toString();
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
