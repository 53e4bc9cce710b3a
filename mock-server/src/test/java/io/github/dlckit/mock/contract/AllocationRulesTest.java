package io.github.dlckit.mock.contract;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.GetJobResponsePods;
import io.github.dlckit.model.JobStatus;
import io.github.dlckit.model.SpotSpec;
import io.github.dlckit.model.UpdateJobRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.dlckit.mock.contract.SpotJobs.G7;
import static io.github.dlckit.mock.contract.SpotJobs.GU108;
import static io.github.dlckit.mock.contract.SpotJobs.generalPurpose;
import static io.github.dlckit.mock.contract.SpotJobs.pyTorchJob;
import static io.github.dlckit.mock.contract.SpotJobs.lingjun;
import static io.github.dlckit.mock.contract.SpotJobs.role;
import static org.assertj.core.api.Assertions.assertThat;

/** R12, R13, M5, M6, M8 and M15: who obtains instances, when, and in which order. */
class AllocationRulesTest extends SpotContract {

    /** A second general-purpose pool: original 0.0176 CNY/min, capacity 100. */
    private static final String C7 = "ecs.c7.2xlarge";

    @Test
    void R12_allocatesOnlyWhenTheBidCoversThePriceAndTheStockSuffices() {
        change(G7, c -> c.marketPrice("0.005").capacity(2));

        String below = submit(generalPurpose(0.0049));
        String tie = submit(generalPurpose(0.005));
        String above = submit(generalPurpose(0.011));
        String noStock = submit(generalPurpose(0.011));

        assertThat(status(below)).isEqualTo(JobStatus.QUEUING);
        assertThat(status(tie)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(above)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(noStock)).isEqualTo(JobStatus.QUEUING);
        assertThat(nodes(tie)).singleElement().asString().startsWith("i-");
        assertThat(nodes(below)).isEmpty();
        assertThat(pool(G7).allocated()).isEqualTo(2);
    }

    @Test
    void R13_aJobWaitsAndDlcKeepsApplying_lingjunJobsWaitInBidding() {
        price(G7, "0.011");
        price(GU108, "2.2");
        change(GU108, c -> c.capacity(0));
        String general = submit(generalPurpose(0.006));
        String lingjun = submit(lingjun(0.4, false));
        assertThat(status(general)).isEqualTo(JobStatus.QUEUING);
        assertThat(status(lingjun)).isEqualTo(JobStatus.BIDDING);

        advance(6 * 3600);
        price(G7, "0.006");
        price(GU108, "0.88");
        assertThat(status(general)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(status(lingjun)).as("the price is met but no stock yet").isEqualTo(JobStatus.BIDDING);
        change(GU108, c -> c.capacity(16));
        advance(30);

        assertThat(history(general)).containsExactly(JobStatus.CREATING, JobStatus.QUEUING, JobStatus.ENV_PREPARING,
                JobStatus.RUNNING);
        assertThat(history(lingjun)).containsExactly(JobStatus.CREATING, JobStatus.BIDDING, JobStatus.ENV_PREPARING,
                JobStatus.RUNNING);
    }

    @Test
    void M5_aJobObtainsAllPodsOfAllRolesAtOnceOrNone() {
        SpotSpec bid = SpotSpec.priceLimit(0.011);
        change(G7, c -> c.capacity(2).protectionSeconds(0)); // M7: protection would keep the gang
        change(C7, c -> c.protectionSeconds(0));
        String gang = submit(pyTorchJob(role("Master", C7, 1, bid), role("Worker", G7, 3, bid)).build());

        assertThat(status(gang)).as("the master's pool has room, the workers' has not").isEqualTo(JobStatus.QUEUING);
        assertThat(nodes(gang)).isEmpty();
        assertThat(List.of(pool(C7).allocated(), pool(G7).allocated())).containsOnly(0);

        change(G7, c -> c.capacity(3));
        assertThat(status(gang)).isEqualTo(JobStatus.ENV_PREPARING);
        assertThat(nodes(gang)).hasSize(4).doesNotHaveDuplicates();
        assertThat(List.of(pool(C7).allocated(), pool(G7).allocated())).containsExactly(1, 3);

        change(G7, c -> c.capacity(2));
        assertThat(status(gang)).as("losing one instance loses the gang").isEqualTo(JobStatus.FAILED);
        assertThat(List.of(pool(C7).allocated(), pool(G7).allocated())).containsOnly(0);
    }

    @Test
    void M6_higherPriorityFirst_thenEarlierSubmission_aPriorityRaisedWhileWaitingCounts() {
        change(G7, c -> c.capacity(0));
        String first = submit(prioritised(1));
        advance(1);
        String urgent = submit(prioritised(5));
        advance(1);
        String last = submit(prioritised(1));
        advance(1);
        String raised = submit(prioritised(1));
        dlc.updateJob(UpdateJobRequest.builder().jobId(raised).priority(9).build());

        List<String> served = new ArrayList<>();
        for (int capacity = 1; capacity <= 3; capacity++) {
            int instances = capacity;
            change(G7, c -> c.capacity(instances));
            Stream.of(first, urgent, last, raised).filter(id -> !served.contains(id))
                    .filter(id -> status(id) == JobStatus.ENV_PREPARING).forEach(served::add);
        }

        assertThat(served).containsExactly(raised, urgent, first);
        assertThat(status(last)).isEqualTo(JobStatus.QUEUING);
    }

    @Test
    void M6_aJobThatDoesNotFitDoesNotBlockASmallerOneBehindIt() {
        change(G7, c -> c.capacity(0));
        change(C7, c -> c.capacity(0));
        SpotSpec bid = SpotSpec.priceLimit(0.011);
        String tooMany = submit(pyTorchJob(role("Worker", G7, 3, bid)).priority(9).build());
        String otherPoolFull = submit(pyTorchJob(role("Master", C7, 1, bid), role("Worker", G7, 1, bid)).priority(9)
                .build());
        advance(1);
        String small = submit(prioritised(1));

        change(G7, c -> c.capacity(2));

        assertThat(status(tooMany)).isEqualTo(JobStatus.QUEUING);
        assertThat(status(otherPoolFull)).isEqualTo(JobStatus.QUEUING);
        assertThat(status(small)).isEqualTo(JobStatus.ENV_PREPARING);
    }

    @Test
    void M8_allocationAndReleaseAreEvaluatedAtTheInstantOfEachEvent() {
        // ticks fall on whole minutes after the start; every event below is between them
        Instant t0 = now();
        change(G7, c -> c.marketPrice("0.005").capacity(1).protectionSeconds(90));
        String holder = submit(generalPurpose(0.011));
        String waiting = submit(generalPurpose(0.006));
        assertThat(status(waiting)).as("submission: no stock").isEqualTo(JobStatus.QUEUING);

        advance(17);
        dlc.stopJob(holder);
        advance(5);
        assertThat(entered(holder, JobStatus.STOPPED)).isEqualTo(t0.plusSeconds(22));
        assertThat(entered(waiting, JobStatus.ENV_PREPARING)).as("stop: M28 gives the instances back as Stopping"
                + " begins").isEqualTo(t0.plusSeconds(17));

        advance(18);
        price(G7, "0.007");
        assertThat(status(waiting)).as("protected until t0+107").isEqualTo(JobStatus.ENV_PREPARING);
        advance(72);
        assertThat(entered(waiting, JobStatus.FAILED)).as("protection expiry").isEqualTo(t0.plusSeconds(107));

        String third = submit(generalPurpose(0.006));
        advance(18);
        price(G7, "0.006");
        assertThat(entered(third, JobStatus.ENV_PREPARING)).as("price change").isEqualTo(t0.plusSeconds(130));

        String fourth = submit(generalPurpose(0.011));
        advance(15);
        change(G7, c -> c.capacity(2));
        assertThat(entered(fourth, JobStatus.ENV_PREPARING)).as("capacity change").isEqualTo(t0.plusSeconds(145));
    }

    @Test
    void M15_envPreparingLastsThirtySeconds_billingStartsAtAllocation() {
        price(G7, "0.006");
        Instant allocated = now();
        String id = submit(generalPurpose(0.011));

        advance(29);
        assertThat(status(id)).isEqualTo(JobStatus.ENV_PREPARING);
        advance(1);
        assertThat(status(id)).isEqualTo(JobStatus.RUNNING);
        assertThat(entered(id, JobStatus.RUNNING)).isEqualTo(allocated.plusSeconds(30));

        assertThat(bill(id).records()).singleElement()
                .satisfies(r -> assertThat(Instant.parse(r.startTime())).isEqualTo(allocated));
        assertThat(bill(id).total()).isEqualByComparingTo("0.003"); // 0.006 CNY/min × 0.5 min
    }

    private static CreateJobRequest prioritised(int priority) {
        return generalPurpose(0.011).toBuilder().priority(priority).build();
    }

    private List<String> nodes(String id) {
        return job(id).pods().stream().map(GetJobResponsePods::nodeName).flatMap(java.util.Optional::stream).toList();
    }
}
