package gongkai.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public survey page on a phone (issue 5): no login, the demo-like questionnaire of a fresh tenant, a missing
 * answer shown beside its question, submitted once, thanked; the response is in the database and the same browser
 * cannot answer for the same unit again. Closed, not yet open and unknown links say so; every other view still asks
 * for a login. A printed access code in the link admits one response.
 */
class SurveyPageUiIT {

    @Test
    void a_phone_fills_the_survey_without_login_and_the_same_browser_cannot_answer_the_same_unit_twice() throws Exception {
        TestTenant t = TestTenant.create("sv-page");
        String slug = PublicSurveyIT.openCampaign(t, "page");
        try (Browser browser = Browser.phone()) {
            try {
                browser.open("/s/" + slug);
                firstLoad(browser);
                browser.awaitText("评议" + t.suffix);
                browser.awaitText("政务公开社会评议问卷");
                assertThat(browser.driver.getCurrentUrl()).as("no login asked").contains("/s/" + slug);
                assertThat(width(browser)).as("a phone-sized viewport").isLessThanOrEqualTo(400);

                // submitting with nothing answered: the errors show beside the questions, nothing is stored
                chooseUnit(browser, "单位edu" + t.suffix);
                click(browser, By.id("survey-submit"));
                browser.awaitText("此题为必答题");
                assertThat(browser.await(By.id("q-content")).getAttribute("class")).contains("gk-invalid");
                assertThat(PublicSurveyIT.stored(slug)).isZero();

                answerRequired(browser);
                browser.awaitText("已答 7 / 11 题");
                assertThat(browser.await(By.id("q-content")).getAttribute("class")).doesNotContain("gk-invalid");
                click(browser, By.cssSelector("#q-overall-rating-field vaadin-radio-button:nth-of-type(9)"));
                click(browser, By.cssSelector("#q-suggestions-field textarea"));
                browser.await(By.cssSelector("#q-suggestions-field textarea")).sendKeys("希望多公开预算");
                click(browser, By.cssSelector("#q-channels-used-field vaadin-checkbox > label"));
                click(browser, By.cssSelector("#q-respondent-field vaadin-radio-button > label"));
                browser.awaitText("已答 11 / 11 题");
                browser.screenshot("survey-page-filled");
                click(browser, By.id("survey-submit"));
                browser.await(By.id("survey-thanks"));
                browser.awaitText("感谢您对单位edu" + t.suffix + "的评价");
                browser.screenshot("survey-page-thanks");

                try (Connection c = Server.get().ownerConnection(); PreparedStatement s = c.prepareStatement(
                        "select u.code, r.answers->>'content', r.answers->>'overall-rating', r.answers->>'suggestions',"
                                + " r.answers->'channels-used'->>0, r.browser_token_hash, r.address_hash, r.idempotency_key"
                                + " from survey_response r join campaign c on c.tenant_id = r.tenant_id and c.id = r.campaign_id"
                                + " join assessed_unit u on u.tenant_id = r.tenant_id and u.id = r.unit_id where c.slug = ?")) {
                    s.setString(1, slug);
                    try (ResultSet rs = s.executeQuery()) {
                        assertThat(rs.next()).as("the response is stored").isTrue();
                        assertThat(rs.getString(1)).isEqualTo("edu-" + t.suffix);
                        assertThat(rs.getString(2)).isEqualTo("SATISFIED");
                        assertThat(rs.getString(3)).isEqualTo("8");
                        assertThat(rs.getString(4)).isEqualTo("希望多公开预算");
                        assertThat(rs.getString(5)).isEqualTo("website");
                        assertThat(rs.getString(6)).as("browser token hash").hasSize(64);
                        assertThat(rs.getString(7)).as("address kept as a salted hash only").hasSize(64)
                                .doesNotContain("127.0.0.1");
                        assertThat(rs.getString(8)).as("idempotency key").isNotBlank();
                        assertThat(rs.next()).as("exactly one response").isFalse();
                    }
                }

                // the same browser, a fresh page, the same unit: refused with a friendly message, nothing stored
                browser.open("/s/" + slug);
                browser.awaitText("评议" + t.suffix);
                chooseUnit(browser, "单位edu" + t.suffix);
                answerRequired(browser);
                click(browser, By.id("survey-submit"));
                browser.awaitText("您已经评价过该单位");
                browser.screenshot("survey-page-second");
                assertThat(PublicSurveyIT.stored(slug)).isEqualTo(1);

                // the other unit is still open to this browser
                chooseUnit(browser, "单位fin" + t.suffix);
                click(browser, By.id("survey-submit"));
                browser.await(By.id("survey-thanks"));
                assertThat(PublicSurveyIT.stored(slug)).isEqualTo(2);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("survey-page-failure");
                throw e;
            }
        }
    }

    @Test
    void the_page_speaks_english_on_request_and_says_when_a_survey_is_closed_not_open_or_unknown() throws Exception {
        TestTenant t = TestTenant.create("sv-states");
        String open = PublicSurveyIT.openCampaign(t, "open");
        LocalDateTime now = LocalDateTime.now();
        String closed = PublicSurveyIT.campaign(t, "closed", now.minusDays(30), now.minusDays(1));
        String scheduled = PublicSurveyIT.campaign(t, "later", now.plusDays(3), now.plusDays(30));
        try (Browser browser = Browser.phone()) {
            try {
                browser.open("/s/" + open);
                firstLoad(browser);
                browser.awaitText("政务公开社会评议问卷");
                browser.await(By.id("survey-lang-en")).click();
                browser.awaitText("Government openness survey");
                browser.awaitText("Fairly satisfied");
                browser.awaitText("questions answered");
                browser.await(By.id("survey-lang-zh-Hans")).click();
                browser.awaitText("比较满意");

                browser.open("/s/" + closed);
                browser.await(By.id("survey-closed"));
                browser.awaitText("问卷已于");
                assertThat(browser.driver.findElements(By.id("survey-submit"))).isEmpty();

                browser.open("/s/" + scheduled);
                browser.await(By.id("survey-not-open"));
                browser.awaitText("问卷尚未开始");

                browser.open("/s/no-such-survey-" + t.suffix);
                browser.awaitText("找不到该问卷");

                // the survey page is the only view open without login
                browser.open("/units");
                browser.await(By.id("vaadinLoginUsername"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("survey-states-failure");
                throw e;
            }
        }
    }

    @Test
    void a_printed_access_code_in_the_link_admits_one_response_and_its_second_use_is_refused_beside_the_code()
            throws Exception {
        TestTenant t = TestTenant.create("sv-code");
        LocalDateTime now = LocalDateTime.now();
        Api.Reply created = t.office().post(t.path("/campaigns"), java.util.Map.of("code", "onsite",
                "names", java.util.Map.of("zhHans", "现场评议" + t.suffix),
                "unitCodes", java.util.List.of("edu-" + t.suffix, "fin-" + t.suffix),
                "opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(10).toString(),
                "requiresAccessCode", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String slug = created.json().get("slug").asText();
        Api.Reply issued = t.office().post(t.path("/campaigns/onsite/access-codes"), java.util.Map.of("count", 1));
        String url = issued.json().at("/codes/0/url").asText();
        String code = issued.json().at("/codes/0/code").asText();
        try (Browser browser = Browser.phone()) {
            try {
                // without the code: asked for beside its field
                browser.open("/s/" + slug);
                firstLoad(browser);
                browser.awaitText("现场评议" + t.suffix);
                chooseUnit(browser, "单位edu" + t.suffix);
                answerRequired(browser);
                click(browser, By.id("survey-submit"));
                browser.awaitText("请填写卡片上的访问码");
                assertThat(PublicSurveyIT.stored(slug)).isZero();

                // the link printed with the code fills it in
                browser.driver.get(url);
                browser.awaitText("现场评议" + t.suffix);
                assertThat(browser.await(By.cssSelector("#survey-access-code input")).getAttribute("value"))
                        .isEqualTo(code);
                chooseUnit(browser, "单位edu" + t.suffix);
                answerRequired(browser);
                click(browser, By.id("survey-submit"));
                browser.await(By.id("survey-thanks"));
                assertThat(PublicSurveyIT.stored(slug)).isEqualTo(1);

                // the same card again, for the other unit
                browser.driver.get(url);
                browser.awaitText("现场评议" + t.suffix);
                chooseUnit(browser, "单位fin" + t.suffix);
                answerRequired(browser);
                click(browser, By.id("survey-submit"));
                browser.awaitText("该访问码已使用过");
                assertThat(PublicSurveyIT.stored(slug)).isEqualTo(1);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("survey-code-failure");
                throw e;
            }
        }
    }

    /** The first page of a JVM's first UI loads Vaadin's bundle: slow on a loaded 2-core machine. */
    static void firstLoad(Browser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(180))
                .until(d -> !d.findElements(By.id("survey-page")).isEmpty());
    }

    static void chooseUnit(Browser browser, String name) {
        click(browser, By.xpath("//*[@id='survey-unit']//vaadin-radio-button[contains(., '" + name + "')]"));
    }

    /** Scrolls the element to the middle (clear of the sticky progress bar), then taps it. */
    static void click(Browser browser, By by) {
        WebElement element = browser.await(by);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The seven required satisfaction questions of the default questionnaire, each answered 满意. */
    static void answerRequired(Browser browser) {
        for (String q : PublicSurveyIT.REQUIRED) {
            click(browser, By.cssSelector("#q-" + q + "-field vaadin-radio-button"));
        }
    }

    static long width(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth");
    }
}
