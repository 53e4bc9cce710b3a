package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.SpecAttributes;
import io.github.dlckit.model.EcsSpec;

import java.util.List;

/** Renders a spot pool as an instance type of ListEcsSpecs, with its stock and discount (R26). */
public final class EcsSpecView {

    private static final List<String> PAYMENT_TYPES = List.of("PostPaid", "Spot");

    private EcsSpecView() {
    }

    /**
     * @param pool the pool of the instance type
     * @return the instance type as an item of ListEcsSpecs
     */
    public static EcsSpec item(PoolSnapshot pool) {
        SpecAttributes a = pool.attributes();
        EcsSpec.Builder spec = EcsSpec.builder()
                .instanceType(pool.key().spec())
                .resourceType(pool.key().resourceType())
                .acceleratorType(a.acceleratorType())
                .cpu(a.cpuCores())
                .memory(a.memoryGib())
                .gpu(a.gpuCount())
                .isAvailable(true)
                .paymentTypes(PAYMENT_TYPES)
                .spotStockStatus(pool.stockStatus())
                .nonProtectSpotDiscount(pool.discount().doubleValue());
        if (a.gpuCount() > 0) {
            spec.gpuType(a.gpuType()).gpuMemory(a.gpuMemoryGib()).defaultGpuDriver("535.161.08")
                    .supportedGpuDrivers(List.of("470.199.02", "535.161.08"));
        }
        return spec.build();
    }
}
