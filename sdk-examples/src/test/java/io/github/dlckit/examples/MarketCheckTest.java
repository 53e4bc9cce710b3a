package io.github.dlckit.examples;

import io.github.dlckit.mock.DlcMockServer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MarketCheckTest {

    @Test
    void listsSpecsWithStockAndPricesAndBidsAMarginAboveTheMarket() {
        ProgramRun run = ProgramRun.of(MarketCheck.PROGRAM);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.output())
                .containsPattern("ecs.g7.xlarge +ECS +4 vCPU 16 GiB +WithStock +discount 0.330 +market 0.003803"
                        + " +average 0.003803 +on-demand 0.0117")
                .contains("ml.gu7xf.8xlarge-gu108")
                // 0.003803 × 1.2 = 0.0045636, rounded up to 0.0046
                .contains("bid for ecs.g7.xlarge: SpotPriceLimit 0.0046 CNY/min");
    }

    @Test
    void bidsADiscountForLingjun() {
        ProgramRun run = ProgramRun.of(MarketCheck.PROGRAM, "--spec", "ml.gu7xf.8xlarge-gu108", "--json");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.json("spec")).hasSize(8);
        // 0.715 × 1.2 / 2.2 = 0.39, rounded up to 0.4
        assertThat(run.json("bid").get(0).get("spotDiscountLimit").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(run.json("bid").get(0).get("bidCny").decimalValue()).isEqualByComparingTo("0.88");
    }

    @Test
    void anUnknownTypeIsAUsageError() {
        ProgramRun run = ProgramRun.of(MarketCheck.PROGRAM, "--spec", "ecs.nope");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.output()).contains("error: no instance type ecs.nope in cn-wulanchabu");
    }

    /**
     * The cloud path, with a standalone mock standing in for the real service: an endpoint, a region and the
     * default credentials chain (here its first source, Java system properties); no control API is used.
     */
    @Test
    void theCloudPathEstimatesTheMarketFromTheDiscount() {
        try (DlcMockServer service = DlcMockServer.builder().startTime(Instant.parse("2026-11-29T00:00:00Z")).start()) {
            System.setProperty("alibabacloud.accessKeyId", service.accessKeyId());
            System.setProperty("alibabacloud.accessKeySecret", service.accessKeySecret());
            try {
                String[] cloud = {"--endpoint", service.baseUrl(), "--region", service.region()};
                ProgramRun withoutPrice = ProgramRun.of(MarketCheck.PROGRAM, cloud);
                ProgramRun withPrice = ProgramRun.of(MarketCheck.PROGRAM, concat(cloud, "--on-demand-price", "0.0117"));

                assertThat(withoutPrice.exitStatus()).isZero();
                assertThat(withoutPrice.output()).contains("target: PAI-DLC, region cn-wulanchabu")
                        .contains("credentials from the default chain")
                        .doesNotContain(service.accessKeySecret())
                        .doesNotContain("market 0.003803")
                        .contains("pass --on-demand-price");
                // 0.0117 × 0.33 (M23: 2 decimals) = 0.003861; × 1.2 = 0.0046332, rounded up to 0.0047
                assertThat(withPrice.output()).contains("bid for ecs.g7.xlarge: SpotPriceLimit 0.0047 CNY/min");
            } finally {
                System.clearProperty("alibabacloud.accessKeyId");
                System.clearProperty("alibabacloud.accessKeySecret");
            }
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
