package io.github.dlckit.mock.engine.market;

import io.github.dlckit.model.AcceleratorType;
import io.github.dlckit.model.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.dlckit.mock.engine.market.MarketFixture.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The default pools and the numbers their Javadoc promises. */
class DefaultCatalogueTest {

    static final PoolKey G7 = PoolKey.ecs("cn-hangzhou", "ecs.g7.xlarge");

    @Test
    void generalPurposeRegionGetsEcsSpecsWithDocumentedPrices() {
        MarketFixture f = new MarketFixture();
        DefaultCatalogue.install(f.market, "cn-hangzhou");

        assertThat(f.market.pools()).extracting(pool -> pool.key().spec(), PoolSnapshot::originalPrice,
                        PoolSnapshot::marketPrice, PoolSnapshot::capacity)
                .containsExactly(
                        tuple("ecs.g7.xlarge", p("0.0117"), p("0.003803"), 200),
                        tuple("ecs.g7.2xlarge", p("0.0234"), p("0.007605"), 100),
                        tuple("ecs.c7.2xlarge", p("0.0176"), p("0.005720"), 100),
                        tuple("ecs.gn6i-c4g1.xlarge", p("0.1130"), p("0.036725"), 40),
                        tuple("ecs.gn7i-c8g1.2xlarge", p("0.1470"), p("0.047775"), 40));
        assertThat(f.market.pool(G7).attributes()).isEqualTo(SpecAttributes.cpu(4, 16));
        assertThat(f.market.pool(PoolKey.ecs("cn-hangzhou", "ecs.gn7i-c8g1.2xlarge")).attributes())
                .isEqualTo(new SpecAttributes(8, 30, 1, "NVIDIA A10", 24, AcceleratorType.GPU));
    }

    @Test
    void lingjunRegionsGetLingjunSpecs() {
        List<PoolDefinition> singapore = DefaultCatalogue.forRegion("ap-southeast-1");
        List<PoolDefinition> ulanqab = DefaultCatalogue.forRegion("cn-wulanchabu");

        assertThat(singapore).extracting(d -> d.key().spec(), PoolDefinition::startPrice).containsExactly(
                tuple("ml.gu7i.c32m188.1-gu30", p("0.052000")),
                tuple("ml.gu7xf.8xlarge-gu108", p("0.715000")),
                tuple("ml.gx8xf.8xlarge-gu108", p("0.975000")));
        assertThat(ulanqab).extracting(d -> d.key().resourceType()).contains(ResourceType.ECS, ResourceType.LINGJUN);
        assertThat(DefaultCatalogue.forRegion("us-west-1")).isEmpty();
    }

    @Test
    void seedDocumentBidIsAllocatedAtStartAndReleasedWhenOtherTenantsFillThePool() {
        MarketFixture f = new MarketFixture();
        DefaultCatalogue.install(f.market, "cn-hangzhou");
        f.market.updatePool(G7, PoolUpdate.of().protectionSeconds(0));

        f.submit("seed-job", G7, 1, "0.011");
        assertThat(f.status("seed-job")).isEqualTo(DemandStatus.HOLDING);

        f.update(G7, PoolUpdate.of().competingDemand(200));
        f.advanceSeconds(3600);
        assertThat(f.status("seed-job")).isNull();
        assertThat(f.events.releaseMessages).singleElement().asString().startsWith(": market price ").endsWith(" is above the bid 0.0110 for ecs.g7.xlarge (CNY per minute)");
    }

    @Test
    void lingjunDiscountBidOfFourTenthsIsAllocatedAtStart() {
        MarketFixture f = new MarketFixture();
        DefaultCatalogue.install(f.market, "cn-wulanchabu");

        f.submit("job", PoolKey.lingjun("cn-wulanchabu", "ml.gu7xf.8xlarge-gu108"), 2, "0.4");

        assertThat(f.status("job")).isEqualTo(DemandStatus.HOLDING);
    }
}
