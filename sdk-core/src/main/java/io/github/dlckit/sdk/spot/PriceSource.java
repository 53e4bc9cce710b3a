package io.github.dlckit.sdk.spot;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The spot price the runner uses for its cost estimates and the budget: what one instance of a type costs per
 * minute in a region now (spot is charged at the market price, never at the bid: R22). The caller supplies it,
 * e.g. from its own price feed or, in tests, from the mock's control API.
 */
@FunctionalInterface
public interface PriceSource {

    /**
     * @param region the region id, e.g. {@code cn-hangzhou}
     * @param instanceType the instance type ({@code EcsSpec}), e.g. {@code ecs.g7.xlarge}
     * @return CNY per instance-minute, or empty when unknown (the attempt's cost is then unknown)
     */
    Optional<BigDecimal> pricePerMinute(String region, String instanceType);
}
