package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.control.MockControl;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.sdk.spot.PriceSource;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The SDK's {@link PriceSource} read from a mock's control API ({@code GET /mock/v1/pools}): a pool's market price,
 * which is what its holders pay (R22). With it a {@code SpotJobRunner}'s budget and cost estimates can be checked
 * against the mock's bills ({@code GET /mock/v1/billing}). It lives in the {@code junit} package, the one part of
 * the mock that uses the SDK (an optional dependency).
 *
 * <pre>{@code
 * SpotJobRunner runner = SpotJobRunner.builder().region(mock.region(), dlc)
 *         .priceSource(new MockPriceSource(control)).policy(policyWithBudget).build();
 * }</pre>
 */
public final class MockPriceSource implements PriceSource {

    private final MockControl control;

    /** @param control the mock's control API (embedded or over HTTP) */
    public MockPriceSource(MockControl control) {
        this.control = control;
    }

    @Override
    public Optional<BigDecimal> pricePerMinute(String region, String instanceType) {
        return control.pools().stream()
                .filter(pool -> pool.region().equals(region) && pool.ecsSpec().equals(instanceType))
                .map(PoolView::marketPrice)
                .findFirst();
    }
}
