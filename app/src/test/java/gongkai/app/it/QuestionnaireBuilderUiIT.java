package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office builds a questionnaire in a real browser (issue 5): a section from a template, a five-level question
 * with its own points, errors beside the field as it types, save; then a campaign starts using the version and the
 * builder shows the server's refusal to change it.
 */
class QuestionnaireBuilderUiIT {

    @Test
    void office_adds_a_section_and_a_satisfaction_question_with_points_sees_errors_beside_fields_and_saves() throws Exception {
        TestTenant t = TestTenant.create("builder");
        String code = "survey-" + t.suffix;
        Api.Reply created = t.office().post(t.path("/questionnaires"), Map.of("code", code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t);
                browser.open("/questionnaires");
                browser.awaitText(code);
                browser.await(By.id("open-" + code + "-1")).click();
                browser.awaitText("问卷有效");

                // a section from the "timeliness" template: its codes are renamed, it is valid at once
                WebElement template = browser.await(By.id("section-template")).findElement(By.cssSelector("input"));
                template.sendKeys("timeliness");
                browser.await(By.xpath("//vaadin-combo-box-item[contains(., 'timeliness')]")).click();
                click(browser, "section-add");
                browser.await(By.id("sections-7-code"));
                assertThat(value(browser, "sections-7-code")).isEqualTo("timeliness-2");
                browser.awaitText("问卷有效");

                // a new satisfaction question: its text is missing, which is shown beside the text field
                click(browser, "section-7-add-SATISFACTION");
                awaitInvalid(browser, "sections-7-questions-1-text-zhHans");
                browser.awaitText("问卷有问题");
                setValue(browser, "sections-7-questions-1-text-zhHans", "您对办事指南的及时更新是否满意？");
                awaitValid(browser, "sections-7-questions-1-text-zhHans");
                browser.awaitText("问卷有效");

                // points out of range: the error is beside that option's points, and goes once corrected
                setValue(browser, "sections-7-questions-1-options-1-points", "120");
                awaitInvalid(browser, "sections-7-questions-1-options-1-points");
                assertThat(browser.await(By.id("sections-7-questions-1-options-1-points")).getText())
                        .contains("points from 0 to 100");
                setValue(browser, "sections-7-questions-1-options-1-points", "90");
                awaitValid(browser, "sections-7-questions-1-options-1-points");

                // an invalid question code, then a good one
                setValue(browser, "sections-7-questions-1-code", "Bad Code");
                awaitInvalid(browser, "sections-7-questions-1-code");
                setValue(browser, "sections-7-questions-1-code", "guide-updates");
                browser.awaitText("问卷有效");

                click(browser, "questionnaire-preview");
                assertThat(browser.await(By.id("questionnaire-preview-content")).getText())
                        .contains("您对办事指南的及时更新是否满意？ *").contains("比较满意");
                // the dialog's footer button, clicked through the DOM (a tall dialog may push it out of view)
                browser.waiting(Duration.ofSeconds(30))
                        .until(d -> !d.findElements(By.id("preview-close")).isEmpty());
                ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "arguments[0].click();", browser.driver.findElement(By.id("preview-close")));
                browser.waiting(Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.id("questionnaire-preview-content")).isEmpty());

                click(browser, "questionnaire-save");
                browser.awaitText("已保存");
                JsonNode saved = t.office().get(t.path("/questionnaires/" + code + "/versions/1")).json().get("definition");
                assertThat(saved.at("/sections/7/code").asText()).isEqualTo("timeliness-2");
                assertThat(saved.at("/sections/7/questions/1/code").asText()).isEqualTo("guide-updates");
                assertThat(saved.at("/sections/7/questions/1/type").asText()).isEqualTo("SATISFACTION");
                assertThat(saved.at("/sections/7/questions/1/text/zhHans").asText()).isEqualTo("您对办事指南的及时更新是否满意？");
                assertThat(saved.at("/sections/7/questions/1/options/1/points").decimalValue()).isEqualByComparingTo("90");
                assertThat(saved.at("/sections/7/questions/1/options/0/points").decimalValue()).isEqualByComparingTo("100");

                // a campaign starts using version 1 while the builder is open: the next save is refused
                LocalDateTime now = LocalDateTime.now();
                Api.Reply campaign = t.office().post(t.path("/campaigns"), Map.of("code", "c-" + t.suffix,
                        "names", Map.of("zhHans", "评议"), "questionnaireCode", code, "questionnaireVersion", 1,
                        "unitCodes", List.of("edu-" + t.suffix), "opensAt", now.minusDays(1).toString(),
                        "closesAt", now.plusDays(5).toString()));
                assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
                setValue(browser, "sections-7-questions-1-options-1-points", "85");
                click(browser, "questionnaire-save");
                browser.awaitText("cannot change");
                browser.screenshot("questionnaire-builder");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("questionnaire-builder-failure");
                throw e;
            }
        }
        JsonNode kept = t.office().get(t.path("/questionnaires/" + code + "/versions/1")).json();
        assertThat(kept.at("/state").asText()).isEqualTo("PUBLISHED");
        assertThat(kept.at("/definition/sections/7/questions/1/options/1/points").decimalValue()).isEqualByComparingTo("90");
    }

    static void login(Browser browser, TestTenant t) {
        browser.open("/login");
        browser.type(By.id("vaadinLoginUsername"), t.username("office"));
        browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
        browser.awaitText("欢迎");
    }

    private static String value(Browser browser, String id) {
        return browser.await(By.id(id)).findElement(By.cssSelector("input")).getDomProperty("value");
    }

    /** Clicks through the DOM (the builder's page is long; a pointer click may land outside the view). */
    static void click(Browser browser, String id) {
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
        WebElement element = browser.driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static void setValue(Browser browser, String id, String value) {
        WebElement input = browser.await(By.id(id)).findElement(By.cssSelector("input"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private static void awaitInvalid(Browser browser, String id) {
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id(id)).getDomAttribute("invalid") != null);
    }

    private static void awaitValid(Browser browser, String id) {
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id(id)).getDomAttribute("invalid") == null);
    }
}
