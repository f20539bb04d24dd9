package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office reads a campaign's results in a real browser (issue 5): the rate, its Wilson interval, the score and
 * the level shown are the API's, both figures; keeping a flagged response in the review changes the second figure
 * as the API does.
 */
class CampaignResultsUiIT {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    @Test
    void the_figures_shown_match_the_api_before_and_after_a_review() throws Exception {
        TestTenant t = TestTenant.create("res-ui");
        String slug = PublicSurveyIT.openCampaign(t, "pub");
        CampaignResultsIT.threeResponses(t, slug);
        String edu = "edu-" + t.suffix;

        try (Browser browser = new Browser(1600, 1000)) {
            try {
                QuestionnaireBuilderUiIT.login(browser, t);
                browser.open("/campaigns");
                browser.await(By.id("results-pub")).click();
                browser.await(By.id("all-rate-" + edu));
                JsonNode figures = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0");
                assertShown(browser, "all", edu, figures.get("allResponses"));
                assertShown(browser, "excluding", edu, figures.get("excludingFlagged"));
                assertThat(browser.await(By.id("all-warning-" + edu)).getText()).isEqualTo("样本不足");
                assertThat(browser.driver.findElements(By.cssSelector("#chart-levels svg rect"))).isNotEmpty();

                browser.await(By.xpath("//vaadin-tab[contains(., '质量审查')]")).click();
                String flagged = t.office().get(t.path("/campaigns/pub/flagged-responses")).json().get(0).get("id").asText();
                browser.await(By.id("keep-" + flagged)).click();
                browser.waiting(Duration.ofSeconds(30)).until(d ->
                        t.office().get(t.path("/campaigns/pub/results")).json()
                                .at("/units/0/excludingFlagged/counted").asLong() == 2);
                browser.await(By.xpath("//vaadin-tab[contains(., '各单位结果')]")).click();
                JsonNode after = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0/excludingFlagged");
                browser.waiting(Duration.ofSeconds(30))
                        .until(d ->
                        numbers(d.findElement(By.id("excluding-rate-" + edu)).getText()).size() == 3
                                && numbers(d.findElement(By.id("excluding-rate-" + edu)).getText()).get(0)
                                .compareTo(after.get("satisfactionRate").decimalValue()) == 0);
                assertShown(browser, "excluding", edu, after);
                browser.screenshot("campaign-results");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("campaign-results-failure");
                throw e;
            }
        }
    }

    private static void assertShown(Browser browser, String which, String unit, JsonNode f) {
        List<BigDecimal> rate = numbers(browser.await(By.id(which + "-rate-" + unit)).getText());
        if (f.get("satisfactionRate").isNull()) {
            assertThat(rate).isEmpty();
        } else {
            assertThat(rate).hasSize(3);
            assertThat(rate.get(0)).isEqualByComparingTo(f.get("satisfactionRate").decimalValue());
            assertThat(rate.get(1)).isEqualByComparingTo(f.get("rateLower").decimalValue());
            assertThat(rate.get(2)).isEqualByComparingTo(f.get("rateUpper").decimalValue());
        }
        List<BigDecimal> score = numbers(browser.await(By.id(which + "-score-" + unit)).getText());
        if (f.get("score").isNull()) {
            assertThat(score).isEmpty();
        } else {
            assertThat(score).singleElement().satisfies(s -> assertThat(s).isEqualByComparingTo(f.get("score").decimalValue()));
        }
        String level = browser.await(By.id(which + "-level-" + unit)).getText();
        String expected = switch (f.get("level").asText("")) {
            case "SATISFIED" -> "满意";
            case "BASICALLY_SATISFIED" -> "基本满意";
            case "DISSATISFIED" -> "不满意";
            default -> "–";
        };
        assertThat(level).isEqualTo(expected);
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(new BigDecimal(m.group()));
        }
        return found;
    }
}
