package gongkai.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** A parent office switches to a subordinate jurisdiction in the UI and reads it without any way to change it. */
class ParentOfficeUiIT {

    @Test
    void a_parent_office_reads_a_subordinate_jurisdiction_read_only() throws Exception {
        TestTenant city = TestTenant.create("ui-parent");
        TestTenant county = TestTenant.create("ui-child", city.code, "COUNTY");
        try (Browser browser = new Browser(1280, 900)) {
            try {
                browser.open("/login");
                browser.type(By.id("vaadinLoginUsername"), city.username("office"));
                browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                        .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
                browser.awaitText("欢迎");

                WebElement chooser = browser.await(By.id("tenant-chooser")).findElement(By.cssSelector("input"));
                chooser.sendKeys(Keys.chord(Keys.CONTROL, "a"), county.code);
                browser.await(By.xpath("//vaadin-combo-box-item[contains(., '" + county.code + "')]")).click();
                browser.awaitText(county.code);

                browser.open("/units");
                browser.awaitText("edu-" + county.suffix);
                assertThat(browser.driver.findElements(By.id("unit-create")).stream().anyMatch(WebElement::isDisplayed))
                        .as("no create button on a subordinate's units").isFalse();
                assertThat(browser.driver.getPageSource()).doesNotContain("nav.users");
                browser.screenshot("parent-reads-child");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("parent-office-failure");
                throw e;
            }
        }
    }
}
