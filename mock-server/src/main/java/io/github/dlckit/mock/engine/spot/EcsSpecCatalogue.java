package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.Paging;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.SpecAttributes;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.model.EcsSpec;
import io.github.dlckit.model.ListEcsSpecsRequest;
import io.github.dlckit.model.ListEcsSpecsResponse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * ListEcsSpecs: the instance types of the mock are its spot pools in the served region, with their size, resource
 * type and spot facts (R26): {@code SpotStockStatus} from free capacity (M14) and {@code NonProtectSpotDiscount}
 * as the market price over the original price. Replacing the pools (control API, scenario file) replaces the
 * catalogue.
 */
public final class EcsSpecCatalogue {

    private static final List<String> PAYMENT_TYPES = List.of("PostPaid", "Spot");

    private final SpotMarket market;
    private final String region;

    public EcsSpecCatalogue(SpotMarket market, String region) {
        this.market = market;
        this.region = region;
    }

    /**
     * @param request filters (AcceleratorType, InstanceTypes, ResourceType), order (SortBy, Order) and page
     * @return the matching instance types and their total count
     */
    public ListEcsSpecsResponse list(ListEcsSpecsRequest request) {
        Predicate<PoolSnapshot> filter = pool -> pool.key().region().equals(region);
        if (request.acceleratorType().isPresent()) {
            String accelerator = request.acceleratorType().get();
            filter = filter.and(pool -> pool.attributes().acceleratorType().wireValue().equals(accelerator));
        }
        if (request.resourceType().isPresent()) {
            String type = request.resourceType().get();
            filter = filter.and(pool -> pool.key().resourceType().wireValue().equals(type));
        }
        if (request.instanceTypes().isPresent()) {
            Set<String> types = Arrays.stream(request.instanceTypes().get().split(",")).map(String::trim)
                    .collect(Collectors.toSet());
            filter = filter.and(pool -> types.contains(pool.key().spec()));
        }
        List<PoolSnapshot> matching = market.pools().stream().filter(filter).sorted(order(request))
                .collect(Collectors.toList());
        List<EcsSpec> page = Paging.page(matching, request.pageNumber(), request.pageSize()).stream()
                .map(EcsSpecCatalogue::ecsSpec).collect(Collectors.toList());
        return ListEcsSpecsResponse.builder().ecsSpecs(page).totalCount(matching.size()).build();
    }

    /** SortBy CPU, GPU, Memory or GmtCreateTime (the catalogue order); Order asc (default) or desc. */
    private static Comparator<PoolSnapshot> order(ListEcsSpecsRequest request) {
        String sortBy = request.sortBy().orElse("GmtCreateTime");
        Comparator<PoolSnapshot> by = switch (sortBy) {
            case "CPU" -> Comparator.comparingInt(p -> p.attributes().cpuCores());
            case "GPU" -> Comparator.comparingInt(p -> p.attributes().gpuCount());
            case "Memory" -> Comparator.comparingInt(p -> p.attributes().memoryGib());
            case "GmtCreateTime" -> (a, b) -> 0;
            default -> throw EngineException.invalid("SortBy", "must be one of CPU, GPU, Memory, GmtCreateTime, got "
                    + sortBy);
        };
        String order = request.order().orElse("asc");
        return switch (order) {
            case "asc" -> by;
            case "desc" -> by.reversed();
            default -> throw EngineException.invalid("Order", "must be asc or desc, got " + order);
        };
    }

    private static EcsSpec ecsSpec(PoolSnapshot pool) {
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
