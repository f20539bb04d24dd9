package gongkai.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant's office in a real browser: log in, switch language, create a unit, see it listed. */
class UiIT {

    @Test
    void office_logs_in_switches_to_english_and_creates_a_unit() throws Exception {
        TestTenant t = TestTenant.create("ui");
        try (Browser browser = new Browser(1280, 900)) {
            try {
                browser.open("/");
                browser.type(By.id("vaadinLoginUsername"), t.username("office"));
                browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                        .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
                browser.awaitText("欢迎");
                browser.awaitText("被考核单位");

                browser.await(By.id("language")).click();
                browser.await(By.xpath("//vaadin-select-item[contains(., 'English')]")).click();
                browser.awaitText("Welcome");
                browser.awaitText("Assessed units");

                browser.open("/units");
                browser.awaitText("edu-" + t.suffix);
                browser.await(By.id("unit-create")).click();
                browser.type(By.id("unit-code"), "bad code!");
                browser.awaitText("Only letters, digits");
                browser.type(By.id("unit-code"), "archives-" + t.suffix);
                browser.type(By.id("unit-name-zh-hans"), "档案馆" + t.suffix);
                browser.await(By.id("unit-save")).click();
                browser.awaitText("archives-" + t.suffix);
                browser.awaitText("档案馆" + t.suffix);
                browser.screenshot("units-after-create");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ui-failure");
                throw e;
            }
        }
        assertThat(t.office().get(t.path("/units/archives-" + t.suffix)).status()).isEqualTo(200);
        assertThat(t.office().get("/api/v1/me").json().get("language").asText()).as("language remembered").isEqualTo("en");
    }
}
