package io.github.dlckit.mock.control;

import io.github.dlckit.mock.engine.DlcEngine;
import io.github.dlckit.mock.engine.EngineSettings;
import io.github.dlckit.mock.engine.market.BillingRecord;
import io.github.dlckit.mock.engine.market.PoolDefinition;
import io.github.dlckit.mock.engine.market.PoolKey;
import io.github.dlckit.mock.engine.market.PoolSnapshot;
import io.github.dlckit.mock.engine.market.PoolUpdate;
import io.github.dlckit.mock.engine.market.PriceMode;
import io.github.dlckit.mock.engine.market.SpecAttributes;
import io.github.dlckit.mock.engine.market.SpotBilling;
import io.github.dlckit.mock.engine.market.SpotMarket;
import io.github.dlckit.mock.engine.market.TracePoint;
import io.github.dlckit.model.ResourceType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The control API's market commands in engine terms, shared by the embedded control, the HTTP routes (through it)
 * and scenario files: list the pools, create or change one, load a trace, read the bills. Refusals are
 * {@link IllegalArgumentException}s naming the field (a 400 over HTTP).
 */
final class MarketCommands {

    private final DlcEngine engine;

    MarketCommands(DlcEngine engine) {
        this.engine = engine;
    }

    List<PoolView> pools() {
        return engine.execute(c -> c.market().pools().stream().map(p -> view(p, c.settings())).toList());
    }

    /** Changes a pool of the mock's region, creating it when absent; allocation and release follow at once. */
    PoolView upsert(String ecsSpec, PoolChange change) {
        return engine.execute(c -> {
            SpotMarket market = c.market();
            PoolKey key = find(market, ecsSpec).orElseGet(() -> create(market, ecsSpec, change));
            market.updatePool(key, update(change));
            c.clock().runDue(); // the answer shows the pool after allocation and release have followed the change
            return view(market.pool(key), c.settings());
        });
    }

    /** Schedules a trace's points on the clock, relative to now; loading it pins the pool (M16). */
    void trace(String ecsSpec, List<TracePointView> points) {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("Points: give at least one trace point");
        }
        List<TracePoint> trace = new ArrayList<>();
        for (TracePointView p : points) {
            trace.add(new TracePoint(p.afterSeconds(), p.marketPrice(), p.averagePrice(), p.capacity()));
        }
        engine.execute(c -> {
            c.market().loadTrace(existing(c.market(), ecsSpec), trace);
            return null;
        });
    }

    /** The bill lines of one job, or of every job when {@code jobId} is null, and their total. */
    BillingReport billing(String jobId) {
        return engine.execute(c -> {
            SpotBilling billing = c.market().billing();
            List<BillingRecord> records = new ArrayList<>();
            if (jobId != null) {
                records.addAll(billing.records(jobId));
            } else {
                billing.billedJobs().forEach(id -> records.addAll(billing.records(id)));
            }
            BigDecimal total = BigDecimal.ZERO;
            List<BillingRecordView> views = new ArrayList<>();
            for (BillingRecord r : records) {
                total = total.add(r.amount());
                views.add(new BillingRecordView(r.jobId(), r.instanceId(), r.ecsSpec(), r.startTime().toString(),
                        r.endTime().toString(), r.price(), r.amount(), r.tags()));
            }
            return new BillingReport(views, total);
        });
    }

    private PoolKey existing(SpotMarket market, String ecsSpec) {
        return find(market, ecsSpec).orElseThrow(() -> new IllegalArgumentException("EcsSpec: the mock has no pool "
                + ecsSpec + " in " + engine.config().region() + "; create it with PUT /mock/v1/pools/" + ecsSpec));
    }

    private Optional<PoolKey> find(SpotMarket market, String ecsSpec) {
        return market.pools().stream().map(PoolSnapshot::key)
                .filter(k -> k.region().equals(engine.config().region()) && k.spec().equals(ecsSpec)).findFirst();
    }

    /** A new pool needs its resource type and original price; the rest has defaults (M1, M7). */
    private PoolKey create(SpotMarket market, String ecsSpec, PoolChange change) {
        if (change.resourceType() == null || change.onDemandPrice() == null) {
            throw new IllegalArgumentException("ResourceType and OnDemandPrice are required to create the pool "
                    + ecsSpec + ", which does not exist yet");
        }
        ResourceType type = ResourceType.fromWire(change.resourceType());
        if (type != ResourceType.ECS && type != ResourceType.LINGJUN) {
            throw new IllegalArgumentException("ResourceType: must be ECS or Lingjun, got " + change.resourceType());
        }
        int gpus = orElse(change.gpu(), 0);
        SpecAttributes size = gpus > 0
                ? SpecAttributes.gpu(orElse(change.cpu(), 8), orElse(change.memoryGib(), 64), gpus,
                        change.gpuType() != null ? change.gpuType() : "GPU", orElse(change.gpuMemoryGib(), 24))
                : SpecAttributes.cpu(orElse(change.cpu(), 4), orElse(change.memoryGib(), 16));
        PoolDefinition.Builder pool = PoolDefinition.builder(new PoolKey(engine.config().region(), type, ecsSpec))
                .attributes(size).capacity(orElse(change.capacity(), 10)).originalPrice(change.onDemandPrice());
        if (change.minPrice() != null) {
            pool.minPrice(change.minPrice());
        }
        if (change.maxPrice() != null) {
            pool.maxPrice(change.maxPrice());
        }
        return market.addPool(pool.build()).key();
    }

    private static PoolUpdate update(PoolChange change) {
        PoolUpdate update = PoolUpdate.of();
        if (change.capacity() != null) {
            update.capacity(change.capacity());
        }
        if (change.onDemandPrice() != null) {
            update.originalPrice(change.onDemandPrice());
        }
        if (change.minPrice() != null) {
            update.minPrice(change.minPrice());
        }
        if (change.maxPrice() != null) {
            update.maxPrice(change.maxPrice());
        }
        if (change.marketPrice() != null) {
            update.marketPrice(change.marketPrice());
        }
        if (change.averagePrice() != null) {
            update.averagePrice(change.averagePrice());
        }
        if (change.priceMode() != null) {
            update.mode(priceMode(change.priceMode()));
        }
        if (change.protectionSeconds() != null) {
            update.protectionSeconds(change.protectionSeconds());
        }
        if (change.warningSeconds() != null) {
            update.warningSeconds(change.warningSeconds());
        }
        if (change.checkIntervalSeconds() != null) {
            update.checkIntervalSeconds(change.checkIntervalSeconds());
        }
        if (change.competingDemand() != null) {
            update.competingDemand(change.competingDemand());
        }
        if (change.stockThresholdPercent() != null) {
            update.stockThresholdPercent(change.stockThresholdPercent());
        }
        if (change.minuteGranularity() != null) {
            update.minuteGranularity(change.minuteGranularity());
        }
        if (change.protectionPriceLock() != null) {
            update.protectionPriceLock(change.protectionPriceLock());
        }
        if (change.releaseReasonCode() != null) {
            update.releaseReasonCode(change.releaseReasonCode().isEmpty() ? ""
                    : EngineSettings.checkReleaseReasonCode("ReleaseReasonCode", change.releaseReasonCode()));
        }
        return update;
    }

    private static PriceMode priceMode(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "auto":
                return PriceMode.AUTO;
            case "manual":
                return PriceMode.MANUAL;
            default:
                throw new IllegalArgumentException("PriceMode: must be Auto or Manual, got " + text);
        }
    }

    static PoolView view(PoolSnapshot p, EngineSettings settings) {
        return new PoolView(p.key().region(), p.key().resourceType().wireValue(), p.key().spec(), p.capacity(),
                p.allocated(), p.originalPrice(), p.marketPrice(), p.averagePrice(), p.minPrice(), p.maxPrice(),
                p.mode() == PriceMode.AUTO ? "Auto" : "Manual", p.protectionSeconds(), p.warningSeconds(),
                p.competingDemand(), p.stockStatus().wireValue(), p.stockThresholdPercent(),
                p.releaseReasonCode() != null ? p.releaseReasonCode() : settings.releaseReasonCode(),
                p.protectionPriceLock(), p.minuteGranularity(), p.checkIntervalSeconds());
    }

    private static int orElse(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
