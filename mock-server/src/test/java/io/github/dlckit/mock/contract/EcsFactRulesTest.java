package io.github.dlckit.mock.contract;

import io.github.dlckit.mock.control.MockControlException;
import io.github.dlckit.mock.control.PoolHistoryView;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * R42, R44, R45 and R47: the ECS facts general-purpose spot is built on, as far as the mock reflects them (R43,
 * the 5-minute checks, is with M8 in {@link CheckIntervalRulesTest}).
 */
class EcsFactRulesTest extends SpotContract {

    @Test
    void R42_ofEcsStrategiesDlcTakesSpotWithPriceLimit_theLegacySwitchFollowsTheMarketLikeSpotAsPriceGo() {
        assertRefusedUnder("R6", generalPurpose(SpotSpec.builder().spotStrategy("NoSpot").spotPriceLimit(0.011)
                .build()));
        assertRefusedUnder("R6", generalPurpose(SpotSpec.builder().spotStrategy("SpotAsPriceGo").build()));
        change(G7, c -> c.protectionSeconds(0).marketPrice("0.005"));
        String limited = submit(generalPurpose(SpotSpec.builder().spotStrategy("SpotWithPriceLimit")
                .spotPriceLimit(0.011).build()));
        @SuppressWarnings("deprecation")
        JobSpec legacy = JobSpec.builder().type("Worker").podCount(1).ecsSpec(G7).image("img").useSpotInstance(true)
                .build();
        String asPriceGoes = submit(pyTorchJob(legacy).build());
        advance(60);

        outbid(G7); // the ceiling: the pay-as-you-go price, above the limit of 0.011
        assertReleased(limited, "PRICE");
        assertThat(status(asPriceGoes)).as("capped at pay-as-you-go, never above it").isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void R44_theEcsNoticeOfFiveMinutes_asAWarningPeriodOf300Seconds() {
        change(G7, c -> c.protectionSeconds(0).warningSeconds(300).marketPrice("0.005"));
        String id = submit(generalPurpose(0.006));
        advance(60);

        Instant announced = now();
        outbid(G7);
        GetJobResponse warned = job(id);
        assertThat(warned.statusEnum()).isEqualTo(JobStatus.RUNNING);
        assertThat(warned.subStatus()).contains("PreemptionWarning");
        assertThat(events(id)).anySatisfy(e -> assertThat(e).startsWith(announced + " Warning PreemptionWarning ")
                .contains("preempted at " + announced.plusSeconds(300)));
        assertRunsUntilReleasedAt(id, announced.plusSeconds(300), "PRICE");
    }

    @Test
    void R45_dlcHasNoStopInterruptionBehaviour_aReleasedJobFailsAndStaysFailed() {
        change(G7, c -> c.protectionSeconds(0).marketPrice("0.005"));
        String id = submit(generalPurpose(0.006));
        advance(60);
        outbid(G7);

        GetJobResponse released = assertReleased(id, "PRICE");
        assertThat(released.gmtFailedTime()).isPresent();
        assertThat(released.gmtStoppedTime()).as("not ECS's economical Stop mode").isEmpty();
        underbid(G7);
        advance(3600);
        assertThat(status(id)).as("nothing brings a stopped instance back").isEqualTo(JobStatus.FAILED);
    }

    @Test
    void R47_priceHistoryCoversTheThreeHoursBeforeItsEndByDefault_aStartAfterTheEndIsRefused() {
        Instant start = now();
        price(G7, "0.005");
        advance(4 * 3600);
        price(G7, "0.006");

        PoolHistoryView byDefault = control.history(G7, null, null);
        assertThat(byDefault.points().get(0).time()).isEqualTo(now().minusSeconds(3 * 3600).toString());
        assertThat(byDefault.points()).allSatisfy(p -> assertThat(Instant.parse(p.time()))
                .isBetween(now().minusSeconds(3 * 3600), now()));
        assertThat(byDefault.points().get(byDefault.points().size() - 1).marketPrice())
                .isEqualByComparingTo(new BigDecimal("0.006"));
        assertThat(control.history(G7, start, start.plusSeconds(60)).points().get(0).marketPrice())
                .as("an explicit window reaches further back").isEqualByComparingTo(new BigDecimal("0.005"));

        MockControlException refused = catchThrowableOfType(MockControlException.class,
                () -> control.history(G7, now(), start));
        assertThat(refused.status()).isEqualTo(400);
    }
}
