package io.github.dlckit.examples;

import io.github.dlckit.examples.common.BidRules;
import io.github.dlckit.examples.common.CommandLine;
import io.github.dlckit.examples.common.Fields;
import io.github.dlckit.examples.common.Formats;
import io.github.dlckit.examples.common.Option;
import io.github.dlckit.examples.common.Output;
import io.github.dlckit.examples.common.Program;
import io.github.dlckit.examples.common.SpotQuote;
import io.github.dlckit.examples.common.Target;
import io.github.dlckit.examples.common.UsageException;
import io.github.dlckit.model.EcsSpec;
import io.github.dlckit.model.ListEcsSpecsRequest;
import io.github.dlckit.model.ResourceType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Look at the market before bidding: list the instance types with their spot stock and spot discount
 * ({@code ListEcsSpecs}: {@code SpotStockStatus}, {@code NonProtectSpotDiscount}), then pick a bid for one type.
 *
 * <p>The rule ({@link BidRules}): bid a margin above the price the bid must meet — the market price for
 * general-purpose types, the average price for Lingjun ones — because the job pays the market price, not its bid,
 * and a margin keeps it from being released at the first uptick; never bid above on demand.
 *
 * <p>Where the prices come from: the mock shows them (its control API); the DLC API does not, so on the real service
 * the program estimates the market price as {@code NonProtectSpotDiscount × the pay-as-you-go price} you give with
 * {@code --on-demand-price} (from the console's price list).
 */
public final class MarketCheck {

    static final Option SPEC = Option.value("spec", "TYPE", "ecs.g7.xlarge", "the instance type to bid for");
    static final Option MARGIN = Option.value("margin", "FRACTION", "0.2", "how far above the price to bid");
    static final Option ON_DEMAND = Option.value("on-demand-price", "CNY", null,
            "real service: the type's pay-as-you-go price per minute, to estimate the market price");

    static final Program PROGRAM = Program.of("market",
            "List instance types with their spot stock and prices, and pick a bid for one of them.",
            List.of(SPEC, MARGIN, ON_DEMAND), MarketCheck::lookThenBid);

    private MarketCheck() {
    }

    /**
     * Runs the program; tests and the launcher call {@code PROGRAM.run(args, out)} in-process instead.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(PROGRAM.run(args, System.out));
    }

    private static int lookThenBid(CommandLine cli, Target target, Output out) {
        String wanted = cli.string("spec");

        // 1. What every account sees: the instance types of the region, page by page.
        List<EcsSpec> specs = new ArrayList<>();
        target.dlc().listEcsSpecsPaginator(ListEcsSpecsRequest.builder().pageSize(50).build()).items()
                .forEach(specs::add);
        for (EcsSpec spec : specs) {
            printSpec(out, spec, target.quote(spec.instanceType().orElse("")));
        }

        // 2. The price of the wanted type: shown by the mock, estimated on the real service.
        EcsSpec chosen = specs.stream().filter(s -> s.instanceType().orElse("").equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageException("no instance type " + wanted + " in "
                        + target.placement().region()));
        Optional<SpotQuote> quote = target.quote(wanted).or(() -> estimate(chosen, cli));
        if (quote.isEmpty()) {
            out.note("the DLC API shows no spot prices: pass --on-demand-price to estimate one and pick a bid");
            return Program.OK;
        }
        if (java.util.Set.of("WithoutStock", "ClosedWithoutStock", "NoStock").contains(quote.get().stockStatus())) {
            // R12: without stock even a high bid waits.
            out.note("note: " + wanted + " has no spot stock now; a job would wait whatever it bids");
        }

        // 3. The bid.
        printBid(out, quote.get(), cli.decimal("margin"));
        return Program.OK;
    }

    /**
     * NonProtectSpotDiscount is the spot price of an instance without protection period as a fraction of its
     * original price; times the pay-as-you-go price it estimates the market price (and, for Lingjun, the average).
     */
    private static Optional<SpotQuote> estimate(EcsSpec spec, CommandLine cli) {
        if (cli.given("on-demand-price").isEmpty() || spec.nonProtectSpotDiscount().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal onDemand = cli.decimal("on-demand-price");
        BigDecimal market = onDemand.multiply(Formats.decimal(spec.nonProtectSpotDiscount().get()));
        return Optional.of(new SpotQuote(spec.instanceType().orElse("?"), spec.resourceTypeEnum() == ResourceType.LINGJUN,
                market, market, onDemand, onDemand, spec.spotStockStatus().orElse("?")));
    }

    private static void printSpec(Output out, EcsSpec spec, Optional<SpotQuote> quote) {
        String discount = spec.nonProtectSpotDiscount().map(d -> String.format("%.3f", d)).orElse("-");
        String size = spec.cpu().orElse(0) + " vCPU " + spec.memory().orElse(0) + " GiB"
                + (spec.gpu().orElse(0) > 0 ? " " + spec.gpu().getAsInt() + " x " + spec.gpuType().orElse("GPU") : "");
        String text = String.format("%-24s %-8s %-30s %-10s discount %s", spec.instanceType().orElse("?"),
                spec.resourceType().orElse("?"), size, spec.spotStockStatus().orElse("?"), discount);
        Fields fields = Fields.of().put("instanceType", spec.instanceType().orElse(null))
                .put("resourceType", spec.resourceType().orElse(null))
                .put("cpu", spec.cpu().orElse(0)).put("memoryGiB", spec.memory().orElse(0))
                .put("gpu", spec.gpu().orElse(0)).put("gpuType", spec.gpuType().orElse(null))
                .put("spotStockStatus", spec.spotStockStatus().orElse(null))
                .put("nonProtectSpotDiscount", spec.nonProtectSpotDiscount().orElse(null));
        if (quote.isPresent()) { // the mock's pool prices, from its control API
            SpotQuote q = quote.get();
            text += "  market " + Formats.price(q.market()) + "  average " + Formats.price(q.average())
                    + "  on-demand " + Formats.price(q.onDemand());
            fields.put("market", q.market()).put("average", q.average()).put("onDemand", q.onDemand());
        }
        out.line("spec", fields, text);
    }

    private static void printBid(Output out, SpotQuote quote, BigDecimal margin) {
        String percent = margin.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        Fields fields = Fields.of().put("ecsSpec", quote.ecsSpec()).put("spotStrategy", "SpotWithPriceLimit")
                .put(quote.priceToMeetName(), quote.priceToMeet()).put("margin", margin);
        String text;
        if (quote.lingjun()) {
            // Lingjun bids are discounts of the original price, in steps of 0.1 (R7, R9).
            BigDecimal discount = BidRules.discountBid(quote.average(), quote.onDemand(), margin);
            BigDecimal inCny = discount.multiply(quote.onDemand());
            fields.put("spotDiscountLimit", discount).put("bidCny", inCny);
            text = "bid for " + quote.ecsSpec() + ": SpotDiscountLimit " + discount.toPlainString() + " (= "
                    + Formats.price(inCny) + " CNY/min; average " + Formats.price(quote.average()) + " + " + percent
                    + ", rounded up to a step of 0.1)";
        } else {
            // General-purpose bids are prices, within the market range (R10).
            BigDecimal price = BidRules.priceBid(quote.market(), margin, quote.ceiling());
            fields.put("spotPriceLimit", price).put("bidCny", price);
            text = "bid for " + quote.ecsSpec() + ": SpotPriceLimit " + Formats.price(price) + " CNY/min (market "
                    + Formats.price(quote.market()) + " + " + percent + ", rounded up; at most on-demand "
                    + Formats.price(quote.ceiling()) + ")";
        }
        out.line("bid", fields, text);
    }
}
