package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The office edits a draft scheme in a real browser: running totals, validation as it types, save, approve. */
class SchemeEditorUiIT {

    @Test
    void office_edits_a_draft_sees_problems_as_it_types_saves_and_approves() throws Exception {
        TestTenant t = TestTenant.create("editor");
        String code = "annual-" + t.suffix;
        Api.Reply created = t.office().post(t.path("/schemes"), Map.of("code", code, "year", 2026,
                "template", "jinchang-2022"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        try (Browser browser = new Browser(1400, 1000)) {
            try {
                browser.open("/login");
                browser.type(By.id("vaadinLoginUsername"), t.username("office"));
                browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                        .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
                browser.awaitText("欢迎");

                browser.open("/schemes");
                browser.awaitText(code);
                browser.await(By.id("open-" + code + "-1")).click();
                browser.awaitText("方案校验通过");

                setNumber(browser, By.id("max-organisation"), "12");
                browser.awaitText("102");

                browser.await(By.xpath("//vaadin-tab[contains(., '等次与规则')]")).click();
                setNumber(browser, By.id("band-lower-GOOD"), "82");
                browser.awaitText("方案有 ");
                setNumber(browser, By.id("band-lower-GOOD"), "80");
                browser.awaitText("方案校验通过");

                browser.await(By.id("scheme-save")).click();
                browser.awaitText("已保存");
                JsonNode saved = t.office().get(t.path("/schemes/" + code + "/versions/1")).json();
                assertThat(saved.at("/definition/components/0/indicators/0/maxPoints").decimalValue())
                        .isEqualByComparingTo("12");

                browser.await(By.id("scheme-approve")).click();
                browser.awaitText("已批准");
                browser.screenshot("scheme-approved");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("scheme-editor-failure");
                throw e;
            }
        }
        assertThat(t.office().get(t.path("/schemes/" + code + "/versions/1")).json().at("/summary/state").asText())
                .isEqualTo("APPROVED");
    }

    private static void setNumber(Browser browser, By field, String value) {
        WebElement input = browser.await(field).findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }
}
