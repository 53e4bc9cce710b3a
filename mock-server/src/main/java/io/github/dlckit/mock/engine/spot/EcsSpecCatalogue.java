package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.ListQuery;
import io.github.dlckit.mock.engine.Paging;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.model.ListEcsSpecsRequest;

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
 * catalogue. It returns the pools; the API layer renders them as the vendor's {@code EcsSpec}.
 */
public final class EcsSpecCatalogue {

    private final SpotMarket market;
    private final String region;

    public EcsSpecCatalogue(SpotMarket market, String region) {
        this.market = market;
        this.region = region;
    }

    /**
     * @param request filters (AcceleratorType, InstanceTypes, ResourceType), order (SortBy, Order) and page
     * @return the page of the matching pools, with how many match in all
     */
    public ListQuery.Page<PoolSnapshot> list(ListEcsSpecsRequest request) {
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
        return new ListQuery.Page<>(Paging.page(matching, request.pageNumber(), request.pageSize()), matching.size(),
                request.pageNumber().orElse(1), request.pageSize().orElse(Paging.DEFAULT_PAGE_SIZE));
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
}
