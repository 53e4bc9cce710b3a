package io.github.dlckit.mock.contract;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard of the spot contract: every rule of {@code reference/spot-semantics.md} (R1–R26, M1–M17) has at least
 * one {@code @Test} in this package whose name starts with its id and an underscore, and no test claims an id that
 * is not a rule. Also writes the rule → test table for the README to {@code target/RULE_TABLE.md}.
 */
class RuleCoverageTest {

    private static final Pattern RULE_PREFIX = Pattern.compile("^([RM]\\d+)_");
    private static final Path TABLE = Path.of("target", "RULE_TABLE.md");

    /** Every rule, in the order of the rule book, with what it says in a few words. */
    private static final Map<String, String> RULES = rules(
            "R1", "Two kinds of spot resources: Lingjun and general-purpose (ECS)",
            "R2", "Lingjun spot only in cn-wulanchabu and ap-southeast-1, general-purpose in six regions; elsewhere refused",
            "R3", "Lingjun takes PyTorchJob and MPIJob; general-purpose only PyTorchJob",
            "R4", "AIMaster automatic fault tolerance on Lingjun only",
            "R5", "A spot job's instance type and bid cannot be changed",
            "R6", "Limits count only under SpotStrategy SpotWithPriceLimit",
            "R7", "Bid types: SpotPriceLimit (CNY/min) or SpotDiscountLimit 0.1–0.9 in steps of 0.1",
            "R8", "Not both limits",
            "R9", "Discount bids only on Lingjun; Lingjun only discount bids",
            "R10", "A price limit lies within the spec's market price range",
            "R11", "UserVpc is required on Lingjun",
            "R12", "Instances only when the bid is at or above the price and the stock suffices",
            "R13", "Otherwise the job waits (Bidding on Lingjun) and DLC keeps applying",
            "R14", "Prices follow supply and demand; up to 90% below pay-as-you-go",
            "R15", "Any tenant can take spot capacity; released when the protection period ends",
            "R16", "General-purpose: released when the bid is below the market price, or on no stock",
            "R17", "Lingjun: released when the bid is below the AVERAGE price, or on no stock",
            "R18", "A release may come without notice",
            "R19", "A released job fails and stops running",
            "R20", "With fault tolerance a released Lingjun job rebids and resumes when the average falls below its bid",
            "R21", "Interruptible, fault-tolerant jobs suit spot: an interrupted job resumes and finishes",
            "R22", "Pay-as-you-go at the market price",
            "R23", "Bills carry acs:pai:dlc:payType=spot (next day at the vendor, at once in the mock)",
            "R24", "Jobs on the same resources over the same period are charged the same",
            "R25", "Every job status, with ReasonCode/Message, StatusHistory, RestartTimes, RestartRecord, "
                    + "CurrentSpotInstanceType",
            "R26", "ListEcsSpecs SpotStockStatus and NonProtectSpotDiscount; ElasticSpotJobMaxRestartTimes; "
                    + "EnableErrorMonitoringInAIMaster",
            "M1", "A pool: region, type, spec, capacity, original price, floor 10% and ceiling 100%",
            "M2", "Each tick the price moves toward floor + range × utilisation², seeded noise; reproducible",
            "M3", "Average price: time-weighted mean over the trailing 60 minutes",
            "M4", "A discount bid is worth fraction × original price; a tie wins",
            "M5", "Gang allocation: all pods of all roles at once, or none",
            "M6", "Queue by priority, then submission; a job that does not fit does not block a smaller one",
            "M7", "Protection 60 min by default, per pool; capacity loss takes unprotected newest first",
            "M8", "Allocation and release re-evaluated at each event, in virtual-time order",
            "M9", "No notice by default; an optional PreemptionWarning that many seconds ahead",
            "M10", "Creating → Queuing/Bidding → EnvPreparing → Running → Succeeded/Failed; StopJob; release fails it",
            "M11", "Fault tolerance: Restarting → Bidding, RestartTimes/RestartRecord grow, budget 10 by default",
            "M12", "Simulated work: sum of sleeps, echo lines as logs, exit N ≠ 0 fails",
            "M13", "Billing per second at the market price, one record per instance and price segment",
            "M14", "SpotStockStatus WithStock while capacity is free, else NoStock",
            "M15", "EnvPreparing 30 s between allocation and Running; billing starts at allocation",
            "M16", "A price set through the control API or a trace is pinned until Auto",
            "M17", "General-purpose bids meet the market price, Lingjun the average; stock counts for both");

    @Test
    void everySpotRuleHasAContractTestNamedAfterIt() throws IOException {
        Map<String, List<String>> testsByRule = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Class<?> type : ReflectionSupport.findAllClassesInPackage(getClass().getPackageName(), c -> true, n -> true)) {
            for (Method method : type.getDeclaredMethods()) {
                Matcher id = RULE_PREFIX.matcher(method.getName());
                if (!AnnotationSupport.isAnnotated(method, Test.class) || !id.find()) {
                    continue;
                }
                String test = type.getSimpleName() + "#" + method.getName();
                if (RULES.containsKey(id.group(1))) {
                    testsByRule.computeIfAbsent(id.group(1), k -> new ArrayList<>()).add(test);
                } else {
                    unknown.add(test);
                }
            }
        }
        testsByRule.values().forEach(tests -> tests.sort(null));

        List<String> missing = RULES.keySet().stream().filter(id -> !testsByRule.containsKey(id)).toList();
        System.out.println("Spot rules covered: " + testsByRule.size() + "/" + RULES.size());
        writeTable(testsByRule);
        assertThat(unknown).as("tests named after rules that do not exist").isEmpty();
        assertThat(missing).as("rules without a contract test").isEmpty();
    }

    private static void writeTable(Map<String, List<String>> testsByRule) throws IOException {
        StringBuilder table = new StringBuilder("| rule | what it says (short) | test |\n|---|---|---|\n");
        RULES.forEach((id, text) -> table.append("| ").append(id).append(" | ").append(text).append(" | ")
                .append(String.join("<br>", testsByRule.getOrDefault(id, List.of("**missing**")).stream()
                        .map(test -> "`" + test + "`").toList())).append(" |\n"));
        Files.createDirectories(TABLE.getParent());
        Files.writeString(TABLE, table, StandardCharsets.UTF_8);
    }

    private static Map<String, String> rules(String... idsAndTexts) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            rules.put(idsAndTexts[i], idsAndTexts[i + 1]);
        }
        return rules;
    }
}
