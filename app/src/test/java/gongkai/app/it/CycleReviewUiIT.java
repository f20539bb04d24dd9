package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gongkai.app.it.CycleUiIT.click;
import static gongkai.app.it.CycleUiIT.inView;
import static gongkai.app.it.CycleUiIT.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 in a real browser, from the review on: a cycle is driven through REST to the review; the unit's liaison
 * contests an indicator (a reason is required, beside the field as it is typed, and an empty one sends nothing); the
 * office accepts one request with a new score and rejects another, each with a reason; after the leading group's
 * approval the results table shows the locked grades, a unit's score is explained in Chinese, and the office
 * publishes. The public results page then shows the units and grades without login, and no unpublished cycle.
 */
class CycleReviewUiIT {

    @Test
    void a_unit_contests_the_office_decides_with_reasons_publishes_and_the_public_page_shows_the_grades()
            throws Exception {
        TestTenant t = TestTenant.create("cycrev").coveringComingYears();
        Api office = t.office();
        Api assessor = t.users.get("ASSESSOR");
        Api healthLiaison = t.createUser("liaison-h", "UNIT_LIAISON", "health-" + t.suffix);
        String edu = "edu-" + t.suffix;
        String health = "health-" + t.suffix;
        String cycle = t.path("/cycles/annual");
        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2026, "template", "jinchang-2022"))
                .status()).isEqualTo(201);
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), Map.of()).status()).isEqualTo(200);
        assertThat(office.post(t.path("/cycles"), Map.of("code", "annual", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu, health))).status()).isEqualTo(201);
        // a second cycle that is never published: the public page must not show it
        assertThat(office.post(t.path("/cycles"), Map.of("code", "unpublished-q1", "schemeCode", "jc",
                "schemeVersion", 1, "period", "2026-Q1", "unitCodes", List.of(edu))).status()).isEqualTo(201);
        for (String unit : List.of(edu, health)) {
            assertThat(office.put(cycle + "/units/" + unit + "/assessors", Map.of("usernames",
                    List.of(t.username("assessor")))).status()).isEqualTo(200);
        }
        CycleLifecycleIT.move(office, cycle, "notify", Map.of("noticeDate", "2026-03-01"));
        CycleLifecycleIT.move(office, cycle, "open-self-assessment", Map.of());
        CycleLifecycleIT.move(office, cycle, "start-assessment", Map.of("startDate", "2026-03-16"));
        // edu: 98 points and bonuses over the cap (Jinchang 2022 Art. 13); health: 83 points
        Map<String, Object> eduScores = CycleLifecycleIT.full();
        eduScores.put("mechanisms", Map.of("points", 8, "comment", "培训记录不全"));
        CycleLifecycleIT.score(assessor, cycle, edu, eduScores, Map.of("bonuses", List.of(
                Map.of("code", "upper-commendation", "count", 4), Map.of("code", "media-feature", "count", 3))));
        Map<String, Object> healthScores = new LinkedHashMap<>();
        Map<String, Integer> healthPoints = Map.of("organisation", 9, "mechanisms", 8, "proactive-disclosure", 12,
                "policy-interpretation", 8, "responding-to-concerns", 8, "public-participation", 8, "requests", 12,
                "platforms", 13, "other", 5);
        healthPoints.forEach((code, points) -> healthScores.put(code, points.equals(CycleLifecycleIT.MAX.get(code))
                ? Map.of("points", points) : Map.of("points", points, "comment", "扣分原因" + code)));
        CycleLifecycleIT.score(assessor, cycle, health, healthScores, Map.of());
        CycleLifecycleIT.move(office, cycle, "compute-preliminary", Map.of());
        CycleLifecycleIT.move(office, cycle, "open-review", Map.of());
        assertThat(healthLiaison.post(cycle + "/units/" + health + "/review-requests",
                Map.of("indicator", "requests", "reason", "依申请公开答复均在法定期限内")).status()).isEqualTo(201);

        // The edu liaison contests "mechanisms": without a reason nothing is sent, the field says why.
        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t.username("liaison"));
                browser.open("/cycles/annual");
                click(browser, By.id("review-request"));
                WebElement indicator = browser.await(By.id("review-indicator")).findElement(By.cssSelector("input"));
                indicator.sendKeys("mechanisms");
                browser.await(By.xpath("//vaadin-combo-box-item[contains(., 'mechanisms')]")).click();
                String before = CycleLifecycleIT.fingerprint(t);
                click(browser, By.id("review-send"));
                browser.awaitText("请填写理由");
                assertThat(browser.await(By.id("review-reason")).getDomAttribute("invalid")).isNotNull();
                assertThat(CycleLifecycleIT.fingerprint(t)).as("an empty reason sends nothing").isEqualTo(before);
                By reason = By.cssSelector("#review-reason textarea");
                type(browser, reason, "培训记录已在考核前补充");
                browser.waiting(Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.id("review-reason")).getDomAttribute("invalid") == null);
                type(browser, reason, Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                browser.waiting(Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.id("review-reason")).getDomAttribute("invalid") != null);
                type(browser, reason, "培训记录已在考核前补充");
                click(browser, By.id("review-send"));
                browser.await(By.id("reviews-grid"));
                browser.awaitText("培训记录已在考核前补充");
                browser.screenshot("review-requested");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("review-request-failure");
                throw e;
            }
        }
        JsonNode requests = office.get(cycle + "/review-requests").json();
        assertThat(requests).hasSize(2);

        // The office accepts edu's request with a new score and rejects health's, each with a reason.
        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t.username("office"));
                browser.open("/cycles/annual");
                click(browser, By.id("decide-" + edu + "-mechanisms"));
                click(browser, By.cssSelector("#decision-accepted vaadin-radio-button:nth-of-type(1) > label"));
                CycleUiIT.setNumber(browser, By.id("decision-score"), "10");
                String before = CycleLifecycleIT.fingerprint(t);
                click(browser, By.id("decision-save"));
                browser.awaitText("请填写理由");
                assertThat(browser.await(By.id("decision-reason")).getDomAttribute("invalid")).isNotNull();
                assertThat(CycleLifecycleIT.fingerprint(t)).as("a decision without a reason changes nothing")
                        .isEqualTo(before);
                type(browser, By.cssSelector("#decision-reason textarea"), "补充的培训记录属实");
                click(browser, By.id("decision-save"));
                browser.waiting(Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.id("decide-" + edu + "-mechanisms")).stream()
                                .noneMatch(WebElement::isDisplayed));

                click(browser, By.id("decide-" + health + "-requests"));
                type(browser, By.cssSelector("#decision-reason textarea"), "台账未覆盖全年");
                click(browser, By.id("decision-save"));
                browser.awaitText("台账未覆盖全年");
                browser.screenshot("review-decided");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("review-decision-failure");
                throw e;
            }
        }
        for (JsonNode request : office.get(cycle + "/review-requests").json()) {
            if (request.get("unitCode").asText().equals(edu)) {
                assertThat(request.get("accepted").asBoolean()).isTrue();
                assertThat(request.get("decidedReason").asText()).isEqualTo("补充的培训记录属实");
                assertThat(request.get("newScore").asText()).isEqualTo("10.00");
            } else {
                assertThat(request.get("accepted").asBoolean()).isFalse();
                assertThat(request.get("decidedReason").asText()).isEqualTo("台账未覆盖全年");
            }
        }
        assertThat(office.get(cycle + "/units/" + edu + "/scores").json().at("/scores/mechanisms/points")
                .decimalValue()).isEqualByComparingTo("10");

        // The review window ends (moved into the past rather than waited for); the leading group approves.
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update cycle set review_window_end = now() - interval '1 minute',"
                    + " review_window_due = current_date - 1 where code = 'annual' and tenant_id ="
                    + " (select id from tenant where code = '" + t.code + "')")).isEqualTo(1);
        }
        CycleLifecycleIT.move(office, cycle, "close-review", Map.of());
        CycleLifecycleIT.move(office, cycle, "finalise", Map.of("approval", Map.of("reference", "金政公组〔2026〕3号",
                "approvedOn", "2026-12-01")));
        JsonNode results = office.get(cycle + "/results").json();
        assertThat(results).extracting(r -> r.get("finalGrade").asText()).containsExactly("EXCELLENT", "GOOD");
        JsonNode firstLine = results.at("/0/explanation/0");
        assertThat(firstLine.has("key")).as("the API's explanation stays kind, code and text").isFalse();
        assertThat(results.get(0).get("explanation")).anyMatch(l -> l.get("text").asText().startsWith("uncapped total"));

        // The office sees the locked grades, a score explained in its language, and publishes.
        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t.username("office"));
                browser.open("/cycles");
                assertThat(browser.await(By.id("cycles-public-page")).getDomAttribute("href"))
                        .isEqualTo("public/" + t.code + "/results");
                browser.open("/cycles/annual");
                browser.await(By.id("results-grid"));
                browser.awaitText("良好");
                click(browser, By.id("explain-" + edu));
                browser.await(By.id("explanation-grid"));
                browser.awaitText("封顶前总分");
                browser.awaitText("总分 110.00 封顶为 100.00");
                String explained = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                                + ".map(e => e.textContent).join(' ')");
                assertThat(explained).doesNotContain("uncapped total").doesNotContain("capped at")
                        .doesNotContain("lies in").contains("优秀");
                browser.screenshot("review-explained");
                new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
                browser.waiting(Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.id("explanation-grid")).stream().noneMatch(WebElement::isDisplayed));
                click(browser, By.id("move-publish"));
                click(browser, By.id("move-confirm"));
                browser.waiting(Duration.ofSeconds(30))
                        .until(d -> d.findElement(By.id("cycle-state")).getText().equals("已公布"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("review-publish-failure");
                throw e;
            }
        }
        assertThat(office.get(cycle).json().get("state").asText()).isEqualTo("PUBLISHED");

        // The public page: no login, on a phone; the published cycle's units, totals and grades; not the other.
        try (Browser phone = Browser.phone()) {
            try {
                phone.open("/public/" + t.code + "/results");
                phone.await(By.id("public-units-annual"));
                phone.awaitText("单位edu" + t.suffix);
                phone.awaitText("100.00");
                phone.awaitText("优秀");
                phone.awaitText("单位health" + t.suffix);
                phone.awaitText("良好");
                String page = (String) ((org.openqa.selenium.JavascriptExecutor) phone.driver).executeScript(
                        "return document.body.innerText");
                assertThat(page).doesNotContain("unpublished-q1").doesNotContain("2026-Q1");
                assertThat(phone.driver.findElements(By.id("public-cycle-unpublished-q1"))).isEmpty();
                Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) phone.driver).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow).as("nothing wider than the phone").isLessThanOrEqualTo(0L);
                phone.screenshot("public-results-phone");
                click(phone, By.id("public-lang-en"));
                phone.awaitText("Excellent");
                phone.awaitText("Published assessment results");
                phone.open("/public/" + t.code + "/results?lang=zh-Hant");
                phone.awaitText("優秀");
                phone.awaitText("考核結果公示");
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("public-results-failure");
                throw e;
            }
        }
    }

    /**
     * Types into a field found afresh: Vaadin may redraw a dialog's field while its validation message changes, and
     * a reference kept from before is then stale (seen once in a clean-clone run).
     */
    static void type(Browser browser, By field, CharSequence... keys) {
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> {
                    inView(browser, field).sendKeys(keys);
                    return true;
                });
    }
}
