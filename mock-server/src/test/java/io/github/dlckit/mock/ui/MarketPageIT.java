package io.github.dlckit.mock.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.control.PoolView;
import io.github.dlckit.model.json.DlcJson;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in a real browser (headless chromium): a scripted market with four jobs, steered from the page's
 * own controls, checked against the control API. Every wait is on a condition of the page, never a sleep; the
 * mock's clock is virtual, so only the page's clicks move it. Screenshots land in {@code target/ui-screenshots/}.
 */
class MarketPageIT {

    private static final Instant START = Instant.parse("2026-11-29T00:00:00Z");
    private static final String POOL = "ecs.g7.xlarge";
    private static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static DlcMockServer mock;
    private static HeadlessChromium chromium;

    private final Map<String, String> jobIds = new LinkedHashMap<>();
    private WebDriverWait wait;

    @BeforeAll
    static void startMockAndBrowser() {
        mock = DlcMockServer.builder().seed(7).startTime(START).start();
        chromium = new HeadlessChromium(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (mock != null) {
            mock.close();
        }
    }

    /** The scenario: the pool's price pinned at 0.004 CNY/min; three spot bids around it and one plain job. */
    @BeforeEach
    void scriptTheMarket() {
        mock.control().reset();
        control("PUT", "/pools/" + POOL, "{\"MarketPrice\": 0.004}");
        jobIds.put("steady", Jobs.create(SignedCall.to(mock), spotJob("steady", "0.0117")));
        jobIds.put("thrifty", Jobs.create(SignedCall.to(mock), spotJob("thrifty", "0.005")));
        jobIds.put("patient", Jobs.create(SignedCall.to(mock), spotJob("patient", "0.002")));
        jobIds.put("quick", Jobs.create(SignedCall.to(mock), Jobs.CREATE_BODY.replace("http-test", "quick")));
        chromium.driver().manage().window().setSize(new Dimension(1280, 800));
        chromium.driver().get(mock.webPageUrl().orElseThrow());
        wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(15), Duration.ofMillis(100));
        waitForClock();
    }

    @AfterEach
    void screenshotAndConsole(TestInfo test) {
        chromium.screenshot(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
        assertThat(chromium.consoleErrors()).as("errors in the browser console").isEmpty();
    }

    @Test
    void showsThePoolsOfAScriptedScenario() {
        List<PoolView> pools = mock.control().pools();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#pools .pool"), pools.size()));
        for (PoolView pool : pools) {
            assertThat(figure(pool.ecsSpec(), "Capacity")).isEqualTo(String.valueOf(pool.capacity()));
            assertThat(new BigDecimal(figure(pool.ecsSpec(), "MarketPrice"))).isEqualByComparingTo(pool.marketPrice());
        }
        assertThat(figure(POOL, "MarketPrice")).isEqualTo("0.004");
        assertThat(find("#pools .pool[data-pool='" + POOL + "'] canvas").isDisplayed()).isTrue();
        assertThat(new Select(find("#pool-select")).getOptions()).hasSize(pools.size());
    }

    @Test
    void followsAChangeMadeElsewhere_withoutAReload() {
        Object page = chromium.driver().executeScript("return window.performance.timeOrigin;");
        control("PUT", "/pools/" + POOL, "{\"Capacity\": 150}");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(
                "#pools .pool[data-pool='" + POOL + "'] dd[data-field=Capacity]"), "150"));
        assertThat(chromium.driver().executeScript("return window.performance.timeOrigin;")).isEqualTo(page);
    }

    @Test
    void showsTheJobsOfAScriptedScenario() {
        requireRoute("GET /mock/v1/jobs");
        JsonNode jobs = control("GET", "/jobs", null).path("Jobs");
        assertThat(jobs).hasSize(4);
        for (JsonNode job : jobs) {
            wait.until(ExpectedConditions.textToBe(jobCell(job.path("JobId").asText(), "status", ".status"),
                    job.path("Status").asText()));
        }
        assertThat(text(jobCell(jobIds.get("patient"), "bid", ""))).isEqualTo("0.002");
        assertThat(text(jobCell(jobIds.get("patient"), "status", ".status"))).isIn("Queuing", "Bidding");
        assertThat(find("#pools .pool[data-pool='" + POOL + "'] .u-legend").getText())
                .contains("Bid steady", "Bid thrifty", "Bid patient");

    }

    /** A mock of the first edition had no jobs, savings, history or preemption routes: the page says so. */
    @Test
    void onAMockWithoutTheNewerRoutes_thePageSaysWhatIsNotAvailable() {
        StubMapping olderMock = mock.wireMock().stubFor(get(urlPathEqualTo("/mock/ui/routes.json")).atPriority(1)
                .willReturn(okJson("{\"Routes\": [\"GET /mock/v1/clock\", \"POST /mock/v1/clock/advance\", "
                        + "\"POST /mock/v1/reset\", \"GET /mock/v1/pools\", \"PUT /mock/v1/pools/{EcsSpec}\", "
                        + "\"GET /mock/v1/billing\"]}")));
        try {
            chromium.driver().navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobs-unavailable")));
            assertThat(text(By.id("jobs-unavailable"))).contains("not available in this mock");
            assertThat(text(By.id("savings-total"))).isEqualTo("not available in this mock");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#pools .pool canvas"),
                    mock.control().pools().size()));
            advanceFromPage("#advance-60", Duration.ofSeconds(60));
        } finally {
            mock.wireMock().removeStub(olderMock);
        }
    }

    @Test
    void advancingTheClockFromThePageChangesAJobsStatus() {
        requireRoute("GET /mock/v1/jobs");
        String quick = jobIds.get("quick");
        String before = statusOf(quick);
        assertThat(before).isIn("Queuing", "EnvPreparing", "Running");
        wait.until(ExpectedConditions.textToBe(jobCell(quick, "status", ".status"), before));

        find("#advance-600").click();

        wait.until(ExpectedConditions.textToBe(jobCell(quick, "status", ".status"), "Succeeded"));
        assertThat(text(By.id("now"))).isEqualTo(mock.control().now().toString());
        assertThat(mock.control().now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        SignedCall.Reply job = SignedCall.to(mock).roa().op("GetJob", "GET", "/api/v1/jobs/" + quick).send();
        assertThat(job.json().path("Status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void raisingThePriceAboveABidFromThePageShowsTheJobPreempted() {
        requireRoute("GET /mock/v1/jobs");
        String thrifty = jobIds.get("thrifty");
        find("#advance-60").click();
        wait.until(ExpectedConditions.textToBe(jobCell(thrifty, "status", ".status"), "Running"));

        new Select(find("#pool-select")).selectByValue(POOL);
        WebElement price = find("#pool-price");
        price.clear();
        price.sendKeys("0.006");
        find("#set-price").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(
                "#pools .pool[data-pool='" + POOL + "'] dd[data-field=MarketPrice]"), "0.006"));
        find("#advance-3600").click(); // past the hour of protection

        wait.until(ExpectedConditions.visibilityOfElementLocated(jobCell(thrifty, "status", ".badge")));
        assertThat(text(jobCell(thrifty, "status", ".badge"))).startsWith("preempted");
        assertThat(text(jobCell(thrifty, "status", ".status"))).isEqualTo("Failed");
        assertThat(text(jobCell(jobIds.get("steady"), "status", ".status"))).isEqualTo("Running");
        assertThat(find("tr[data-job='" + thrifty + "'] .timeline .mark").isDisplayed()).isTrue();
        assertThat(statusOf(thrifty)).isEqualTo("Failed");

        chromium.driver().manage().window().setSize(new Dimension(1280, 900));
        chromium.screenshot(SCREENSHOTS.resolve("overview.png")); // the README's picture
    }

    @Test
    void preemptingAJobFromThePage() {
        requireRoute("GET /mock/v1/jobs");
        requireRoute("POST /mock/v1/jobs/{JobId}/preempt");
        String steady = jobIds.get("steady");
        find("#advance-60").click();
        wait.until(ExpectedConditions.textToBe(jobCell(steady, "status", ".status"), "Running"));
        assertThat(find("#preempt-" + jobIds.get("patient")).isEnabled()).as("a waiting job holds nothing").isFalse();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("preempt-" + steady))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Preempted " + steady));
        wait.until(ExpectedConditions.textToBe(jobCell(steady, "status", ".status"), statusOf(steady)));
        assertThat(statusOf(steady)).isEqualTo("Failed");
        wait.until(ExpectedConditions.visibilityOfElementLocated(jobCell(steady, "status", ".badge")));
    }

    @Test
    void theBillShownEqualsTheControlApis() {
        advanceFromPage("#advance-3600", Duration.ofSeconds(3600));
        BigDecimal total = mock.control().billing(null).total();
        assertThat(total).isPositive();
        wait.until(driver -> amount(text(By.id("bill-total"))).subtract(total).abs().compareTo(CENT_MICRO) <= 0);
    }

    @Test
    void theSavingsShownEqualTheControlApis() {
        requireRoute("GET /mock/v1/jobs");
        requireRoute("GET /mock/v1/savings");
        advanceFromPage("#advance-3600", Duration.ofSeconds(3600));
        String steady = jobIds.get("steady");
        JsonNode savings = control("GET", "/savings?JobId=" + steady, null).path("Jobs").get(0);
        wait.until(driver -> amount(text(jobCell(steady, "cost", ""))).subtract(savings.path("SpotCost")
                .decimalValue()).abs().compareTo(CENT_MICRO) <= 0);
        assertThat(amount(text(jobCell(steady, "saved", ""))))
                .isEqualByComparingTo(savings.path("SavingsPercent").decimalValue());

        find("#details-" + steady).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-savings")));
        assertThat(amount(text(By.cssSelector("#detail-savings dd[data-field=OnDemandCost]")))
                .subtract(savings.path("OnDemandCost").decimalValue()).abs()).isLessThanOrEqualTo(CENT_MICRO);
        int billLines = mock.control().billing(steady).records().size();
        assertThat(billLines).isPositive();
        assertThat(chromium.driver().findElements(By.cssSelector("#detail-bill tbody tr"))).hasSize(billLines);
    }

    @Test
    void narrowScreenAndKeyboard() {
        chromium.driver().manage().window().setSize(new Dimension(390, 844));
        Object overflow = chromium.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on a narrow screen").isLessThanOrEqualTo(0);
        Object unnamed = chromium.driver().executeScript("return Array.from(document.querySelectorAll("
                + "'input, select, button')).filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.textContent.trim()).map(e => e.outerHTML);");
        assertThat((List<?>) unnamed).as("controls without a label").isEmpty();

        Instant expected = mock.control().now().plusSeconds(120);
        WebElement minutes = find("#advance-minutes");
        minutes.clear();
        minutes.sendKeys("2", Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("now"), expected.toString()));
        assertThat(mock.control().now()).isEqualTo(expected);
    }

    // ---- helpers ----

    /** The page shows amounts to 6 decimals. */
    private static final BigDecimal CENT_MICRO = new BigDecimal("0.0000005");

    /** The page calls only the routes the mock lists; these tests need the route listed. */
    private static void requireRoute(String route) {
        assertThat(routes()).as("routes.json").contains("\"" + route + "\"");
    }

    private static String routes() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(mock.webPageUrl().orElseThrow() + "routes.json"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("routes.json", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("routes.json", e);
        }
    }

    private static String spotJob(String name, String bid) {
        return Jobs.spotBody(bid).replace("spot-test", name).replace("sleep 3600", "sleep 7200");
    }

    /**
     * Clicks an advance button and waits until the page shows the new time: the expected time is taken before the
     * click, since the mock's clock read just after it may not have moved yet.
     */
    private void advanceFromPage(String button, Duration by) {
        String expected = mock.control().now().plus(by).toString();
        find(button).click();
        wait.until(ExpectedConditions.textToBe(By.id("now"), expected));
    }

    private void waitForClock() {
        wait.until(ExpectedConditions.textToBe(By.id("now"), mock.control().now().toString()));
    }

    private WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by)).getText().trim();
    }

    private String figure(String pool, String field) {
        return text(By.cssSelector("#pools .pool[data-pool='" + pool + "'] dd[data-field=" + field + "]"));
    }

    private static By jobCell(String jobId, String field, String inner) {
        return By.cssSelector("tr[data-job='" + jobId + "'] td[data-field=" + field + "] " + inner);
    }

    /** A shown amount such as {@code ¥0.0123} or {@code 67.5 %} as a number. */
    private static BigDecimal amount(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.\\-]", ""));
    }

    private String statusOf(String jobId) {
        for (JsonNode job : control("GET", "/jobs", null).path("Jobs")) {
            if (job.path("JobId").asText().equals(jobId)) {
                return job.path("Status").asText();
            }
        }
        throw new AssertionError("no job " + jobId + " in GET /mock/v1/jobs");
    }

    /** One control API call, as the page makes it. */
    private static JsonNode control(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/mock/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
            return DlcJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path, e);
        }
    }
}
