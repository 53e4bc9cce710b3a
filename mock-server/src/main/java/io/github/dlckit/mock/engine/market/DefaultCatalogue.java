package io.github.dlckit.mock.engine.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pools the mock offers by default (users may remove them and add their own). Prices are CNY per minute
 * per instance; floors are 10 % and ceilings 100 % of the original price (M1); protection 3600 s, no warning.
 * Other tenants use half of each pool's capacity, so the price process (M2) starts in equilibrium at
 * utilisation 0.5: {@code floor + (ceiling − floor) × 0.25}, i.e. 32.5 % of the original price (computed in
 * doubles like every M2 step, then rounded to 6 decimals).
 *
 * <table>
 *   <caption>General-purpose (ECS) specs, in every R2 general-purpose region</caption>
 *   <tr><th>spec</th><th>vCPU</th><th>GiB</th><th>GPU</th><th>original</th><th>start</th><th>capacity</th></tr>
 *   <tr><td>ecs.g7.xlarge</td><td>4</td><td>16</td><td>—</td><td>0.0117</td><td>0.003803</td><td>200</td></tr>
 *   <tr><td>ecs.g7.2xlarge</td><td>8</td><td>32</td><td>—</td><td>0.0234</td><td>0.007605</td><td>100</td></tr>
 *   <tr><td>ecs.c7.2xlarge</td><td>8</td><td>16</td><td>—</td><td>0.0176</td><td>0.00572</td><td>100</td></tr>
 *   <tr><td>ecs.gn6i-c4g1.xlarge</td><td>4</td><td>15</td><td>1 × NVIDIA T4 16 GB</td><td>0.1130</td>
 *       <td>0.036725</td><td>40</td></tr>
 *   <tr><td>ecs.gn7i-c8g1.2xlarge</td><td>8</td><td>30</td><td>1 × NVIDIA A10 24 GB</td><td>0.1470</td>
 *       <td>0.047775</td><td>40</td></tr>
 * </table>
 * The seed document's bid, {@code SpotPriceLimit 0.011} on {@code ecs.g7.xlarge}, lies between the start price
 * (0.003803) and the ceiling (0.0117): it is allocated at once, and released (R16) once the market passes 0.011,
 * which M2 reaches at utilisation above 0.966 — e.g. after {@code competingDemand} is raised to 200.
 *
 * <table>
 *   <caption>Lingjun specs, in cn-wulanchabu and ap-southeast-1 (R2)</caption>
 *   <tr><th>spec</th><th>vCPU</th><th>GiB</th><th>GPU</th><th>original</th><th>start</th><th>capacity</th></tr>
 *   <tr><td>ml.gu7i.c32m188.1-gu30</td><td>32</td><td>188</td><td>1 × GU30 24 GB</td><td>0.1600</td>
 *       <td>0.052</td><td>32</td></tr>
 *   <tr><td>ml.gu7xf.8xlarge-gu108</td><td>128</td><td>1024</td><td>8 × GU108 80 GB</td><td>2.2000</td>
 *       <td>0.715</td><td>16</td></tr>
 *   <tr><td>ml.gx8xf.8xlarge-gu108</td><td>192</td><td>2048</td><td>8 × GU108 80 GB</td><td>3.0000</td>
 *       <td>0.975</td><td>8</td></tr>
 * </table>
 * A discount bid of 0.4 (40 % of the original price) is above these start prices (32.5 %).
 */
public final class DefaultCatalogue {

    private DefaultCatalogue() {
    }

    /**
     * @param region a region id
     * @return the default pools of that region (R2 decides which types it has; none elsewhere)
     */
    public static List<PoolDefinition> forRegion(String region) {
        List<PoolDefinition> definitions = new ArrayList<>();
        if (SpotRegions.GENERAL_PURPOSE.contains(region)) {
            definitions.add(pool(PoolKey.ecs(region, "ecs.g7.xlarge"), SpecAttributes.cpu(4, 16), "0.0117", 200));
            definitions.add(pool(PoolKey.ecs(region, "ecs.g7.2xlarge"), SpecAttributes.cpu(8, 32), "0.0234", 100));
            definitions.add(pool(PoolKey.ecs(region, "ecs.c7.2xlarge"), SpecAttributes.cpu(8, 16), "0.0176", 100));
            definitions.add(pool(PoolKey.ecs(region, "ecs.gn6i-c4g1.xlarge"),
                    SpecAttributes.gpu(4, 15, 1, "NVIDIA T4", 16), "0.1130", 40));
            definitions.add(pool(PoolKey.ecs(region, "ecs.gn7i-c8g1.2xlarge"),
                    SpecAttributes.gpu(8, 30, 1, "NVIDIA A10", 24), "0.1470", 40));
        }
        if (SpotRegions.LINGJUN.contains(region)) {
            definitions.add(pool(PoolKey.lingjun(region, "ml.gu7i.c32m188.1-gu30"),
                    SpecAttributes.gpu(32, 188, 1, "GU30", 24), "0.1600", 32));
            definitions.add(pool(PoolKey.lingjun(region, "ml.gu7xf.8xlarge-gu108"),
                    SpecAttributes.gpu(128, 1024, 8, "GU108", 80), "2.2000", 16));
            definitions.add(pool(PoolKey.lingjun(region, "ml.gx8xf.8xlarge-gu108"),
                    SpecAttributes.gpu(192, 2048, 8, "GU108", 80), "3.0000", 8));
        }
        return definitions;
    }

    /**
     * Adds the default pools of each region to a market.
     *
     * @param market the market
     * @param regions region ids
     */
    public static void install(SpotMarket market, String... regions) {
        for (String region : regions) {
            forRegion(region).forEach(market::addPool);
        }
    }

    private static PoolDefinition pool(PoolKey key, SpecAttributes attributes, String originalPrice, int capacity) {
        return PoolDefinition.builder(key).attributes(attributes).capacity(capacity)
                .originalPrice(new BigDecimal(originalPrice)).competingDemand(capacity / 2).build();
    }
}
