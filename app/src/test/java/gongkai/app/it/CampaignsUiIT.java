package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The office creates a campaign in a real browser (issue 5): a bad code is shown beside its field; the link is listed. */
class CampaignsUiIT {

    @Test
    void office_creates_a_campaign_over_a_unit_with_the_built_in_questionnaire_and_sees_its_public_link() throws Exception {
        TestTenant t = TestTenant.create("camp-ui");
        String code = "eval-" + t.suffix;
        try (Browser browser = new Browser(1400, 1000)) {
            try {
                QuestionnaireBuilderUiIT.login(browser, t);
                browser.open("/campaigns");
                browser.await(By.id("campaign-create")).click();
                browser.type(By.id("campaign-code"), "Bad Code");
                browser.waiting(Duration.ofSeconds(30))
                        .until(d -> d.findElement(By.id("campaign-code")).getDomAttribute("invalid") != null);
                browser.type(By.id("campaign-code"), code);
                browser.type(By.id("campaign-name"), "年度公众评议");
                WebElement units = browser.await(By.id("campaign-units")).findElement(By.cssSelector("input"));
                units.sendKeys("edu-" + t.suffix);
                browser.await(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'edu-" + t.suffix + "')]")).click();
                units.sendKeys(Keys.ESCAPE);
                browser.await(By.id("campaign-save-new")).click();
                browser.await(By.id("public-link-" + code));
                browser.screenshot("campaigns");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("campaigns-failure");
                throw e;
            }
        }
        JsonNode created = t.office().get(t.path("/campaigns/" + code)).json();
        assertThat(created.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(created.get("unitCodes").toString()).isEqualTo("[\"edu-" + t.suffix + "\"]");
        assertThat(created.get("questionnaireCode").asText()).isEqualTo("standard");
        assertThat(created.get("modes").toString()).isEqualTo("[\"PUBLIC\"]");
    }
}
