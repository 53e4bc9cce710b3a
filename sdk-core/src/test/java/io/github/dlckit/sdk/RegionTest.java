package io.github.dlckit.sdk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code region(...)} is checked against the catalogue's endpoint table, with an explicit way past it. */
class RegionTest {

    private static DlcClientBuilder builder(String region) {
        return DlcClient.builder().region(region).credentials(Fakes.KEY).proxyFromEnvironment(false);
    }

    @Test
    void unlistedRegion_failsAtBuildNamingTheKnownRegionsAndTheWayPast() {
        assertThatThrownBy(() -> builder("cn-hangzhuo").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("region 'cn-hangzhuo' is not in the API catalogue's endpoint table")
                .hasMessageContaining("cn-hangzhou, cn-hongkong")
                .hasMessageContaining("cn-qingdao")
                .hasMessageContaining("call allowUnlistedRegion() to use pai-dlc.cn-hangzhuo.aliyuncs.com anyway");
    }

    @Test
    void allowUnlistedRegion_usesTheRegionsHost() {
        try (DlcClient dlc = builder("xx-newregion-1").allowUnlistedRegion().build()) {
            assertThat(dlc.toString()).contains("https://pai-dlc.xx-newregion-1.aliyuncs.com/");
        }
    }

    @Test
    void listedRegions_ofBothKinds_build() {
        try (DlcClient regional = builder("ap-southeast-1").build();
             DlcClient central = builder("cn-qingdao").build()) {
            assertThat(regional.toString()).contains("pai-dlc.ap-southeast-1.aliyuncs.com");
            assertThat(central.toString()).contains("https://pai-dlc.aliyuncs.com/");
        }
    }
}
